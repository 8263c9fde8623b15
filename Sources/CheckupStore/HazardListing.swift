import CheckupCore
import Foundation

/// What a hazard list asks for: the store's filter, and the filters that depend on the moment
/// (overdue, unreported) or on escalation (supervised). `hazard list` and `checkup serve`'s
/// hazard pages and API ask through it, so both list the same hazards.
public struct HazardListQuery: Sendable, Hashable {
    /// Township, enterprise, status and severity, applied by the store.
    public var filter: HazardFilter
    /// Only hazards past their deadline and not verified (as of the moment asked).
    public var overdue: Bool
    /// Only major hazards not reported within the escalation policy's days.
    public var unreported: Bool
    /// Only hazards listed for supervision (挂牌督办) and not delisted.
    public var supervised: Bool

    /// Creates a query.
    public init(filter: HazardFilter = HazardFilter(), overdue: Bool = false, unreported: Bool = false,
                supervised: Bool = false) {
        self.filter = filter
        self.overdue = overdue
        self.unreported = unreported
        self.supervised = supervised
    }
}

/// Hazards of a list, oldest first, with the registered enterprises they belong to (by code).
public struct HazardListing: Sendable {
    /// The hazards, in the store's order (oldest found first).
    public var hazards: [Hazard]
    /// Enterprises by credit code.
    public var enterprises: [String: Enterprise]
}

extension StationStore {
    /// The hazards `query` selects as of `now`, with their enterprises.
    public func hazardListing(_ query: HazardListQuery, now: Date) throws -> HazardListing {
        var hazards = try self.hazards(query.filter)
        if query.overdue { hazards = hazards.filter { $0.isOverdue(at: now) } }
        if query.unreported { hazards = hazards.filter { EscalationPolicy.standard.isUnreported($0, at: now) } }
        if query.supervised { hazards = hazards.filter { $0.supervision?.isListed == true } }
        let enterprises = Dictionary(try self.enterprises(township: query.filter.township).map { ($0.creditCode, $0) },
                                     uniquingKeysWith: { first, _ in first })
        return HazardListing(hazards: hazards, enterprises: enterprises)
    }
}
