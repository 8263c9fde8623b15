import PostgresNIO

extension PostgresStationStore {
    /// The server's current snapshot (`xmin:xmax:in-progress ids`): a transaction that writes
    /// takes an id, which moves `xmax` when it starts and leaves the in-progress list when it
    /// commits or rolls back, so any write committed since the last call — by any process —
    /// changes the text. Reads take no id. Writes to other databases of the cluster change it
    /// too (the caller only recomputes).
    public func dataVersion() throws -> String {
        try withConnection { connection in
            guard let row = try await connection.rows("SELECT pg_current_snapshot()::text").first else { return "" }
            return try row[0].decode(String.self)
        }
    }
}
