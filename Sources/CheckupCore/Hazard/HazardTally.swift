import Foundation

/// Where a hazard stands for counting: its status, with a fail fixed on site during the
/// inspection told apart from a hazard verified after rectification. Every count that leaves the
/// station (the demo's summary, the township report, the ledger's 汇总 sheet, their JSON) sorts
/// hazards into these, so no two outputs can disagree on what "verified" means.
public enum HazardStanding: String, Sendable, Hashable, CaseIterable {
    /// Found, not yet in rectification (待整改).
    case open
    /// In rectification (整改中).
    case rectifying
    /// Reported rectified, awaiting the station's re-inspection (已整改待复查).
    case rectified
    /// Verified by the station's re-inspection after rectification (复查销号).
    case verified
    /// Fixed on site during the inspection and closed there (现场整改): status verified, but never
    /// rectified against a deadline.
    case fixedOnSite = "fixed-on-site"
}

extension Hazard {
    /// Whether the hazard was fixed on site during the inspection that found it. `HazardRules`
    /// creates such a fail verified at the moment it was found (rectified and verified at
    /// `foundAt`); a hazard verified after rectification is verified later than it was found.
    public var isFixedOnSite: Bool {
        source == .inspection && status == .verified && verifiedAt == foundAt && rectifiedAt == foundAt
    }

    /// Where the hazard stands for counting (`HazardStanding`).
    public var standing: HazardStanding {
        switch status {
        case .open: .open
        case .rectifying: .rectifying
        case .rectified: .rectified
        case .verified: isFixedOnSite ? .fixedOnSite : .verified
        }
    }
}

/// The one definition of every hazard count (口径), as of a moment `now`:
///
/// - found (发现隐患): every hazard counted;
/// - not rectified (未整改): open or rectifying;
/// - awaiting verification (待复查): reported rectified, not yet re-inspected;
/// - verified (复查销号): verified by the station's re-inspection after rectification;
/// - fixed on site (现场整改): fixed during the inspection that found it (`Hazard.isFixedOnSite`);
/// - closed (已销号) = verified + fixed on site; rectified (已整改) = awaiting verification + closed;
/// - overdue (逾期): not closed and past the deadline at `now` (`Hazard.isOverdue`);
/// - rectification rate (整改率) = closed ÷ found; on-time rate (按期整改率) = closed at or before
///   the deadline ÷ closed (a fix on site is always on time).
///
/// found = not rectified + awaiting verification + verified + fixed on site, always.
public struct HazardTally: Sendable, Hashable {
    /// Every hazard counted.
    public var found = 0
    /// Open or rectifying.
    public var open = 0
    /// Reported rectified, awaiting re-inspection.
    public var awaitingVerification = 0
    /// Verified after rectification.
    public var verified = 0
    /// Fixed on site during the inspection.
    public var fixedOnSite = 0
    /// Not closed and past the deadline.
    public var overdue = 0
    /// Closed at or before the deadline.
    public var closedOnTime = 0
    /// By standing (every standing present).
    public var byStanding: [HazardStanding: Int] = Dictionary(uniqueKeysWithValues: HazardStanding.allCases.map { ($0, 0) })

    /// Zero counts.
    public init() {}

    /// The counts of `hazards` as of `now`.
    public init<S: Sequence>(_ hazards: S, now: Date) where S.Element == Hazard {
        for hazard in hazards { add(hazard, now: now) }
    }

    /// Counts one more hazard as of `now`.
    public mutating func add(_ hazard: Hazard, now: Date) {
        found += 1
        let standing = hazard.standing
        byStanding[standing, default: 0] += 1
        switch standing {
        case .open, .rectifying: open += 1
        case .rectified: awaitingVerification += 1
        case .verified: verified += 1
        case .fixedOnSite: fixedOnSite += 1
        }
        if hazard.status == .verified, let at = hazard.verifiedAt, at <= hazard.deadline { closedOnTime += 1 }
        if hazard.isOverdue(at: now) { overdue += 1 }
    }

    /// Closed: verified after rectification or fixed on site (已销号).
    public var closed: Int { verified + fixedOnSite }
    /// Reported rectified or closed (已整改).
    public var rectified: Int { awaitingVerification + closed }
    /// 整改率: closed ÷ found; nil when nothing was found.
    public var rectificationRate: Double? { found == 0 ? nil : Double(closed) / Double(found) }
    /// 按期整改率: closed on time ÷ closed; nil when nothing was closed.
    public var onTimeRate: Double? { closed == 0 ? nil : Double(closedOnTime) / Double(closed) }
}
