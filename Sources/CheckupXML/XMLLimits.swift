/// Bounds on what the parser accepts, so a hostile or broken file cannot exhaust the station's
/// machine. Past a limit the input is refused with a clear error; nothing is partly read.
public struct XMLLimits: Sendable, Hashable {
    /// Largest input accepted, in bytes.
    public var maxBytes: Int
    /// Deepest element nesting accepted.
    public var maxDepth: Int
    /// Longest run of text between two tags, in bytes, for every document, streamed or parsed
    /// from memory, tree or events. libxml2's schema validator appends text piece by piece and
    /// measures the whole string for each piece, so validating one long run costs time in the
    /// square of its length (a 57 MB note took four minutes): the run is refused first, as the
    /// text arrives.
    public var maxTextBytes: Int

    /// The character encodings accepted (UTF-8 always); any other is refused before parsing.
    public var encodings: XMLEncodings

    /// Creates limits.
    public init(maxBytes: Int, maxDepth: Int, maxTextBytes: Int = 1_048_576, encodings: XMLEncodings = .selfCheck) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxTextBytes = maxTextBytes
        self.encodings = encodings
    }

    /// Defaults for documents held as a tree (checklists): 32 MB, 64 levels, 1 MB of text
    /// between two tags. The largest shipped checklist is well under 1 MB and nests 4 levels;
    /// its longest text is limited to 4,000 characters by `ChecklistLoader`.
    public static let tree = XMLLimits(maxBytes: 32 * 1_048_576, maxDepth: 64)

    /// Defaults for streamed documents (self-check files): 64 MB, 64 levels, 1 MB of text between
    /// two tags. A self-check of 10,000 answers is about 2 MB; its longest text, a note, at most
    /// 4,000 characters (12 KB).
    public static let stream = XMLLimits(maxBytes: 64 * 1_048_576, maxDepth: 64)

    /// Checklists: as `tree`, in UTF-8 only (docs/checklist-format.md).
    public static let checklist = XMLLimits(maxBytes: tree.maxBytes, maxDepth: tree.maxDepth, encodings: .utf8)
}
