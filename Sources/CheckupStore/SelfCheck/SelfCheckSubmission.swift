import CheckupCore
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
