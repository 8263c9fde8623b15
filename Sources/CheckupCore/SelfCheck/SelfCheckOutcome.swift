import CheckupXML

/// What became of one self-check file.
public enum SelfCheckOutcome: Sendable, Hashable {
    /// Stored as a new self-check session.
    case imported(session: Int64)
    /// Stored as a new session that replaces an earlier submission for the same enterprise,
    /// checklist and performed-at (a corrected resubmission); the earlier session is kept,
    /// marked superseded.
    case superseded(session: Int64, replaced: Int64)
    /// The same content was imported before (as `session`); skipped.
    case duplicate(session: Int64)
    /// Refused; nothing was stored. Every problem found, each at its `file:line:col`.
    case refused([XMLDiagnostic])

    /// `imported`, `superseded`, `duplicate` or `refused`.
    public var status: String {
        switch self {
        case .imported: "imported"
        case .superseded: "superseded"
        case .duplicate: "duplicate"
        case .refused: "refused"
        }
    }

    /// The session the file is (or was already) stored as.
    public var session: Int64? {
        switch self {
        case .imported(let session), .superseded(let session, _), .duplicate(let session): session
        case .refused: nil
        }
    }

    /// The problems of a refused file.
    public var errors: [XMLDiagnostic] {
        if case .refused(let problems) = self { return problems }
        return []
    }
}
