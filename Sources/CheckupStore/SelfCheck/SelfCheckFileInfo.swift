import Foundation

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
