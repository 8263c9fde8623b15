import CheckupCore
import Foundation
import GRDB

extension SQLiteStationStore: HazardStore {
    public func hazards(_ filter: HazardFilter) throws -> [Hazard] {
        try read { db in try Self.request(filter).fetchAll(db).map { try $0.value() } }
    }

    /// The hazards matching `filter`, in ledger order (found, then id).
    static func request(_ filter: HazardFilter) -> QueryInterfaceRequest<HazardRecord> {
        var request = HazardRecord.all()
        if let enterprise = filter.enterprise { request = request.filter(Column("enterprise_code") == enterprise) }
        if let township = filter.township {
            request = request.filter(sql: "enterprise_code IN (SELECT credit_code FROM enterprise WHERE township = ?)",
                                     arguments: [township])
        }
        if let status = filter.status { request = request.filter(Column("status") == status.rawValue) }
        if let severity = filter.severity { request = request.filter(Column("severity") == severity.rawValue) }
        if let from = filter.from { request = request.filter(Column("found_at") >= from) }
        if let to = filter.to { request = request.filter(Column("found_at") < to) }
        if let session = filter.session { request = request.filter(Column("session_id") == session) }
        return request.order(Column("found_at"), Column("id"))
    }

    public func hazard(_ id: Int64) throws -> Hazard? {
        try read { db in try HazardRecord.fetchOne(db, key: id)?.value() }
    }

    public func hazardHistory(_ id: Int64) throws -> [HazardChange] {
        try read { db in
            try HazardHistoryRecord.filter(Column("hazard_id") == id).order(Column("id")).fetchAll(db).map(\.value)
        }
    }

    public func changeHazard(_ id: Int64, _ change: (Hazard) throws -> (Hazard, HazardChange)) throws -> Hazard {
        try write { db in
            guard let current = try HazardRecord.fetchOne(db, key: id)?.value() else { throw HazardError.unknownHazard(id) }
            let (next, entry) = try change(current)
            try HazardRecord(next).update(db)
            var history = HazardHistoryRecord(entry)
            try history.insert(db)
            try GlobalIDColumns.assign("hazard_history", id: db.lastInsertedRowID, at: entry.at, db: db)
            return next
        }
    }

    public func complete(session id: Int64, at: Date,
                         hazards make: (Session, [Finding]) throws -> [Hazard]) throws -> (Session, [Hazard]) {
        try write { db in
            guard var record = try SessionRecord.fetchOne(db, key: id) else { throw SessionError.unknownSession(id) }
            let session = try record.value()
            guard session.status == .open else { throw SessionError.sessionClosed(id, session.status) }
            record.status = SessionStatus.completed.rawValue
            record.completedAt = at
            try record.update(db)
            let completed = try record.value()
            let findings = try Self.findings(session: id, db: db)
            let created = try Self.insertHazards(try make(completed, findings), by: completed.inspectors.first ?? "", db: db)
            return (completed, created)
        }
    }

    /// Inserts new hazards with their creation history inside the caller's transaction (used by
    /// session completion and by self-check import).
    public static func insertHazards(_ hazards: [Hazard], by: String, db: Database) throws -> [Hazard] {
        var saved: [Hazard] = []
        for hazard in hazards {
            var record = HazardRecord(hazard)
            record.id = nil
            try record.insert(db)
            try GlobalIDColumns.assign("hazard", id: record.id, at: Date(), db: db)
            let value = try record.value()
            var history = HazardHistoryRecord(HazardRules.creation(of: value, by: value.verifiedBy ?? by))
            try history.insert(db)
            try GlobalIDColumns.assign("hazard_history", id: db.lastInsertedRowID, at: Date(), db: db)
            saved.append(value)
        }
        return saved
    }
}

/// Inserts new hazards with their creation history, the same rows `insertHazards` writes
/// (column for column; `place` is left NULL, as a self-check's answers carry none), through statements prepared once and bound through the C API. The bulk
/// import creates hazards by the hundred thousand, where GRDB records (Codable encoding, a
/// `DateFormatter` call per date column) cost too much a row. A file's hazards go in one
/// multi-row INSERT, and their history rows in another: each statement also updates the
/// table's `sqlite_sequence` row (AUTOINCREMENT) and opens a cursor per index.
struct HazardBulkInserter {
    /// Most rows in one INSERT; more hazards take several.
    static let rowsPerStatement = 32
    static let hazardColumns = """
        session_id, item_id, enterprise_code, source, severity, layer, item_title, description, basis, remedy, \
        evidence, status, found_at, deadline, responsible, measures, funds, time_limit, plan, rectified_at, \
        verified_at, verified_by, uid
        """
    static let hazardParameters: Int32 = 23
    static let historyParameters: Int32 = 7

    let db: Database
    /// Multi-row INSERTs by row count, prepared as needed.
    private var insertHazards: [Int: BulkStatement] = [:]
    private var insertHistory: [Int: BulkStatement] = [:]
    /// The dates formatted last: a file's hazards share their found, deadline and change dates,
    /// and formatting one costs more than binding it.
    private var dates: [(date: Date, text: String)] = []
    init(db: Database) {
        self.db = db
    }

    /// `DatabaseDateText.text(date)`, remembered for the few dates of the file at hand.
    private mutating func text(_ date: Date) -> String {
        if let known = dates.first(where: { $0.date == date }) { return known.text }
        let text = DatabaseDateText.text(date)
        if dates.count >= 4 { dates.removeFirst() }
        dates.append((date, text))
        return text
    }

    /// Inserts `hazards` (their ids are ignored: new rows get new ids) inside the caller's
    /// transaction, each with the history row `insertHazards` gives it; `session`, when given,
    /// stands for every hazard's session id.
    mutating func insert(_ hazards: [Hazard], by: String, session: Int64? = nil) throws {
        var start = 0
        while start < hazards.count {
            let end = min(start + Self.rowsPerStatement, hazards.count)
            try insert(hazards[start..<end], by: by, session: session)
            start = end
        }
    }

    private mutating func insert(_ hazards: ArraySlice<Hazard>, by: String, session: Int64?) throws {
        let rows = hazards.count
        let insert = try Self.statement(&insertHazards, db: db, rows: rows, sql: "INSERT INTO hazard (\(Self.hazardColumns)) VALUES ",
                                   parameters: Self.hazardParameters)
        // Fields are read in place (hazards[index].field): copying a Hazard retains a dozen strings.
        for (row, index) in hazards.indices.enumerated() {
            let base = Int32(row) * Self.hazardParameters
            insert.bind(base + 1, session ?? hazards[index].sessionID)
            insert.bind(base + 2, hazards[index].itemID)
            insert.bind(base + 3, hazards[index].enterpriseCode)
            insert.bind(base + 4, hazards[index].source.rawValue)
            insert.bind(base + 5, hazards[index].severity.rawValue)
            insert.bind(base + 6, hazards[index].layer.rawValue)
            insert.bind(base + 7, hazards[index].itemTitle)
            insert.bind(base + 8, hazards[index].description)
            insert.bind(base + 9, hazards[index].basis)
            insert.bind(base + 10, hazards[index].remedy)
            insert.bind(base + 11, hazards[index].evidence.isEmpty ? "[]" : jsonText(hazards[index].evidence))
            insert.bind(base + 12, hazards[index].status.rawValue)
            insert.bind(base + 13, text(hazards[index].foundAt))
            insert.bind(base + 14, text(hazards[index].deadline))
            insert.bind(base + 15, hazards[index].fiveMeasures.responsible)
            insert.bind(base + 16, hazards[index].fiveMeasures.measures)
            insert.bind(base + 17, hazards[index].fiveMeasures.funds)
            insert.bind(base + 18, hazards[index].fiveMeasures.timeLimit)
            insert.bind(base + 19, hazards[index].fiveMeasures.plan)
            insert.bind(base + 20, hazards[index].rectifiedAt.map { DatabaseDateText.text($0) })
            insert.bind(base + 21, hazards[index].verifiedAt.map { DatabaseDateText.text($0) })
            insert.bind(base + 22, hazards[index].verifiedBy)
            insert.bind(base + 23, GlobalID.text())
        }
        try insert.run()
        // The ids of one multi-row INSERT are consecutive: AUTOINCREMENT gives each new row
        // one more than the largest id ever used, row after row, and the statement inserts
        // every row or none.
        let first = db.lastInsertedRowID - Int64(rows) + 1

        let history = try Self.statement(
            &insertHistory, db: db, rows: rows,
            sql: "INSERT INTO hazard_history (hazard_id, from_status, to_status, changed_by, changed_at, note, uid) VALUES ",
            parameters: Self.historyParameters)
        for (row, index) in hazards.indices.enumerated() {
            // The hazard's id is only the change's hazard id.
            var change = HazardRules.creation(of: hazards[index], by: hazards[index].verifiedBy ?? by)
            change.hazardID = first + Int64(row)
            let base = Int32(row) * Self.historyParameters
            history.bind(base + 1, change.hazardID)
            history.bind(base + 2, change.from?.rawValue)
            history.bind(base + 3, change.to.rawValue)
            history.bind(base + 4, change.by)
            history.bind(base + 5, text(change.at))
            history.bind(base + 6, change.note)
            history.bind(base + 7, GlobalID.text())
        }
        try history.run()
    }

    /// The statement `sql` followed by `rows` groups of `parameters` placeholders.
    private static func statement(_ cache: inout [Int: BulkStatement], db: Database, rows: Int, sql: String,
                                  parameters: Int32) throws -> BulkStatement {
        if let statement = cache[rows] { return statement }
        let group = "(" + Array(repeating: "?", count: Int(parameters)).joined(separator: ", ") + ")"
        let statement = try BulkStatement(db, sql + Array(repeating: group, count: rows).joined(separator: ", "))
        cache[rows] = statement
        return statement
    }
}
