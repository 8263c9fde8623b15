/// Why a session operation was refused.
public enum SessionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No session with this id.
    case unknownSession(Int64)
    /// No enterprise with this credit code in the register.
    case unknownEnterprise(String)
    /// The checklist has no item with this id.
    case unknownItem(String, checklist: String)
    /// The item is excluded by the session's profile (or does not apply to the industry).
    case itemNotApplicable(String, profile: String?)
    /// The session is completed (or superseded) and is a record that does not change.
    case sessionClosed(Int64, SessionStatus)
    /// A fail needs a note saying what was found.
    case noteRequired(String)
    /// The note is longer than `SessionRules.maxNoteLength` characters (item, length, limit).
    case noteTooLong(String, length: Int, limit: Int)
    /// `unchecked` is not an answer.
    case invalidResult(String)
    /// An evidence file could not be read.
    case evidenceUnreadable(String, reason: String)
    /// The checklist snapshot of a session could not be restored.
    case snapshotUnreadable(Int64, reason: String)
    /// At least one inspector must be named.
    case noInspector

    public var description: String {
        switch self {
        case .unknownSession(let id): "no session \(id)"
        case .unknownEnterprise(let code): "enterprise \(code) is not in the register (add it with: checkup enterprise add)"
        case .unknownItem(let item, let checklist): "checklist \(checklist) has no item '\(item)'"
        case .itemNotApplicable(let item, let profile):
            if let profile { "item \(item) is excluded by the session's profile '\(profile)'" }
            else { "item \(item) does not apply to this enterprise's industry" }
        case .sessionClosed(let id, let status): "session \(id) is \(status.rawValue) and cannot be changed"
        case .noteRequired(let item): "a fail needs a note saying what was found (item \(item))"
        case .noteTooLong(let item, let length, let limit):
            "the note for item \(item) is \(length) characters, longer than the \(limit) allowed; shorten it (attach documents as evidence files)"
        case .invalidResult(let value): "'\(value)' is not an answer: use pass, fail or na"
        case .evidenceUnreadable(let path, let reason): "\(path): cannot read evidence file: \(reason)"
        case .snapshotUnreadable(let id, let reason): "session \(id): checklist snapshot unreadable: \(reason)"
        case .noInspector: "name at least one inspector (--inspector NAME)"
        }
    }
}
