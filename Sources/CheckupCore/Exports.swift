// CheckupCore's values speak in `Language` and throw messages from the catalog: every module that
// uses Core sees CheckupSupport's public types without importing it again.
@_exported import CheckupSupport
