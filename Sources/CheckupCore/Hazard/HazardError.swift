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
    /// An escalation, supervision or stop-work rule refused the step.
    case escalation(EscalationError)

    public var description: String {
        switch self {
        case .unknownHazard(let id): HazardText.unknownHazard.text(id)
        case .illegalTransition(let id, let from, let to):
            HazardText.illegalTransition.text(id, from.name(.current), to.name(.current))
        case .fiveMeasuresMissing(let id, let missing):
            HazardText.fiveMeasuresMissing.text(id, missing.map { "--\($0)" }.joined(separator: ", "))
        case .reasonRequired: HazardText.reasonRequired.text()
        case .notRectified(let id, let status): HazardText.notRectified.text(id, status.name(.current))
        case .tooLong(let error): error.description
        case .escalation(let error): error.description
        }
    }
}
