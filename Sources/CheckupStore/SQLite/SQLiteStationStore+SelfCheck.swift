import CheckupCore
import CheckupXML
import Foundation
import GRDB
import GRDBSQLite

/// Finds whether a file's content was imported before. Each importing thread gets its own, so
/// that duplicates are skipped before they are parsed.
public protocol SelfCheckHashLookup: Sendable {
    /// The session a file with this content hash was imported as, if any (committed imports only;
    /// the store checks again inside its transaction).
    func session(contentHash: String) throws -> Int64?
}

/// Persistence of imported self-checks, beside `StationStore`.
public protocol SelfCheckStore: StationStore {
    /// A lookup of imported content hashes for one thread.
    func selfCheckHashLookup() throws -> any SelfCheckHashLookup

    /// Stores the submissions `next` yields until it returns nil, each in its own savepoint of a
    /// batch transaction: a file is stored whole or not at all, and a file refused here (not
    /// registered, a duplicate) leaves nothing behind. Batches are committed every
    /// `batchFiles` files or `batchSeconds` seconds; after each commit `committed` receives the
    /// outcomes of the batch's files, in order. An error thrown (by the database, or by `next`)
    /// rolls back the open batch, whose outcomes are never reported.
    ///
    /// With `register`, an enterprise missing from the register is added from the file's
    /// enterprise block. Items not applying to the enterprise's industry are refused here,
    /// where the register's industry is known.
    func storeSelfChecks(register: Bool, now: Date, batchFiles: Int, batchSeconds: TimeInterval,
                         next: () throws -> SelfCheckSubmission?,
                         committed: ([SelfCheckOutcome]) throws -> Void) throws

    /// The imported-files ledger, optionally for one enterprise, oldest first.
    func selfCheckFiles(enterprise: String?) throws -> [SelfCheckFileInfo]
}

extension SelfCheckStore {
    /// Stores submissions in batches of 500 files or one second, whichever comes first.
    public func storeSelfChecks(register: Bool, now: Date, next: () throws -> SelfCheckSubmission?,
                                committed: ([SelfCheckOutcome]) throws -> Void) throws {
        try storeSelfChecks(register: register, now: now, batchFiles: 500, batchSeconds: 1,
                            next: next, committed: committed)
    }
}

extension SQLiteStationStore: SelfCheckStore {
    public func selfCheckHashLookup() throws -> any SelfCheckHashLookup {
        if path.isEmpty || path == ":memory:" { return NoHashLookup() }
        return try SQLiteSelfCheckHashLookup(path: path)
    }

    public func storeSelfChecks(register: Bool, now: Date, batchFiles: Int, batchSeconds: TimeInterval,
                                next: () throws -> SelfCheckSubmission?,
                                committed: ([SelfCheckOutcome]) throws -> Void) throws {
        do {
            try queue.writeWithoutTransaction { db in
                // Bulk settings for this connection only, restored afterwards. Foreign keys are
                // checked by construction (the session, enterprise and snapshot each file's rows
                // point to are written or verified just before). Commits are not synced one by
                // one; the WAL file is synced after the last (checkpoints sync what they copy),
                // so when the command returns everything reported is on disk.
                // Savepoint journals are kept in memory (one file's pages at a time), not in a
                // temporary file written page by page.
                try db.execute(sql: """
                    PRAGMA cache_size = -16000; PRAGMA foreign_keys = OFF; PRAGMA synchronous = NORMAL;
                    PRAGMA temp_store = MEMORY
                    """)
                defer { try? db.execute(sql: "PRAGMA cache_size = -2000; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA temp_store = DEFAULT") }
                // The log is copied into the database file by a thread of its own, not by the
                // commits of this one (see WALCheckpointer); without it, SQLite's automatic
                // checkpoint stays on.
                let checkpointer = path.isEmpty || path == ":memory:" ? nil : try? WALCheckpointer(path: path)
                let autocheckpoint = try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") ?? 1000
                if checkpointer != nil { try db.execute(sql: "PRAGMA wal_autocheckpoint = 0") }
                defer {
                    checkpointer?.stop()
                    if checkpointer != nil { try? db.execute(sql: "PRAGMA wal_autocheckpoint = \(autocheckpoint)") }
                }
                var writer = try SelfCheckBatchWriter(db: db, register: register, now: now)
                var pending: [SelfCheckOutcome] = []
                var started = Date()
                do {
                    while let submission = try next() {
                        // A full batch is committed when the next file arrives, so that the
                        // last commit is always the synced one below.
                        if db.isInsideTransaction
                            && (pending.count >= batchFiles || Date().timeIntervalSince(started) >= batchSeconds) {
                            try db.commit()
                            checkpointer?.commitDone()
                            writer.committed()
                            let done = pending
                            pending = []
                            try committed(done)
                        }
                        if !db.isInsideTransaction {
                            try db.beginTransaction(.immediate)
                            started = Date()
                        }
                        pending.append(try writer.store(submission))
                    }
                    if db.isInsideTransaction {
                        try db.commit()
                        checkpointer?.commitDone()
                        writer.committed()
                        try syncWAL()
                    }
                    if !pending.isEmpty { try committed(pending) }
                } catch {
                    if db.isInsideTransaction { try? db.rollback() }
                    throw error
                }
            }
        } catch let error as DatabaseError {
            throw failure(error)
        }
    }

    /// Makes every committed transaction durable: syncs the write-ahead log, as
    /// `synchronous=FULL` does at each commit.
    func syncWAL() throws {
        guard !path.isEmpty, path != ":memory:" else { return }
        let fd = open(path + "-wal", O_RDWR)
        guard fd >= 0 else { return }   // No WAL: everything is in the database file already.
        defer { close(fd) }
        if fsync(fd) != 0 {
            throw StoreError.database("cannot sync \(path)-wal: \(String(cString: strerror(errno)))")
        }
    }

    public func selfCheckFiles(enterprise: String?) throws -> [SelfCheckFileInfo] {
        try read { db in
            var sql = """
                SELECT id, content_hash, file_name, session_id, enterprise_code, checklist_id, performed_at,
                       performed_by, imported_at, superseded_by FROM selfcheck_file
                """
            var arguments: StatementArguments = []
            if let enterprise {
                sql += " WHERE enterprise_code = ?"
                arguments = [enterprise]
            }
            sql += " ORDER BY id"
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                SelfCheckFileInfo(id: row["id"], contentHash: row["content_hash"], fileName: row["file_name"],
                                  sessionID: row["session_id"], enterpriseCode: row["enterprise_code"],
                                  checklistID: row["checklist_id"], performedAt: row["performed_at"],
                                  performedBy: row["performed_by"], importedAt: row["imported_at"],
                                  supersededBy: row["superseded_by"])
            }
        }
    }
}

/// A lookup for stores without a file another connection could open: finds nothing (the store
/// still refuses duplicates inside its transaction).
struct NoHashLookup: SelfCheckHashLookup {
    func session(contentHash: String) throws -> Int64? { nil }
}

/// A read-only connection of its own, so lookups never wait for the importing transaction.
///
/// Each lookup is one `SELECT` in autocommit mode on a statement prepared once: a GRDB `read`
/// wraps it in `BEGIN`/`COMMIT` and finds the cached statement by its SQL text, which together
/// cost more than the lookup itself (one per imported file, on the reading threads).
/// `@unchecked Sendable`: the statement is touched only inside `queue.inDatabase`, which
/// serializes every use.
final class SQLiteSelfCheckHashLookup: SelfCheckHashLookup, @unchecked Sendable {
    let queue: DatabaseQueue
    private let statement: BulkStatement

    init(path: String) throws {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(SQLiteStationStore.busyTimeout)
        do {
            queue = try DatabaseQueue(path: path, configuration: config)
            statement = try queue.inDatabase { db in
                try BulkStatement(db, "SELECT session_id FROM selfcheck_file WHERE content_hash = ?")
            }
        } catch {
            throw StoreError.cannotOpen(path: path, reason: SQLiteStationStore.reason(error))
        }
    }

    func session(contentHash: String) throws -> Int64? {
        do {
            return try queue.inDatabase { _ in
                statement.bind(1, contentHash)
                return try statement.int64()
            }
        } catch let error as DatabaseError {
            throw StoreError.database(SQLiteStationStore.reason(error))
        }
    }
}

/// A prepared statement driven through the SQLite C API: the bulk path binds and steps it
/// directly, without building GRDB `StatementArguments` for each of millions of rows. The GRDB
/// `Statement` is kept so that GRDB owns (and finalizes) the handle.
///
/// Text is copied into memory the statement owns and bound from there without a copy by
/// SQLite (`SQLITE_STATIC`): a copying bind costs SQLite a malloc and a free per value, and a
/// hazard row has a dozen. Every run clears the bindings, so SQLite never keeps a pointer into
/// that memory beyond the run it was bound for; bind every parameter before each run.
final class BulkStatement {
    let statement: Statement
    let handle: OpaquePointer
    let connection: OpaquePointer?
    let sql: String
    /// Where bound text is kept: behind a pointer rather than in stored properties, whose every
    /// access a class checks for exclusivity at run time (millions of binds).
    private let text: UnsafeMutablePointer<TextBuffer>

    /// The text bound since the last run: a chunk filled from the start, and chunks filled
    /// earlier in the same run (SQLite still points into them), freed after the run.
    private struct TextBuffer {
        var chunk: UnsafeMutableRawPointer
        var capacity: Int
        var used = 0
        var full: [(chunk: UnsafeMutableRawPointer, capacity: Int)] = []
    }

    init(_ db: Database, _ sql: String) throws {
        statement = try db.makeStatement(sql: sql)
        handle = statement.sqliteStatement
        connection = db.sqliteConnection
        self.sql = sql
        text = .allocate(capacity: 1)
        text.initialize(to: TextBuffer(chunk: .allocate(byteCount: 4096, alignment: 8), capacity: 4096))
    }

    deinit {
        sqlite3_clear_bindings(handle)
        text.pointee.chunk.deallocate()
        for full in text.pointee.full { full.chunk.deallocate() }
        text.deinitialize(count: 1)
        text.deallocate()
    }

    func bind(_ index: Int32, _ value: Int64) {
        sqlite3_bind_int64(handle, index, value)
    }

    func bindNull(_ index: Int32) {
        sqlite3_bind_null(handle, index)
    }

    /// Binds UTF-8 bytes as text.
    func bind(_ index: Int32, utf8 bytes: UnsafeBufferPointer<UInt8>) {
        bindText(index, bytes)
    }

    /// Binds text, or NULL.
    func bind(_ index: Int32, _ value: String?) {
        guard let value else {
            sqlite3_bind_null(handle, index)
            return
        }
        let bound: Void? = value.utf8.withContiguousStorageIfAvailable { bindText(index, $0) }
        if bound == nil {
            var copy = value
            copy.withUTF8 { bindText(index, $0) }
        }
    }

    private func bindText(_ index: Int32, _ bytes: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        if text.pointee.used + count > text.pointee.capacity {
            // A new chunk; the full one stays until the run is over.
            text.pointee.full.append((text.pointee.chunk, text.pointee.capacity))
            let capacity = max(2 * text.pointee.capacity, count)
            text.pointee.chunk = .allocate(byteCount: capacity, alignment: 8)
            text.pointee.capacity = capacity
            text.pointee.used = 0
        }
        let target = text.pointee.chunk + text.pointee.used
        if let base = bytes.baseAddress, count > 0 {
            target.copyMemory(from: base, byteCount: count)
        }
        sqlite3_bind_text(handle, index, target.assumingMemoryBound(to: CChar.self), Int32(count), nil)
        text.pointee.used += count
    }

    /// Resets the statement after a run and drops its bindings (and with them every pointer
    /// into the text chunks).
    private func finishRun() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        text.pointee.used = 0
        if !text.pointee.full.isEmpty {
            for full in text.pointee.full { full.chunk.deallocate() }
            text.pointee.full.removeAll()
        }
    }

    /// Runs the statement to completion (an INSERT or UPDATE), then resets it and clears its
    /// bindings.
    func run() throws {
        let code = sqlite3_step(handle)
        defer { finishRun() }
        guard code == SQLITE_DONE || code == SQLITE_ROW else { throw error(code) }
    }

    /// The first column of the first row as an integer, or nil when there is no row.
    func int64() throws -> Int64? {
        let code = sqlite3_step(handle)
        defer { finishRun() }
        switch code {
        case SQLITE_ROW: return sqlite3_column_int64(handle, 0)
        case SQLITE_DONE: return nil
        default: throw error(code)
        }
    }

    /// Every row's first two columns as integers.
    func int64Pairs() throws -> [(Int64, Int64)] {
        var rows: [(Int64, Int64)] = []
        defer { finishRun() }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return rows }
            guard code == SQLITE_ROW else { throw error(code) }
            rows.append((sqlite3_column_int64(handle, 0), sqlite3_column_int64(handle, 1)))
        }
    }

    private func error(_ code: Int32) -> DatabaseError {
        let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        return DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
    }
}

/// Stores self-checks inside an open transaction with prepared statements bound through the C
/// API (GRDB records cost about four times as much per row in bulk). Keeps what it learned
/// about the register and the snapshots for the rest of the import.
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
                                 inspectors, status, started_at, completed_at)
            VALUES ('\(SessionKind.selfCheck.rawValue)', ?, ?, ?, ?, ?, ?, '\(SessionStatus.completed.rawValue)', ?, ?)
            """)
        insertAnswers = try BulkStatement(
            db, "INSERT INTO selfcheck_answers (session_id, recorded_by, recorded_at, answers) VALUES (?, ?, ?, ?)")
        findSubmission = try BulkStatement(db, """
            SELECT id, session_id FROM selfcheck_file
            WHERE enterprise_code = ? AND checklist_id = ? AND performed_at = ? AND superseded_by IS NULL
            """)
        insertFile = try BulkStatement(db, """
            INSERT INTO selfcheck_file (content_hash, file_name, session_id, enterprise_code, checklist_id, performed_at,
                                        performed_by, imported_at, superseded_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)
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
        var out = "[\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\"]"
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
    mutating func store(_ submission: SelfCheckSubmission) throws -> SelfCheckOutcome {
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
            guard register else { return .refused([SelfCheckRules.unregistered(document)]) }
            enterprise = document.enterprise.registerEntry
            registering = enterprise
        }
        if !allItemsApply(submission, industry: enterprise.industry) {
            let problems = SelfCheckRules.checkIndustry(document, checklist: submission.index, industry: enterprise.industry)
            if !problems.isEmpty { return .refused(problems) }
        }

        let snapshotHash = submission.checklist.contentHash
        let outcome: SelfCheckOutcome
        try savepoint.run()
        do {
            outcome = try write(submission, rows: rows, registering: registering, snapshotHash: snapshotHash)
            try release.run()
        } catch let error as DatabaseError {
            try rollback.run()
            try release.run()
            return .refused([XMLDiagnostic(location: document.locations.root,
                                           message: "cannot store: \(SQLiteStationStore.reason(error))")])
        }
        if let registering { enterprises[code] = .some(registering) }
        if !snapshots.contains(snapshotHash) { snapshotsInBatch.insert(snapshotHash) }
        return outcome
    }

    /// The writes of one file, inside its savepoint.
    private mutating func write(_ submission: SelfCheckSubmission, rows: SelfCheckRows, registering: Enterprise?,
                                snapshotHash: String) throws -> SelfCheckOutcome {
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
