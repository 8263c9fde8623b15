import Foundation

/// Which store a database argument names: `postgresql://…` or `postgres://…` a PostgreSQL
/// server (a district's shared record), anything else a SQLite file (a station alone).
public enum StationDatabase {
    /// The argument in force: explicit, else `CHECKUP_DATABASE`, else `checkup.sqlite`.
    public static func argument(explicit: String?, environment: [String: String]) -> String {
        SQLiteStationStore.defaultPath(explicit: explicit, environment: environment)
    }

    /// Whether `argument` names a PostgreSQL database.
    public static func isServer(_ argument: String) -> Bool {
        PostgresURL.isURL(argument)
    }

    /// Opens the store `argument` names. For a SQLite path that does not exist yet, a command
    /// that only reads (`creating` false) gets an empty in-memory station and no file is made;
    /// a server database always exists (it is created by its administrator).
    public static func open(_ argument: String, creating: Bool) throws -> any SelfCheckStore {
        if isServer(argument) { return try PostgresStationStore(url: PostgresURL(argument)) }
        if !creating && !FileManager.default.fileExists(atPath: argument) { return try SQLiteStationStore.empty() }
        return try SQLiteStationStore(path: argument)
    }

    /// Where evidence files are copied: beside a SQLite database; for a server database, in
    /// `CHECKUP_EVIDENCE` or `./evidence` (evidence bytes are files on the station's disk).
    public static func evidence(for argument: String, environment: [String: String]) -> EvidenceStore {
        if isServer(argument) {
            return EvidenceStore(directory: environment["CHECKUP_EVIDENCE"].flatMap { $0.isEmpty ? nil : $0 } ?? "evidence")
        }
        return EvidenceStore.beside(database: argument)
    }
}
