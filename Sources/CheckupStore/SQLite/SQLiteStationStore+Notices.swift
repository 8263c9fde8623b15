import CheckupCore
import Foundation
import GRDB

/// Row of `notice`.
struct NoticeRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "notice"
    var sessionID: Int64
    var year: Int
    var serial: Int
    var number: String
    var issuedAt: Date

    enum CodingKeys: String, CodingKey {
        case sessionID = "session_id", year, serial, number, issuedAt = "issued_at"
    }

    var value: IssuedNotice {
        IssuedNotice(sessionID: sessionID, year: year, serial: serial, number: number, issuedAt: issuedAt)
    }
}

extension SQLiteStationStore {
    /// Attempts at issuing before giving up: each lost race (another process took the serial
    /// between our read and insert, which the immediate transaction already prevents for
    /// SQLite writers) costs one.
    static let noticeAttempts = 5

    public func issueNotice(session: Int64, year: Int, at: Date, number: (Int) -> String) throws -> IssuedNotice {
        var lastError: DatabaseError?
        for _ in 0..<Self.noticeAttempts {
            do {
                var issued: IssuedNotice?
                try queue.writeWithoutTransaction { db in
                    try db.inTransaction(.immediate) {
                        if let existing = try NoticeRecord.fetchOne(db, key: session) {
                            issued = existing.value
                            return .commit
                        }
                        let last = try Int.fetchOne(db, sql: "SELECT MAX(serial) FROM notice WHERE year = ?",
                                                    arguments: [year]) ?? 0
                        let record = NoticeRecord(sessionID: session, year: year, serial: last + 1,
                                                  number: number(last + 1), issuedAt: at)
                        try record.insert(db)
                        issued = record.value
                        return .commit
                    }
                }
                if let issued { return issued }
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                lastError = error
                continue
            } catch let error as DatabaseError {
                throw failure(error)
            }
        }
        throw StoreError.database(EscalationText.noticeNumberClash.text(lastError.map { Self.reason($0) } ?? ""))
    }

    public func issuedNotice(session: Int64) throws -> IssuedNotice? {
        try read { db in try NoticeRecord.fetchOne(db, key: session)?.value }
    }
}
