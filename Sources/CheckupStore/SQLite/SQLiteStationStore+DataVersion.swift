import GRDB

extension SQLiteStationStore {
    /// `PRAGMA data_version` (it changes when another connection — another process — commits;
    /// it does not see this connection's own commits) with `total_changes()` (the rows this
    /// connection has changed since it opened: the server's own writes), both read on the one
    /// connection every call of this store goes through.
    public func dataVersion() throws -> String {
        try read { db in
            let others = try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? 0
            let own = try Int64.fetchOne(db, sql: "SELECT total_changes()") ?? 0
            return "\(others).\(own)"
        }
    }
}
