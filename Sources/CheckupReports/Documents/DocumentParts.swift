import CheckupCore
import Foundation

/// An inspector as a document prints them: the name a session recorded and the certificate
/// number registered under it (empty when the name is not registered, to fill in by hand).
public struct CertifiedInspector: Sendable, Equatable, Codable {
    /// Name.
    public var name: String
    /// Certificate number, empty when not registered.
    public var certificate: String

    /// Creates one.
    public init(name: String, certificate: String) {
        self.name = name
        self.certificate = certificate
    }

    /// `names` in order, each with its certificate from `register`.
    public static func list(_ names: [String], register: [Inspector]) -> [CertifiedInspector] {
        var seen = Set<String>()
        return names.compactMap { name in
            guard seen.insert(name).inserted else { return nil }
            return CertifiedInspector(name: name, certificate: register.named(name)?.certificate ?? "")
        }
    }
}

/// Why a document could not be made.
public enum DocumentError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The session's notice lists no hazard to rectify (none found, or all fixed on site).
    case nothingToVerify(session: Int64)
    /// The hazard asked for was fixed on site: nothing was left to verify.
    case hazardFixedOnSite(Int64)
    /// An inspection record is made for the station's inspections, not for self-checks.
    case recordOfSelfCheck(Int64)

    public var description: String {
        switch self {
        case .nothingToVerify(let session): DocumentText.nothingToVerify.text(session)
        case .hazardFixedOnSite(let id): DocumentText.hazardFixedOnSite.text(id)
        case .recordOfSelfCheck(let session): DocumentText.recordSelfCheck.text(session)
        }
    }
}

/// The parts the documents' templates share.
enum DocumentParts {
    /// `2026-11-10 09:00` (station time).
    static func minute(_ date: Date?) -> String {
        date.map(Timestamp.minute) ?? ""
    }

    /// The page footer's language switch: `共 N 页 第 n 页` in Chinese, `Page n of N` in English,
    /// chosen in the template's `@page` rule (CSS counters cannot be filled from outside).
    static func isChinese(_ language: Language) -> Bool { language == .zh }
}
