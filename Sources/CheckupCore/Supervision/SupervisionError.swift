import CheckupXML
import Foundation

/// Why risk-based supervision refused its input.
public enum SupervisionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A risk tag that is not one of `RiskTag`'s.
    case unknownTag(String)
    /// A colour that is not red, orange, yellow or blue.
    case unknownColour(String)
    /// A 标准化 level that is not 1, 2, 3 or none.
    case unknownStandardisation(String)
    /// A number of employees that is not a whole number ≥ 0.
    case badEmployees(String)
    /// An override without a reason.
    case overrideNeedsReason
    /// An override without an expiry.
    case overrideNeedsExpiry
    /// An override whose expiry is not after now (both as given).
    case overrideExpiryPast(expiry: String, now: String)
    /// The policy file could not be read or parsed, or broke its schema (file:line:col).
    case policyXML(XMLError)
    /// The policy is valid XML but breaks a rule the schema cannot express.
    case policyInvalid([XMLDiagnostic])
    /// No enterprise is registered in the township.
    case noEnterprises(String)
    /// A patrol without the grid member's name.
    case patrolNeedsBy

    public var description: String {
        switch self {
        case .unknownTag(let tag): SupervisionText.unknownTag.text(tag, RiskTag.knownList)
        case .unknownColour(let colour): SupervisionText.unknownColour.text(colour)
        case .unknownStandardisation(let level): SupervisionText.unknownStandardisation.text(level)
        case .badEmployees(let text): SupervisionText.badEmployees.text(text)
        case .overrideNeedsReason: SupervisionText.overrideNeedsReason.text()
        case .overrideNeedsExpiry: SupervisionText.overrideNeedsExpiry.text()
        case .overrideExpiryPast(let expiry, let now): SupervisionText.overrideExpiryPast.text(expiry, now)
        case .policyXML(let error): error.description
        case .policyInvalid(let problems): problems.map(\.description).joined(separator: "\n")
        case .noEnterprises(let township): SupervisionText.noEnterprises.text(township)
        case .patrolNeedsBy: SupervisionText.patrolNeedsBy.text()
        }
    }
}
