import CheckupCore
import CheckupXML
import Foundation

/// A self-check file that passed every check the importer can make without the database, ready
/// to be stored: the register and duplicate checks happen inside the store's transaction.
public struct SelfCheckSubmission: Sendable {
    /// The file as named on the command line (or found in a directory).
    public var file: String
    /// SHA-256 of the file's bytes, lowercase hex: the same content is never imported twice.
    public var contentHash: String
    /// What the file says.
    public var document: SelfCheckDocument {
        didSet { rows = nil }
    }
    /// `performed-at` (checked present and valid).
    public var performedAt: Date {
        didSet { rows = nil }
    }
    /// The catalog checklist the file names, whose bytes become the session's snapshot.
    public var checklist: LoadedChecklist {
        didSet { rows = nil }
    }
    /// The same checklist, indexed.
    public var index: ChecklistIndex {
        didSet { rows = nil }
    }
    /// What the SQLite store writes for it that needs no database, made with the submission
    /// (on the importer's reading threads); nil once a property it derives from has changed.
    var rows: SelfCheckRows?

    /// Creates a submission.
    public init(file: String, contentHash: String, document: SelfCheckDocument, performedAt: Date,
                checklist: LoadedChecklist, index: ChecklistIndex) {
        self.file = file
        self.contentHash = contentHash
        self.document = document
        self.performedAt = performedAt
        self.checklist = checklist
        self.index = index
        rows = SelfCheckRows(document: document, performedAt: performedAt, checklist: checklist, index: index)
    }
}

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

/// One row of the imported-files ledger (`selfcheck_file`).
public struct SelfCheckFileInfo: Sendable, Hashable {
    /// Row id.
    public var id: Int64
    /// SHA-256 of the file's content.
    public var contentHash: String
    /// The file name as imported.
    public var fileName: String
    /// The session it became.
    public var sessionID: Int64
    /// Enterprise.
    public var enterpriseCode: String
    /// Checklist id.
    public var checklistID: String
    /// When the self-check was performed.
    public var performedAt: Date
    /// Who performed it.
    public var performedBy: String
    /// When it was imported.
    public var importedAt: Date
    /// The ledger row of the corrected resubmission that replaced this one, if any.
    public var supersededBy: Int64?

    /// Creates a row value.
    public init(id: Int64, contentHash: String, fileName: String, sessionID: Int64, enterpriseCode: String,
                checklistID: String, performedAt: Date, performedBy: String, importedAt: Date, supersededBy: Int64?) {
        self.id = id
        self.contentHash = contentHash
        self.fileName = fileName
        self.sessionID = sessionID
        self.enterpriseCode = enterpriseCode
        self.checklistID = checklistID
        self.performedAt = performedAt
        self.performedBy = performedBy
        self.importedAt = importedAt
        self.supersededBy = supersededBy
    }
}
