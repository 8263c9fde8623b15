import Foundation

/// What a township's scores and report read from the station: its registered enterprises, their
/// completed sessions in the period, and each enterprise's session that counts
/// (`SessionPairing.latestEligible`) with its answers and hazards.
public struct TownshipData: Sendable {
    /// The township as given.
    public var township: String
    /// The period, on session start times.
    public var period: ScorePeriod
    /// Whether self-checks were eligible to count.
    public var includeSelfChecks: Bool
    /// Every enterprise registered in the township, in register order (township, then name).
    public var enterprises: [Enterprise]
    /// Completed sessions started in the period, by enterprise credit code, newest first.
    public var sessions: [String: [Session]]
    /// Each inspected enterprise's session that counts, in register order.
    public var latest: [SessionData]
    /// Registered enterprises without an eligible session in the period.
    public var notInspected: [Enterprise]

    /// Creates the data.
    public init(township: String, period: ScorePeriod, includeSelfChecks: Bool, enterprises: [Enterprise],
                sessions: [String: [Session]], latest: [SessionData], notInspected: [Enterprise]) {
        self.township = township
        self.period = period
        self.includeSelfChecks = includeSelfChecks
        self.enterprises = enterprises
        self.sessions = sessions
        self.latest = latest
        self.notInspected = notInspected
    }
}
