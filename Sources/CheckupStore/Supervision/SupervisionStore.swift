import CheckupCore
import Foundation

/// What grading one enterprise needs from the store, as of a moment: the enterprise with its
/// profile, its latest completed inspection, counts of its hazards, its latest self-check's
/// untrue items and the override in force. The level L is computed from the inspection's
/// answers by `Station` (it needs the checklist snapshot).
public struct SupervisionRow: Sendable, Hashable {
    /// The latest completed inspection (started and completed by the moment).
    public struct Inspection: Sendable, Hashable {
        /// Session id.
        public var id: Int64
        /// Its checklist snapshot's hash.
        public var checklistHash: String
        /// The profile it applied.
        public var profileID: String?
        /// When it started.
        public var startedAt: Date

        /// Creates the description of an inspection.
        public init(id: Int64, checklistHash: String, profileID: String?, startedAt: Date) {
            self.id = id
            self.checklistHash = checklistHash
            self.profileID = profileID
            self.startedAt = startedAt
        }
    }

    /// The enterprise.
    public var enterprise: Enterprise
    /// Its latest completed inspection, nil when never inspected.
    public var inspection: Inspection?
    /// Major hazards not verified at the moment.
    public var openMajorHazards: Int
    /// Hazards not verified and past their deadline at the moment.
    public var overdueHazards: Int
    /// Hazards not verified at the moment.
    public var openHazards: Int
    /// Items the latest self-check passed that the first inspection after it (same checklist)
    /// failed; nil without such a pair.
    public var untrueSelfCheckItems: Int?
    /// The override in force at the moment.
    public var override: ColourOverride?
    /// A patrol referred to the station after the latest inspection (by the moment), if any.
    public var referredAt: Date?

    /// Creates a row.
    public init(enterprise: Enterprise, inspection: Inspection? = nil, openMajorHazards: Int = 0,
                overdueHazards: Int = 0, openHazards: Int = 0, untrueSelfCheckItems: Int? = nil,
                override: ColourOverride? = nil, referredAt: Date? = nil) {
        self.referredAt = referredAt
        self.enterprise = enterprise
        self.inspection = inspection
        self.openMajorHazards = openMajorHazards
        self.overdueHazards = overdueHazards
        self.openHazards = openHazards
        self.untrueSelfCheckItems = untrueSelfCheckItems
        self.override = override
    }
}

/// Persistence of risk-based supervision (issue 17): the reads grading needs, answered in SQL
/// so that a district of 20,000 enterprises grades in about a second, and the overrides and
/// patrols the station records.
public protocol SupervisionStore: Sendable {
    /// One row per enterprise registered in `township` (every one when nil), in register order
    /// (township, name), as of `asOf`: only sessions started and completed, hazards found, and
    /// overrides set by then count, and a hazard counts as verified only if verified by then.
    func supervisionRows(township: String?, asOf: Date) throws -> [SupervisionRow]
    /// Calls `body` with every recorded answer (item id and result) of the sessions `ids`, by
    /// session.
    func forEachAnswer(sessions ids: [Int64], _ body: (Int64, String, ItemResult) throws -> Void) throws
    /// Saves an override (kept for good) and returns it with its id.
    func saveOverride(_ override: ColourOverride) throws -> ColourOverride
    /// Every override of an enterprise, newest first.
    func overrides(enterprise: String) throws -> [ColourOverride]
    /// Records a patrol and returns it with its id.
    func savePatrol(_ patrol: Patrol) throws -> Patrol
    /// Patrols of enterprises in `township` (every one when nil) within `period`, oldest first.
    func patrols(township: String?, period: ScorePeriod) throws -> [Patrol]
}
