/// Why a hazard operation was refused.
public enum HazardError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No hazard with this id.
    case unknownHazard(Int64)
    /// The lifecycle does not allow this step.
    case illegalTransition(Int64, from: HazardStatus, to: HazardStatus)
    /// A major hazard cannot enter rectification without its five measures (五落实).
    case fiveMeasuresMissing(Int64, missing: [String])
    /// Refusing a verification needs a reason.
    case reasonRequired
    /// Only rectified hazards can be verified.
    case notRectified(Int64, HazardStatus)
    /// A rectification detail or note is longer than its limit.
    case tooLong(TextTooLong)

    public var description: String {
        switch self {
        case .unknownHazard(let id):
            "no hazard \(id)"
        case .illegalTransition(let id, let from, let to):
            "hazard \(id) is \(from.rawValue); it cannot go to \(to.rawValue) (open → rectifying → rectified → verified)"
        case .fiveMeasuresMissing(let id, let missing):
            "hazard \(id) is major: rectification needs the five measures (五落实); missing: "
                + missing.map { "--\($0)" }.joined(separator: ", ")
        case .reasonRequired:
            "refusing verification needs --reason"
        case .notRectified(let id, let status):
            "hazard \(id) is \(status.rawValue); only a rectified hazard can be verified"
        case .tooLong(let error):
            error.description
        }
    }
}
