import Foundation
import GRDB

/// The `uid` columns of `v13-global-ids`: sessions, hazards, finding and hazard history entries
/// and self-check files carry a global id (UUID v7 as lower-case text, `GlobalID`) beside the
/// short number people see, the same kind of id PostgreSQL rows carry, so that work pushed from
/// several laptops (`checkup sync push`) never collides and a second push recognises what the
/// first one sent.
///
/// The writer gives every new row its id (`assign`, or a bound column in the bulk paths). A
/// trigger per table fills in an id for a row any other writer leaves without one (the
/// `sqlite3` shell, a future code path), in plain SQL so it works on every connection.
enum GlobalIDColumns {
    /// Each table with a global id, and the column holding the moment its rows are made (the
    /// time the backfill writes into the ids of rows made before the migration).
    static let tables: [(table: String, time: String)] = [
        ("session", "started_at"), ("hazard", "found_at"), ("finding_history", "changed_at"),
        ("hazard_history", "changed_at"), ("selfcheck_file", "imported_at"),
    ]

    /// A UUID v7 in SQL (lower-case text): the 48 bits of the current Unix time in
    /// milliseconds, version 7, random bits, variant 10.
    static let sqlExpression = """
        (substr(printf('%012x', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)), 1, 8) || '-' || \
        substr(printf('%012x', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)), 9, 4) || '-7' || \
        substr(lower(hex(randomblob(2))), 1, 3) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || \
        substr(lower(hex(randomblob(2))), 1, 3) || '-' || lower(hex(randomblob(6))))
        """

    /// Adds the columns, gives every existing row an id made for its own time, and adds the
    /// unique indexes and the triggers (`v13-global-ids`).
    static func migrate(_ db: Database) throws {
        for (table, time) in tables {
            try db.execute(sql: "ALTER TABLE \(table) ADD COLUMN uid TEXT")
            let update = try db.makeStatement(sql: "UPDATE \(table) SET uid = ? WHERE id = ?")
            let rows = try Row.fetchCursor(db, sql: "SELECT id, \(time) FROM \(table) ORDER BY id")
            var pending: [(Int64, String)] = []
            while let row = try rows.next() {
                let id: Int64 = row[0]
                let at = (row[1] as String?).flatMap(Self.date) ?? Date()
                pending.append((id, GlobalID.text(now: at)))
            }
            for (id, uid) in pending { try update.execute(arguments: [uid, id]) }
            try db.execute(sql: "CREATE UNIQUE INDEX \(table)_uid ON \(table) (uid)")
            try db.execute(sql: """
                CREATE TRIGGER \(table)_uid AFTER INSERT ON \(table) WHEN NEW.uid IS NULL
                BEGIN UPDATE \(table) SET uid = \(sqlExpression) WHERE id = NEW.id; END
                """)
        }
    }

    /// A stored date's text (`yyyy-MM-dd HH:mm:ss.SSS`, UTC) read back.
    static func date(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { DatabaseDateText.parse(UnsafeRawBufferPointer($0)) }
    }

    /// Gives the row `id` of `table`, just inserted by a GRDB record, a new global id made at
    /// `at`, inside the caller's transaction.
    static func assign(_ table: String, id: Int64?, at: Date, db: Database) throws {
        guard let id else { return }
        try db.cachedStatement(sql: "UPDATE \(table) SET uid = ? WHERE id = ?")
            .execute(arguments: [GlobalID.text(now: at), id])
    }
}
