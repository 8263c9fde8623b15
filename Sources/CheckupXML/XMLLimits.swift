/// Bounds on what the parser accepts, so a hostile or broken file cannot exhaust the station's
/// machine. Past a limit the input is refused with a clear error; nothing is partly read.
public struct XMLLimits: Sendable, Hashable {
    /// Largest input accepted, in bytes.
    public var maxBytes: Int
    /// Deepest element nesting accepted.
    public var maxDepth: Int

    /// Creates limits.
    public init(maxBytes: Int, maxDepth: Int) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
    }

    /// Defaults for documents held as a tree (checklists): 32 MB, 64 levels. The largest
    /// shipped checklist is well under 1 MB and nests 4 levels.
    public static let tree = XMLLimits(maxBytes: 32 * 1_048_576, maxDepth: 64)

    /// Defaults for streamed documents (self-check files): 64 MB, 64 levels. A self-check of
    /// 10,000 answers is about 2 MB.
    public static let stream = XMLLimits(maxBytes: 64 * 1_048_576, maxDepth: 64)
}
