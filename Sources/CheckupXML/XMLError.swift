import CheckupSupport

/// Why an XML input was refused. Each case prints as one line, with `file:line:col` where known.
public enum XMLError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file does not exist or cannot be read.
    case cannotRead(path: String, reason: String)
    /// The input is larger than the configured limit; nothing was parsed.
    case tooLarge(file: String, size: Int, limit: Int)
    /// Elements nest deeper than the configured limit.
    case tooDeep(SourceLocation, limit: Int)
    /// One run of text (between two tags) is longer than the configured limit, in bytes.
    case textTooLong(SourceLocation, limit: Int)
    /// The input is not well-formed XML (or not XML at all).
    case malformed(XMLDiagnostic)
    /// The input declares entities in a DTD; refused because entities are how XXE and
    /// entity-expansion bombs work, and no Checkup format needs them.
    case entitiesRefused(SourceLocation)
    /// The input has a DOCTYPE naming an external DTD; refused wherever it stands, as no
    /// Checkup format needs a DTD and none is ever loaded.
    case externalDTDRefused(SourceLocation)
    /// The input has a DOCTYPE with an internal subset; refused because a DTD could supply data
    /// (default attribute values, a default namespace) that the file does not hold.
    case internalSubsetRefused(SourceLocation)
    /// The input is in (or declares) a character encoding its format does not accept; `name`
    /// names it, `advice` says what is accepted.
    case encodingRefused(SourceLocation, name: String, advice: String)
    /// The document is XML but of another kind: its root element or namespace is not the expected one.
    case wrongRoot(SourceLocation, found: XMLRootName, expected: XMLRootName)
    /// The input is well-formed but breaks the schema; every violation is listed.
    case invalid([XMLDiagnostic])
    /// A schema file could not be loaded or compiled.
    case badSchema(path: String, reason: String)
    /// The writer could not produce output.
    case writeFailed(String)

    public var description: String {
        switch self {
        case .cannotRead(let path, let reason):
            return "\(path): " + XMLText.cannotRead.text(reason)
        case .tooLarge(let file, let size, let limit):
            return "\(file): " + XMLText.tooLarge.text(Self.megabytes(size), Self.megabytes(limit))
        case .tooDeep(let location, let limit):
            return "\(location): " + XMLText.tooDeep.text(limit)
        case .textTooLong(let location, let limit):
            return "\(location): " + XMLText.textTooLong.text(Self.megabytes(limit))
        case .malformed(let diagnostic):
            return diagnostic.description
        case .entitiesRefused(let location):
            return "\(location): " + XMLText.entitiesRefused.text()
        case .externalDTDRefused(let location):
            return "\(location): \(XMLText.externalDTD.text())"
        case .internalSubsetRefused(let location):
            return "\(location): \(XMLText.internalSubset.text())"
        case .encodingRefused(let location, let name, let advice):
            return "\(location): \(XMLText.encodingRefused.text(name, advice))"
        case .wrongRoot(let location, let found, let expected):
            return "\(location): " + XMLText.wrongRoot.text(found, expected)
        case .invalid(let diagnostics):
            return diagnostics.map(\.description).joined(separator: "\n")
        case .badSchema(let path, let reason):
            return "\(path): " + XMLText.badSchema.text(reason)
        case .writeFailed(let reason):
            return XMLText.writeFailed.text(reason)
        }
    }

    /// The diagnostics this error carries, one per problem, for reports that list them all.
    public var diagnostics: [XMLDiagnostic] {
        switch self {
        case .invalid(let list): return list
        case .malformed(let d): return [d]
        case .tooDeep(let location, _), .textTooLong(let location, _), .entitiesRefused(let location),
             .externalDTDRefused(let location), .internalSubsetRefused(let location), .wrongRoot(let location, _, _),
             .encodingRefused(let location, _, _):
            return [XMLDiagnostic(location: location, message: description.replacingPrefix("\(location): "))]
        case .cannotRead(let path, _), .badSchema(let path, _), .tooLarge(let path, _, _):
            return [XMLDiagnostic(location: SourceLocation(file: path, line: 0, column: 0),
                                  message: description.replacingPrefix("\(path): "))]
        case .writeFailed:
            return [XMLDiagnostic(location: SourceLocation(file: "-", line: 0, column: 0), message: description)]
        }
    }

    static func megabytes(_ bytes: Int) -> String {
        let mb = Double(bytes) / 1_048_576
        if mb >= 10 { return "\(Int(mb.rounded())) MB" }
        return "\((mb * 10).rounded() / 10) MB"
    }
}

extension String {
    /// The string without `prefix`, if it starts with it.
    func replacingPrefix(_ prefix: String) -> String {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
    }
}

/// A root element's local name and namespace, for checking that a file is of the expected kind.
public struct XMLRootName: Sendable, Hashable, CustomStringConvertible {
    /// Local name, e.g. `checklist`.
    public var name: String
    /// Namespace URI, or nil for none.
    public var namespace: String?

    /// Creates a root name.
    public init(name: String, namespace: String?) {
        self.name = name
        self.namespace = namespace
    }

    /// `<checklist xmlns="urn:checkup:checklist:1">`, as a person would write it.
    public var description: String {
        if let namespace { return "<\(name) xmlns=\"\(namespace)\">" }
        return XMLText.noNamespace.text(name)
    }
}
