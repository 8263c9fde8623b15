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
