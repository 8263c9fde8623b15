import CheckupCore
import Foundation
import PostgresNIO

extension PostgresStationStore {
    public func updateSessionPeople(_ id: Int64, _ change: (Session) throws -> Session) throws -> Session {
        try withoutActuallyEscaping(change) { change in
            let apply = Unchecked<((Session) throws -> Session)?>(change)
            defer { apply.value = nil }
            return try transaction { connection in
                guard let row = try await connection.rows(
                    "SELECT \(unescaped: Self.sessionColumns) FROM session WHERE id = \(id) FOR UPDATE").first else {
                    throw SessionError.unknownSession(id)
                }
                let next = try apply.value!(try Self.session(row))
                guard let updated = try await connection.rows("""
                    UPDATE session SET place = \(next.place), present_name = \(next.present?.name),
                        present_post = \(next.present?.post)
                    WHERE id = \(id) RETURNING \(unescaped: Self.sessionColumns)
                    """).first else { throw SessionError.unknownSession(id) }
                return try Self.session(updated)
            }
        }
    }
}
