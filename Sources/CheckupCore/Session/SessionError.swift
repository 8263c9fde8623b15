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
    /// A fail's place (隐患部位) is longer than its limit.
    case placeTooLong(TextTooLong)

    public var description: String {
        switch self {
        case .unknownSession(let id): SessionText.unknownSession.text(id)
        case .unknownEnterprise(let code): SessionText.unknownEnterprise.text(code)
        case .unknownItem(let item, let checklist): SessionText.unknownItem.text(item, checklist)
        case .itemNotApplicable(let item, let profile):
            if let profile { SessionText.excludedByProfile.text(item, profile) }
            else { SessionText.notForIndustry.text(item) }
        case .sessionClosed(let id, let status): SessionText.sessionClosed.text(id, status.name(.current))
        case .noteRequired(let item): SessionText.noteRequired.text(item)
        case .noteTooLong(let item, let length, let limit): SessionText.noteTooLong.text(item, length, limit)
        case .invalidResult(let value): SessionText.invalidResult.text(value)
        case .evidenceUnreadable(let path, let reason): SessionText.evidenceUnreadable.text(path, reason)
        case .snapshotUnreadable(let id, let reason): SessionText.snapshotUnreadable.text(id, reason)
        case .noInspector: SessionText.noInspector.text()
        case .placeTooLong(let error): error.description
        }
    }
}
