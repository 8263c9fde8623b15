import Foundation

/// What the supervision policy reads about one enterprise at one moment: its profile, its latest
/// completed inspection, its hazards and its latest self-check's truthfulness. The store gathers
/// these (as of a moment, so colours in the past can be recomputed); the rules are pure functions
/// of them.
public struct SupervisionFacts: Sendable, Hashable {
    /// The enterprise, with its profile.
    public var enterprise: Enterprise
    /// Start of the latest completed inspection (nil: never inspected).
    public var lastInspection: Date?
    /// Defence level L of that inspection (docs/scoring.md), nil when never inspected.
    public var level: Double?
    /// Major hazards not yet verified (重大隐患未销号).
    public var openMajorHazards: Int
    /// Hazards not verified and past their deadline (逾期).
    public var overdueHazards: Int
    /// Hazards not yet verified, of any severity.
    public var openHazards: Int
    /// Items the latest self-check passed and the inspection following it failed (自查不实);
    /// nil when there is no such pair.
    public var untrueSelfCheckItems: Int?
    /// The manual override in force, if any.
    public var override: ColourOverride?
    /// When a grid member referred the enterprise to the station after its latest inspection
    /// (`patrol record --refer`): it is due from that day.
    public var referredAt: Date?

    /// Creates the facts of one enterprise.
    public init(enterprise: Enterprise, lastInspection: Date? = nil, level: Double? = nil, openMajorHazards: Int = 0,
                overdueHazards: Int = 0, openHazards: Int = 0, untrueSelfCheckItems: Int? = nil,
                override: ColourOverride? = nil, referredAt: Date? = nil) {
        self.referredAt = referredAt
        self.enterprise = enterprise
        self.lastInspection = lastInspection
        self.level = level
        self.openMajorHazards = openMajorHazards
        self.overdueHazards = overdueHazards
        self.openHazards = openHazards
        self.untrueSelfCheckItems = untrueSelfCheckItems
        self.override = override
    }
}

/// A manual colour set by the station for a reason until an expiry (人工调整): it wins over the
/// rules while in force, and every one is kept in the enterprise's history.
public struct ColourOverride: Sendable, Hashable, Codable {
    /// Store-assigned number (0 before saving).
    public var id: Int64
    /// The enterprise.
    public var enterpriseCode: String
    /// The colour set.
    public var colour: RiskColour
    /// Why (required).
    public var reason: String
    /// Who set it.
    public var setBy: String
    /// When it was set.
    public var setAt: Date
    /// When it stops applying (required, after `setAt`).
    public var expiresAt: Date

    /// Creates an override.
    public init(id: Int64 = 0, enterpriseCode: String, colour: RiskColour, reason: String, setBy: String, setAt: Date,
                expiresAt: Date) {
        self.id = id
        self.enterpriseCode = enterpriseCode
        self.colour = colour
        self.reason = reason
        self.setBy = setBy
        self.setAt = setAt
        self.expiresAt = expiresAt
    }

    /// In force at `now`: set at or before it and not yet expired.
    public func isActive(at now: Date) -> Bool { setAt <= now && now < expiresAt }
}
