import CheckupCore

/// Reads of many sessions at once, for a store on a server where a query per session costs a
/// round trip each (a township's report reads the latest session of each of its enterprises:
/// two thousand of them, two queries each). Each answers exactly what the per-session reads
/// answer, in the same order; a store that does not offer them is read session by session.
public protocol StationBatchReads {
    /// `findings(session:)` of each of `sessions`, by session id (every id present).
    func findings(sessions: [Int64]) throws -> [Int64: [Finding]]

    /// `hazards(HazardFilter(session:))` of each of `sessions`, by session id (every id present).
    func hazards(sessions: [Int64]) throws -> [Int64: [Hazard]]
}
