import CheckupCore
import Foundation

/// The reads that reports need beyond single rows, answered by the store so that a server
/// database answers each with one SQL query instead of the caller loading every row and
/// filtering. Which session counts for a report is decided by `SessionPairing` in CheckupCore;
/// these queries only narrow the candidates.
public protocol StationQueries: Sendable {
    /// The completed sessions of the enterprises registered in `township` (every enterprise when
    /// nil) started within `period`, newest first (start time, then id).
    func completedSessions(township: String?, period: ScorePeriod) throws -> [Session]

    /// Calls `body` with each hazard matching `filter`, in ledger order (found, then id), one at
    /// a time: a ledger of a whole district need not be decoded into one array first.
    func forEachHazard(_ filter: HazardFilter, _ body: (Hazard) throws -> Void) throws

    /// The inspectors and notice number of every session that found a hazard matching
    /// `filter`, by session id: what the ledger adds to each hazard's row.
    func hazardSessions(_ filter: HazardFilter) throws -> [Int64: HazardSessionInfo]
}
