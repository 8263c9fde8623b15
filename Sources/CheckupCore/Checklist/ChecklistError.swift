import CheckupXML

/// Why a checklist definition was refused.
public enum ChecklistError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be parsed, or broke the XSD.
    case xml(XMLError)
    /// The file is valid XML but breaks the format's rules; every problem is listed.
    case invalid([XMLDiagnostic])
    /// No checklist with this id (or file) is known.
    case notFound(String, known: [String])
    /// The checklist has no profile with this id.
    case unknownProfile(String, checklist: String, known: [String])

    public var description: String {
        switch self {
        case .xml(let error):
            return error.description
        case .invalid(let problems):
            return problems.map(\.description).joined(separator: "\n")
        case .notFound(let name, let known):
            return known.isEmpty ? CatalogText.catalogEmpty.text(name)
                : CatalogText.notFound.text(name, known.joined(separator: ", "))
        case .unknownProfile(let profile, let checklist, let known):
            return known.isEmpty ? CatalogText.noProfiles.text(checklist, profile)
                : CatalogText.unknownProfile.text(checklist, profile, known.joined(separator: ", "))
        }
    }

    /// Each problem as its own diagnostic, for listings that print one per line.
    public var diagnostics: [XMLDiagnostic] {
        switch self {
        case .xml(let error): return error.diagnostics
        case .invalid(let problems): return problems
        case .notFound, .unknownProfile:
            return [XMLDiagnostic(location: SourceLocation(file: "-", line: 0, column: 0), message: description)]
        }
    }
}
