/// What the store made of one submission. The store says why it refused one in these terms;
/// turning that into located messages for a person is the importer's work.
public enum SelfCheckStoreOutcome: Sendable {
    /// Stored as a new self-check session.
    case imported(session: Int64)
    /// Stored, replacing the earlier submission (session `replaced`) for the same enterprise,
    /// checklist and performed-at.
    case superseded(session: Int64, replaced: Int64)
    /// The same content was stored before, as `session`.
    case duplicate(session: Int64)
    /// Not stored, for `reason`; nothing of the submission was written. The submission is
    /// handed back so that the refusal can be located in its file.
    case refused(SelfCheckRefusal, SelfCheckSubmission)

    /// The session the submission is (or was already) stored as.
    public var session: Int64? {
        switch self {
        case .imported(let session), .superseded(let session, _), .duplicate(let session): session
        case .refused: nil
        }
    }
}

/// Why the store refused a submission.
public enum SelfCheckRefusal: Sendable, Hashable {
    /// The enterprise is not in the register (and the import does not register).
    case unregistered
    /// Some answered items do not apply to enterprises of the register's `industry`.
    case notForIndustry(String)
    /// The database refused the file's rows (for example a constraint), for `reason`.
    case notStored(reason: String)
}
