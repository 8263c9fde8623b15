import CheckupCore
import Foundation
import GRDB

/// The embedded station database: one SQLite file in WAL mode with `synchronous=FULL`, so every
/// answer is durable the moment the command that gave it returns, and a busy timeout so that
/// several processes on one station machine can record at once.
public final class SQLiteStationStore: StationStore, @unchecked Sendable {
    /// The database file.
    public let path: String
    let queue: DatabaseQueue

    /// How long a writer waits for another process's transaction before giving up.
    public static let busyTimeout: TimeInterval = 30

    /// Opens (creating and migrating if needed) the database at `path`.
    public init(path: String) throws(StoreError) {
        self.path = path
        var config = Configuration()
        config.journalMode = .wal
        config.busyMode = .timeout(Self.busyTimeout)
        config.foreignKeysEnabled = true
        do {
            let directory = (path as NSString).deletingLastPathComponent
            if !directory.isEmpty && !FileManager.default.fileExists(atPath: directory) {
                throw StoreError.cannotOpen(path: path, reason: "directory \(directory) does not exist")
            }
            // SQLite would open /dev/null and create /dev/null-journal beside it: a database is
            // a regular file or nothing yet.
            if let problem = RegularFile.problem(path, missingIsFine: true) {
                throw StoreError.cannotOpen(path: path, reason: problem)
            }
            queue = try DatabaseQueue(path: path, configuration: config)
            // After the WAL switch (which leaves synchronous at NORMAL): FULL makes each answer
            // durable through a power cut too, at about 0.2 ms a commit.
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
            let migrator = StationMigrations.migrator
            // A newer Checkup's database is refused before anything is migrated or written: this
            // binary would write rows its schema no longer describes.
            let unknown = try queue.read { db in try StationMigrations.unknown(in: db, to: migrator) }
            if !unknown.isEmpty { throw StoreError.newerDatabase(path: path, migrations: unknown) }
            try migrator.migrate(queue)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .cannotOpen(path: path, reason: DiskCondition.explained(Self.reason(error), databaseAt: path))
        }
    }

    /// An empty station held in memory, with the current schema: what a command that only reads
    /// sees of a station whose database file does not exist yet, so that reading never creates
    /// a file.
    public static func empty() throws(StoreError) -> SQLiteStationStore {
        do {
            let queue = try DatabaseQueue()
            try StationMigrations.migrator.migrate(queue)
            return SQLiteStationStore(queue: queue, path: ":memory:")
        } catch {
            throw .cannotOpen(path: ":memory:", reason: Self.reason(error))
        }
    }

    private init(queue: DatabaseQueue, path: String) {
        self.queue = queue
        self.path = path
    }

    /// The database path to use: explicit, else `CHECKUP_DATABASE`, else `checkup.sqlite`.
    public static func defaultPath(explicit: String?, environment: [String: String]) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let value = environment["CHECKUP_DATABASE"], !value.isEmpty { return value }
        return "checkup.sqlite"
    }

    /// A short, one-line reason for a database error.
    static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            return error.message ?? "\(error.resultCode)"
        }
        return "\(error)"
    }

    /// Runs a write transaction, turning SQLite errors into `StoreError` and passing domain
    /// errors through.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.write(body)
        } catch let error as DatabaseError {
            throw failure(error)
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.read(body)
        } catch let error as DatabaseError {
            throw failure(error)
        }
    }

    /// A database error as the store reports it; an I/O error says what the file system knows
    /// (a full disk, read-only media), which SQLite does not.
    func failure(_ error: DatabaseError) -> StoreError {
        let code = error.resultCode.primaryResultCode
        guard code == .SQLITE_IOERR || code == .SQLITE_CANTOPEN else { return .database(Self.reason(error)) }
        return .database(DiskCondition.explained(Self.reason(error), databaseAt: path))
    }

    /// `PRAGMA integrity_check`, for the reliability checks.
    public func integrityCheck() throws -> String {
        try read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "" }
    }

    /// The value of a `PRAGMA`, as text (e.g. `journal_mode` → `wal`).
    public func pragma(_ name: String) throws -> String {
        guard name.allSatisfy({ $0.isLetter || $0 == "_" }) else { return "" }
        return try read { db in try String.fetchOne(db, sql: "PRAGMA \(name)") ?? "" }
    }

    // MARK: Enterprises

    public func saveEnterprise(_ enterprise: Enterprise, update: Bool, now: Date) throws {
        try write { db in
            if let existing = try EnterpriseRecord.fetchOne(db, key: enterprise.creditCode) {
                guard update else { throw StoreError.enterpriseExists(enterprise.creditCode) }
                try EnterpriseRecord(enterprise, registeredAt: existing.registeredAt).update(db)
            } else {
                try EnterpriseRecord(enterprise, registeredAt: now).insert(db)
            }
        }
    }

    public func enterprise(_ creditCode: String) throws -> Enterprise? {
        try read { db in try EnterpriseRecord.fetchOne(db, key: creditCode)?.value }
    }

    public func enterprises(township: String?) throws -> [Enterprise] {
        try read { db in
            var request = EnterpriseRecord.all()
            if let township { request = request.filter(Column("township") == township) }
            return try request.order(Column("township"), Column("name")).fetchAll(db).map(\.value)
        }
    }

    // MARK: Sessions

    public func createSession(_ new: NewSession) throws -> Session {
        try write { db in
            try Self.insertSession(new, db: db)
        }
    }

    /// Inserts a session and its snapshot inside the caller's transaction, or throws
    /// `StoreError.sessionAlreadyOpen` when one of the same enterprise, checklist id and kind is
    /// open. The check runs in the writing transaction (GRDB begins writes IMMEDIATE, so no other
    /// process writes between it and the insert); the `v5-one-open-session` triggers refuse
    /// whatever would slip past it.
    static func insertSession(_ new: NewSession, db: Database) throws -> Session {
        guard try EnterpriseRecord.exists(db, key: new.enterpriseCode) else {
            throw SessionError.unknownEnterprise(new.enterpriseCode)
        }
        if let open = try openSessionID(enterprise: new.enterpriseCode, checklistID: new.snapshot.checklistID,
                                        kind: new.kind, db: db) {
            throw StoreError.sessionAlreadyOpen(open)
        }
        if try !SnapshotRecord.exists(db, key: new.snapshot.hash) {
            try SnapshotRecord(hash: new.snapshot.hash, checklistID: new.snapshot.checklistID,
                               version: new.snapshot.version, content: Data(new.snapshot.content)).insert(db)
        }
        var record = SessionRecord(id: nil, kind: new.kind.rawValue, enterpriseCode: new.enterpriseCode,
                                   checklistID: new.snapshot.checklistID, checklistVersion: new.snapshot.version,
                                   checklistHash: new.snapshot.hash, profileID: new.profileID,
                                   inspectors: jsonText(new.inspectors), status: SessionStatus.open.rawValue,
                                   startedAt: new.startedAt, completedAt: nil, place: new.place,
                                   presentName: new.present?.name, presentPost: new.present?.post)
        do {
            try record.insert(db)
            try GlobalIDColumns.assign("session", id: record.id, at: new.startedAt, db: db)
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_TRIGGER
                    && error.message == StationMigrations.oneOpenSession {
            let open = try openSessionID(enterprise: new.enterpriseCode, checklistID: new.snapshot.checklistID,
                                         kind: new.kind, db: db)
            throw StoreError.sessionAlreadyOpen(open ?? 0)
        }
        return try record.value()
    }

    /// The id of the open session of this enterprise, checklist id and kind (the newest, should
    /// a station hold several from before the rule).
    static func openSessionID(enterprise: String, checklistID: String, kind: SessionKind, db: Database) throws -> Int64? {
        try Int64.fetchOne(db, sql: """
            SELECT id FROM session WHERE enterprise_code = ? AND checklist_id = ? AND kind = ? AND status = 'open'
            ORDER BY started_at DESC, id DESC LIMIT 1
            """, arguments: [enterprise, checklistID, kind.rawValue])
    }

    public func session(_ id: Int64) throws -> Session? {
        try read { db in try SessionRecord.fetchOne(db, key: id)?.value() }
    }

    public func sessions(enterprise: String?, checklistID: String?, kind: SessionKind?,
                         status: SessionStatus?) throws -> [Session] {
        try read { db in
            var request = SessionRecord.all()
            if let enterprise { request = request.filter(Column("enterprise_code") == enterprise) }
            if let checklistID { request = request.filter(Column("checklist_id") == checklistID) }
            if let kind { request = request.filter(Column("kind") == kind.rawValue) }
            if let status { request = request.filter(Column("status") == status.rawValue) }
            return try request.order(Column("started_at").desc, Column("id").desc).fetchAll(db).map { try $0.value() }
        }
    }

    public func snapshot(hash: String) throws -> ChecklistSnapshot? {
        try read { db in
            try SnapshotRecord.fetchOne(db, key: hash).map {
                ChecklistSnapshot(hash: $0.hash, checklistID: $0.checklistID, version: $0.version, content: [UInt8]($0.content))
            }
        }
    }

    public func findings(session: Int64) throws -> [Finding] {
        try read { db in try Self.findings(session: session, db: db) }
    }

    /// Every read of a session's findings comes here: its `finding` rows, in the order they were
    /// first given, or, when it has none, the answers of an imported self-check as stored in
    /// `selfcheck_answers` (self-checks imported before that table existed have `finding` rows).
    /// Throws `StoreError.corruptRow` when the answers row cannot be read back.
    static func findings(session: Int64, db: Database) throws -> [Finding] {
        let rows = try FindingRecord.filter(Column("session_id") == session).order(Column("seq")).fetchAll(db)
        if !rows.isEmpty { return rows.map { $0.value() } }
        // Read in place through a cursor (a copied row's text stops at a NUL) and through
        // `RowReader`: a value of the wrong kind is an error naming the row, not a trap.
        let answerRows = try Row.fetchCursor(
            db.cachedStatement(sql: "SELECT recorded_by, recorded_at, answers FROM selfcheck_answers WHERE session_id = ?"),
            arguments: [session])
        guard let row = try answerRows.next() else { return [] }
        let read = RowReader(row, table: "selfcheck_answers", key: String(session))
        let recordedBy = try read.text("recorded_by")
        let recordedAt = try read.date("recorded_at")
        let answers = try read.text("answers")
        return try SelfCheckAnswers.findings(answers, session: session, recordedBy: recordedBy, recordedAt: recordedAt)
    }

    public func history(session: Int64) throws -> [FindingChange] {
        try read { db in
            try FindingHistoryRecord.filter(Column("session_id") == session).order(Column("id")).fetchAll(db).map(\.value)
        }
    }

    public func record(_ answer: Answer, session id: Int64, by: String, at: Date,
                       validate: (Session) throws -> Void) throws -> FindingChange {
        try write { db in
            guard let session = try SessionRecord.fetchOne(db, key: id)?.value() else {
                throw SessionError.unknownSession(id)
            }
            try validate(session)
            for ref in answer.evidence where try !EvidenceRecord.exists(db, key: ref.sha256) {
                try EvidenceRecord(sha256: ref.sha256, size: ref.size, firstName: ref.originalName, storedAt: at).insert(db)
            }
            let key: [String: any DatabaseValueConvertible] = ["session_id": id, "item_id": answer.itemID]
            let previous = try FindingRecord.fetchOne(db, key: key)
            let seq = try previous?.seq
                ?? (Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) + 1 FROM finding WHERE session_id = ?", arguments: [id]) ?? 1)
            let record = FindingRecord(sessionID: id, itemID: answer.itemID, result: answer.result.rawValue,
                                       note: answer.note, major: answer.major, fixedOnSite: answer.fixedOnSite,
                                       evidence: jsonText(answer.evidence), recordedBy: by, recordedAt: at, seq: seq,
                                       place: answer.result == .fail ? answer.place : nil)
            try record.save(db)
            var change = FindingHistoryRecord(id: nil, sessionID: id, itemID: answer.itemID,
                                              oldResult: previous?.result, newResult: answer.result.rawValue,
                                              oldNote: previous?.note, newNote: answer.note, changedBy: by, changedAt: at)
            try change.insert(db)
            try GlobalIDColumns.assign("finding_history", id: db.lastInsertedRowID, at: at, db: db)
            return change.value
        }
    }
}
