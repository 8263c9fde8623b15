import CheckupCore
import Foundation

/// Which hazards to list.
public struct HazardFilter: Sendable, Hashable {
    /// Only this township (through the enterprise register).
    public var township: String?
    /// Only this enterprise.
    public var enterprise: String?
    /// Only this status.
    public var status: HazardStatus?
    /// Only this severity.
    public var severity: HazardSeverity?
    /// Found at or after.
    public var from: Date?
    /// Found before.
    public var to: Date?
    /// Only this session.
    public var session: Int64?

    /// Creates a filter; nil fields do not filter.
    public init(township: String? = nil, enterprise: String? = nil, status: HazardStatus? = nil,
                severity: HazardSeverity? = nil, from: Date? = nil, to: Date? = nil, session: Int64? = nil) {
        self.township = township
        self.enterprise = enterprise
        self.status = status
        self.severity = severity
        self.from = from
        self.to = to
        self.session = session
    }
}

/// Persistence of hazards and their history. The lifecycle rules live in `HazardRules`;
/// implementations apply them inside their transactions.
public protocol HazardStore: Sendable {
    /// Hazards matching `filter`, oldest first.
    func hazards(_ filter: HazardFilter) throws -> [Hazard]
    /// One hazard.
    func hazard(_ id: Int64) throws -> Hazard?
    /// Its history, oldest first.
    func hazardHistory(_ id: Int64) throws -> [HazardChange]
    /// Applies `change` (computed by `HazardRules` from the hazard as stored at that moment)
    /// in one transaction, recording the history entry.
    func changeHazard(_ id: Int64, _ change: (Hazard) throws -> (Hazard, HazardChange)) throws -> Hazard
    /// Completes a session and creates the hazards its fails make, in one transaction: `hazards`
    /// gets the completed session and its findings as stored at that moment.
    func complete(session: Int64, at: Date, hazards: (Session, [Finding]) throws -> [Hazard]) throws -> (Session, [Hazard])
}
