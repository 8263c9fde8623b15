import CheckupCore
import Foundation
import PostgresNIO

extension PostgresStationStore: InspectorStore {
    public func inspectors() throws -> [Inspector] {
        try withConnection { connection in
            try await connection.rows("SELECT name, certificate, phone FROM inspector ORDER BY name").map { row in
                Inspector(name: try row[0].decode(String.self), certificate: try row[1].decode(String.self),
                          phone: try row[2].decode(String?.self))
            }
        }
    }

    /// As SQLite's: a name already registered is refused naming its certificate. The insert does
    /// nothing on a conflict, so that of two stations registering one name at once, the second
    /// is refused rather than failing on the key.
    public func addInspector(_ inspector: Inspector, now: Date) throws {
        try transaction { connection in
            let inserted = try await connection.rows("""
                INSERT INTO inspector (name, certificate, phone, added_at)
                VALUES (\(inspector.name), \(inspector.certificate), \(inspector.phone), \(PostgresDate.stored(now)))
                ON CONFLICT (name) DO NOTHING RETURNING 1
                """)
            guard inserted.isEmpty else { return }
            let known = try await connection.rows("SELECT name, certificate FROM inspector WHERE name = \(inspector.name)")
            guard let row = known.first else { throw StoreError.database("inspector \(inspector.name) vanished") }
            throw InspectorError.duplicate(try row[0].decode(String.self), certificate: try row[1].decode(String.self))
        }
    }
}
