import CheckupCore
import Foundation
import PostgresNIO

extension PostgresStationStore {
    /// Attempts at issuing before giving up: each lost race (another station took the serial
    /// between our read and insert; `(year, serial)` is unique) costs one.
    static let noticeAttempts = 5

    public func issueNotice(session: Int64, year: Int, at: Date, number: (Int) -> String) throws -> IssuedNotice {
        try withoutActuallyEscaping(number) { number in
            let format = Unchecked<((Int) -> String)?>(number)
            defer { format.value = nil }
            var lastError = ""
            for _ in 0..<Self.noticeAttempts {
                do {
                    return try transaction { connection in
                        if let row = try await connection.rows("""
                            SELECT session_id, year, serial, number, issued_at FROM notice WHERE session_id = \(session)
                            """).first {
                            return try Self.notice(row)
                        }
                        // Serialized per year: concurrent issuers wait here instead of colliding.
                        try await connection.run("SELECT pg_advisory_xact_lock(\(Int32(0x6E6F_7469)), \(Int32(year)))")
                        if let row = try await connection.rows("""
                            SELECT session_id, year, serial, number, issued_at FROM notice WHERE session_id = \(session)
                            """).first {
                            return try Self.notice(row)
                        }
                        let last = try await connection.rows("SELECT COALESCE(MAX(serial), 0) FROM notice WHERE year = \(year)")
                            .first?[0].decode(Int.self) ?? 0
                        let serial = last + 1
                        guard let row = try await connection.rows("""
                            INSERT INTO notice (session_id, year, serial, number, issued_at)
                            VALUES (\(session), \(year), \(serial), \(format.value!(serial)), \(PostgresDate.stored(at)))
                            RETURNING session_id, year, serial, number, issued_at
                            """).first else { throw StoreError.database("no notice returned") }
                        return try Self.notice(row)
                    }
                } catch StoreError.database(let reason) where reason.contains("duplicate key") {
                    lastError = reason
                    continue
                }
            }
            throw StoreError.database(EscalationText.noticeNumberClash.text(lastError))
        }
    }

    public func issuedNotice(session: Int64) throws -> IssuedNotice? {
        try withConnection { connection in
            try await connection.rows("""
                SELECT session_id, year, serial, number, issued_at FROM notice WHERE session_id = \(session)
                """).first.map(Self.notice(_:))
        }
    }

    static func notice(_ row: PostgresRandomAccessRow) throws -> IssuedNotice {
        IssuedNotice(sessionID: try row[0].decode(Int64.self), year: try row[1].decode(Int.self),
                     serial: try row[2].decode(Int.self), number: try row[3].decode(String.self),
                     issuedAt: PostgresDate.read(try row[4].decode(Date.self)))
    }
}
