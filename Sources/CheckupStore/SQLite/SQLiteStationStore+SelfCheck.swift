import CheckupCore
import Foundation
import GRDB

extension SQLiteStationStore: SelfCheckStore {
    public func selfCheckHashLookup() throws -> any SelfCheckHashLookup {
        if path.isEmpty || path == ":memory:" { return NoHashLookup() }
        return try SQLiteSelfCheckHashLookup(path: path)
    }

    public func storeSelfChecks(register: Bool, now: Date, batchFiles: Int, batchSeconds: TimeInterval,
                                next: () throws -> SelfCheckSubmission?,
                                committed: ([SelfCheckStoreOutcome]) throws -> Void) throws {
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
                var pending: [SelfCheckStoreOutcome] = []
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
