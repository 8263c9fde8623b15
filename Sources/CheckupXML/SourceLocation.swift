import CheckupSupport

/// A place in an input file, as people and editors count it: 1-based line and column.
///
/// Every diagnostic Checkup prints carries one, so an inspector can open the file at the spot.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The file name as given on the command line (or a label for in-memory input).
    public var file: String
    /// 1-based line number; 0 when unknown.
    public var line: Int
    /// 1-based column in characters; 0 when unknown.
    public var column: Int
    /// A spreadsheet cell (`自查表!H12`) for a place in a workbook, which has no lines; nil in
    /// a text file.
    public var cell: String?

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
        cell = nil
    }

    /// A cell of a workbook (`sheet!A1`), or with an empty `cell` the workbook as a whole.
    public init(file: String, cell: String) {
        self.file = file
        line = 0
        column = 0
        self.cell = cell
    }

    /// `file:line:col`, the form compilers use and editors jump to; `file 自查表!H12` for a cell.
    public var description: String {
        if let cell { return cell.isEmpty ? file : "\(file) \(cell)" }
        return "\(file):\(max(line, 1)):\(max(column, 1))"
    }
}

/// One problem found in an input, with its location.
public struct XMLDiagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Where the problem is.
    public var location: SourceLocation
    /// One line saying what is wrong.
    public var message: String

    /// Creates a diagnostic.
    public init(location: SourceLocation, message: String) {
        self.location = location
        self.message = message
    }

    /// `file:line:col: message`; for a cell `file 自查表!H12：message` (a Chinese colon in
    /// Chinese).
    public var description: String {
        if location.cell != nil { return "\(location)\(Language.current == .zh ? "：" : ": ")\(message)" }
        return "\(location): \(message)"
    }
}
