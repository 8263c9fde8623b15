import CheckupCore
import Foundation
import GRDB

/// Stores self-checks inside an open transaction with prepared statements bound through the C
/// API (GRDB records cost several times as much per row in bulk; docs/performance.md). Keeps
/// what it learned about the register and the snapshots for the rest of the import.
struct SelfCheckBatchWriter {
    let db: Database
    let register: Bool
    let now: String
    let findDuplicate: BulkStatement
    let findEnterprise: Statement
    let insertEnterprise: BulkStatement
    let findSnapshot: BulkStatement
    let insertSession: BulkStatement
    let insertAnswers: BulkStatement
    let findSubmission: BulkStatement
    let insertFile: BulkStatement
    let markFileSuperseded: BulkStatement
    let markSessionSuperseded: BulkStatement
    let savepoint: BulkStatement
    let release: BulkStatement
    let rollback: BulkStatement
    let deleteOpenHazardHistory: BulkStatement
    let deleteOpenHazards: BulkStatement
    var hazards: HazardBulkInserter

    /// Register entries looked up (nil: looked up, not registered). A batch that fails to
    /// commit ends the import, so entries added by it are never used afterwards.
    var enterprises: [String: Enterprise?] = [:]
    /// Whether every item of a checklist applies to an industry, by checklist hash and industry.
    var industryFree: [String: Bool] = [:]
    /// Snapshot hashes known to be stored by a committed batch.
    var snapshots: Set<String> = []
    var snapshotsInBatch: Set<String> = []

    init(db: Database, register: Bool, now: Date) throws {
        self.db = db
        self.register = register
        self.now = Self.text(now.databaseValue)
        findDuplicate = try BulkStatement(db, "SELECT session_id FROM selfcheck_file WHERE content_hash = ?")
        findEnterprise = try db.makeStatement(sql: "SELECT name, township, industry, address, contact, code_valid FROM enterprise WHERE credit_code = ?")
        insertEnterprise = try BulkStatement(db, """
            INSERT INTO enterprise (credit_code, name, township, industry, address, contact, code_valid, registered_at)
            VALUES (?, ?, ?, ?, NULL, NULL, 1, ?)
            """)
        findSnapshot = try BulkStatement(db, "SELECT 1 FROM checklist_snapshot WHERE hash = ?")
        insertSession = try BulkStatement(db, """
            INSERT INTO session (kind, enterprise_code, checklist_id, checklist_version, checklist_hash, profile_id,
                                 inspectors, status, started_at, completed_at, uid)
            VALUES ('\(SessionKind.selfCheck.rawValue)', ?, ?, ?, ?, ?, ?, '\(SessionStatus.completed.rawValue)', ?, ?, ?)
            """)
        insertAnswers = try BulkStatement(
            db, "INSERT INTO selfcheck_answers (session_id, recorded_by, recorded_at, answers) VALUES (?, ?, ?, ?)")
        findSubmission = try BulkStatement(db, """
            SELECT id, session_id FROM selfcheck_file
            WHERE enterprise_code = ? AND checklist_id = ? AND performed_at = ? AND superseded_by IS NULL
            """)
        insertFile = try BulkStatement(db, """
            INSERT INTO selfcheck_file (content_hash, file_name, session_id, enterprise_code, checklist_id, performed_at,
                                        performed_by, imported_at, superseded_by, uid)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)
            """)
        markFileSuperseded = try BulkStatement(db, "UPDATE selfcheck_file SET superseded_by = ? WHERE id = ?")
        markSessionSuperseded = try BulkStatement(
            db, "UPDATE session SET status = '\(SessionStatus.superseded.rawValue)' WHERE id = ?")
        savepoint = try BulkStatement(db, "SAVEPOINT selfcheck_file")
        release = try BulkStatement(db, "RELEASE SAVEPOINT selfcheck_file")
        rollback = try BulkStatement(db, "ROLLBACK TO SAVEPOINT selfcheck_file")
        deleteOpenHazardHistory = try BulkStatement(db, """
            DELETE FROM hazard_history WHERE hazard_id IN (SELECT id FROM hazard WHERE session_id = ? AND status = 'open')
            """)
        deleteOpenHazards = try BulkStatement(db, "DELETE FROM hazard WHERE session_id = ? AND status = 'open'")
        hazards = HazardBulkInserter(db: db)
    }

    /// A date as GRDB stores it (`yyyy-MM-dd HH:mm:ss.SSS`, UTC), so rows written here read
    /// back like any other.
    static func text(_ value: DatabaseValue) -> String {
        String.fromDatabaseValue(value) ?? ""
    }

    /// `["name"]`, as `jsonText([name])` writes it, without a JSONEncoder per file.
    static func jsonArray(of text: String) -> String {
        "[" + JSONString.quoted(text) + "]"
    }

    /// Whether every item of the submission's checklist applies to enterprises of `industry`,
    /// so that no answer can be refused for it (remembered per checklist and industry: most
    /// checklists and industries need no check of each answer at all).
    mutating func allItemsApply(_ submission: SelfCheckSubmission, industry: String?) -> Bool {
        guard let industry, !industry.isEmpty else { return true }
        let key = submission.checklist.contentHash + "\u{0}" + industry
        if let known = industryFree[key] { return known }
        let free = submission.index.checklist.items.allSatisfy { $0.applies(toIndustry: industry) }
        industryFree[key] = free
        return free
    }

    /// The batch was committed: what it stored is now known for good.
    mutating func committed() {
        snapshots.formUnion(snapshotsInBatch)
        snapshotsInBatch = []
    }

    mutating func enterprise(_ code: String) throws -> Enterprise? {
        if let known = enterprises[code] { return known }
        let found = try Row.fetchOne(findEnterprise, arguments: [code]).map { row in
            Enterprise(creditCode: code, name: row["name"], township: row["township"], industry: row["industry"],
                       address: row["address"], contact: row["contact"], codeValid: row["code_valid"])
        }
        enterprises[code] = .some(found)
        return found
    }

    /// Stores one submission in a savepoint, or says why not.
    mutating func store(_ submission: SelfCheckSubmission) throws -> SelfCheckStoreOutcome {
        findDuplicate.bind(1, submission.contentHash)
        if let session = try findDuplicate.int64() {
            return .duplicate(session: session)
        }
        let document = submission.document
        let rows = submission.rows
            ?? SelfCheckRows(document: document, performedAt: submission.performedAt, checklist: submission.checklist,
                             index: submission.index)
        let code = rows.code
        var registering: Enterprise?
        let enterprise: Enterprise
        if let found = try self.enterprise(code) {
            enterprise = found
        } else {
            guard register else { return .refused(.unregistered, submission) }
            enterprise = document.enterprise.registerEntry
            registering = enterprise
        }
        if !allItemsApply(submission, industry: enterprise.industry),
           !SelfCheckRules.allResultsApply(document, checklist: submission.index, industry: enterprise.industry) {
            return .refused(.notForIndustry(enterprise.industry ?? ""), submission)
        }

        let snapshotHash = submission.checklist.contentHash
        let outcome: SelfCheckStoreOutcome
        try savepoint.run()
        do {
            outcome = try write(submission, rows: rows, registering: registering, snapshotHash: snapshotHash)
            try release.run()
        } catch {
            // Whatever went wrong with this file's rows costs this file only.
            try rollback.run()
            try release.run()
            return .refused(.notStored(reason: SQLiteStationStore.reason(error)), submission)
        }
        if let registering { enterprises[code] = .some(registering) }
        if !snapshots.contains(snapshotHash) { snapshotsInBatch.insert(snapshotHash) }
        return outcome
    }

    /// The writes of one file, inside its savepoint.
    private mutating func write(_ submission: SelfCheckSubmission, rows: SelfCheckRows, registering: Enterprise?,
                                snapshotHash: String) throws -> SelfCheckStoreOutcome {
        let document = submission.document
        let code = rows.code
        let checklist = submission.checklist.checklist
        if let entry = registering {
            insertEnterprise.bind(1, code)
            insertEnterprise.bind(2, entry.name)
            insertEnterprise.bind(3, entry.township)
            insertEnterprise.bind(4, entry.industry)
            insertEnterprise.bind(5, now)
            try insertEnterprise.run()
        }
        if !snapshots.contains(snapshotHash) && !snapshotsInBatch.contains(snapshotHash) {
            findSnapshot.bind(1, snapshotHash)
            if try findSnapshot.int64() == nil {
                try SnapshotRecord(hash: snapshotHash, checklistID: checklist.id, version: checklist.version,
                                   content: Data(submission.checklist.bytes)).insert(db)
            }
        }
        // Formatted once for the session, the ledger, the answers and the file's hazards.
        let performedAt = DatabaseDateText.text(submission.performedAt)
        let performer = document.performedBy
        insertSession.bind(1, code)
        insertSession.bind(2, checklist.id)
        insertSession.bind(3, checklist.version)
        insertSession.bind(4, snapshotHash)
        insertSession.bind(5, document.profileID)
        insertSession.bind(6, rows.inspectors)
        insertSession.bind(7, performedAt)
        insertSession.bind(8, performedAt)
        insertSession.bind(9, GlobalID.text())
        try insertSession.run()
        let session = db.lastInsertedRowID

        // The answers as one row (see the v4-selfcheck-answers migration). The rules have
        // checked that every item appears once (`SelfCheckSubmission`).
        insertAnswers.bind(1, session)
        insertAnswers.bind(2, performer)
        insertAnswers.bind(3, performedAt)
        rows.answers.withUnsafeBufferPointer { insertAnswers.bind(4, utf8: $0) }
        try insertAnswers.run()

        findSubmission.bind(1, code)
        findSubmission.bind(2, checklist.id)
        findSubmission.bind(3, performedAt)
        let earlier = try findSubmission.int64Pairs()
        insertFile.bind(1, submission.contentHash)
        insertFile.bind(2, submission.file)
        insertFile.bind(3, session)
        insertFile.bind(4, code)
        insertFile.bind(5, checklist.id)
        insertFile.bind(6, performedAt)
        insertFile.bind(7, performer)
        insertFile.bind(8, now)
        insertFile.bind(9, GlobalID.text())
        try insertFile.run()
        let file = db.lastInsertedRowID
        var replaced: Int64?
        for (earlierFile, earlierSession) in earlier {
            markFileSuperseded.bind(1, file)
            markFileSuperseded.bind(2, earlierFile)
            try markFileSuperseded.run()
            markSessionSuperseded.bind(1, earlierSession)
            try markSessionSuperseded.run()
            replaced = earlierSession
        }
        try createHazards(rows, session: session, by: performer, replaced: replaced)
        if let replaced { return .superseded(session: session, replaced: replaced) }
        return .imported(session: session)
    }

    /// Fails in a self-check are hazards with source `self-check`, created with the session.
    /// A corrected resubmission withdraws the hazards of the submission it replaces that nobody
    /// has acted on yet (still `open`): they came from answers the enterprise has corrected, and
    /// the new submission creates its own. Hazards already in rectification are kept.
    private mutating func createHazards(_ rows: SelfCheckRows, session: Int64, by performer: String,
                                        replaced: Int64?) throws {
        if let replaced {
            deleteOpenHazardHistory.bind(1, replaced)
            try deleteOpenHazardHistory.run()
            deleteOpenHazards.bind(1, replaced)
            try deleteOpenHazards.run()
        }
        try hazards.insert(rows.hazards, by: performer, session: session)
    }
}
