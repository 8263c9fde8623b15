import GRDB

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
