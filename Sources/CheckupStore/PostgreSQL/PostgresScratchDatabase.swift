import Foundation
import PostgresNIO

/// Throwaway databases on a PostgreSQL server, for the tests and benchmarks that run the store
/// against a real server (`CHECKUP_TEST_POSTGRES`): each gets a database of its own, dropped
/// afterwards, so that no test sees another's rows.
public enum PostgresScratchDatabase {
    /// Creates an empty database with a new name on the server `serverURL` names (connecting to
    /// the database in that URL, whose role must be allowed to create databases) and returns
    /// the URL of the new one.
    public static func create(on serverURL: String, prefix: String = "checkup_t") throws -> String {
        let url = try PostgresURL(serverURL)
        let name = prefix + "_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try PostgresStationStore.withDirectConnection(url) { connection in
            try await connection.run(PostgresQuery(unsafeSQL: "CREATE DATABASE \"\(name)\""))
        }
        var scratch = url
        scratch.database = name
        return scratch.argument
    }

    /// Drops the database `databaseURL` names (closing any session still connected to it),
    /// connecting to `serverURL`'s database to do so.
    public static func drop(_ databaseURL: String, on serverURL: String) throws {
        let server = try PostgresURL(serverURL)
        let name = try PostgresURL(databaseURL).database
        guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return }
        try PostgresStationStore.withDirectConnection(server) { connection in
            try await connection.run(PostgresQuery(unsafeSQL: "DROP DATABASE IF EXISTS \"\(name)\" WITH (FORCE)"))
        }
    }
}

extension PostgresURL {
    /// The URL as a database argument (with the password when one was given in the URL itself
    /// is not kept: the password comes from PGPASSWORD or ~/.pgpass again).
    public var argument: String {
        var text = "postgresql://\(user)@\(host):\(port)/\(database)"
        if sslMode != .prefer { text += "?sslmode=\(sslMode.rawValue)" }
        return text
    }
}

extension PostgresScratchDatabase {
    /// Runs one SQL statement in the database `databaseURL` names, for tests that need to write
    /// rows as another program would (a newer Checkup's migration, a damaged row).
    public static func execute(_ sql: String, in databaseURL: String) throws {
        try PostgresStationStore.withDirectConnection(try PostgresURL(databaseURL)) { connection in
            try await connection.run(PostgresQuery(unsafeSQL: sql))
        }
    }
}
