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

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:col`, the form compilers use and editors jump to.
    public var description: String {
        "\(file):\(max(line, 1)):\(max(column, 1))"
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

    /// `file:line:col: message`.
    public var description: String { "\(location): \(message)" }
}
