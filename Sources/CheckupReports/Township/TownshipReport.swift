import CheckupCore
import Foundation

/// `checkup report township T`: a township's inspections, self-checks, hazards and defence levels
/// over a period, for the township's safety office.
///
/// Definitions (also in the report's 口径说明 and the command's help):
/// - The period is `ScorePeriod` (`--from`/`--to`, `--to` covering its whole day). Sessions count
///   by their start time, hazards by the time they were found.
/// - Inspections and self-checks: completed sessions (superseded self-checks not counted) of the
///   township's registered enterprises started in the period.
/// - found: hazards found in the period (inspections and self-checks), counted as of `now` by
///   `HazardTally`, the definition every output shares: verified (复查销号) after rectification,
///   fixed on site (现场整改) apart, closed = both, rectification rate = closed ÷ found, on-time
///   rate = closed by the deadline ÷ closed (each `nil` when its denominator is 0).
/// - Levels: each registered enterprise's latest completed inspection started in the period
///   (`ScoreSource.township`, the same figures as `checkup score --township`); enterprises without
///   one are "not inspected".
/// - Self-check reliability: for each enterprise with a completed inspection and a completed
///   self-check on the same checklist in the period (the latest of each), agreed ÷ items examined
///   (pass or fail) by both (`SelfCheckComparison`); pairs with no item examined by both are left
///   out. The worst five are reported, lowest first.
/// - Monthly trend: per calendar month (station time) of the period — or, for an open period,
///   from the first month with data to the month of `now`, at most the last 36 months — hazards
///   found that month and hazards closed that month (verified or fixed on site: 已销号; whenever
///   they were found).
public struct TownshipReport: Sendable {
    /// Hazard figures of one group (all, one severity, one layer or one source): the one
    /// definition every output shares (`HazardTally`).
    public typealias HazardCounts = HazardTally

    /// One enterprise's self-check set against the station's inspection.
    public struct Reliability: Sendable, Equatable {
        /// The enterprise.
        public var enterprise: Enterprise
        /// The self-check session compared.
        public var selfCheckSession: Int64
        /// The inspection compared.
        public var inspectionSession: Int64
        /// Items on which both agreed.
        public var agreed: Int
        /// Items examined (pass or fail) by both.
        public var examined: Int
        /// Items the self-check passed and the inspector failed (自查不实).
        public var selfPassInspectorFail: Int
        /// agreed ÷ examined.
        public var reliability: Double
        /// When the self-check compared was performed (its start), if known.
        public var selfCheckDate: Date?
        /// When the inspection compared started, if known.
        public var inspectionDate: Date?

        /// Creates an entry.
        public init(enterprise: Enterprise, selfCheckSession: Int64, inspectionSession: Int64, agreed: Int,
                    examined: Int, selfPassInspectorFail: Int, reliability: Double, selfCheckDate: Date? = nil,
                    inspectionDate: Date? = nil) {
            self.enterprise = enterprise
            self.selfCheckSession = selfCheckSession
            self.inspectionSession = inspectionSession
            self.selfCheckDate = selfCheckDate
            self.inspectionDate = inspectionDate
            self.agreed = agreed
            self.examined = examined
            self.selfPassInspectorFail = selfPassInspectorFail
            self.reliability = reliability
        }
    }

    /// Hazards found and verified in one month.
    public struct MonthPoint: Sendable, Equatable {
        /// `2026-11`.
        public var month: String
        /// Hazards found that month.
        public var found: Int
        /// Hazards closed that month: verified, or fixed on site (已销号).
        public var verified: Int

        /// Creates a point.
        public init(month: String, found: Int, verified: Int) {
            self.month = month
            self.found = found
            self.verified = verified
        }
    }

    /// The township as given.
    public let township: String
    /// The period.
    public let period: ScorePeriod
    /// The moment overdue is judged at.
    public let now: Date
    /// Output language.
    public let language: Language
    /// Completed inspections started in the period.
    public let inspections: Int
    /// Completed self-checks started in the period.
    public let selfChecks: Int
    /// All hazards found in the period.
    public let totals: HazardCounts
    /// By severity (both present).
    public let bySeverity: [HazardSeverity: HazardCounts]
    /// By layer (all four present).
    public let byLayer: [Layer: HazardCounts]
    /// By source (both present).
    public let bySource: [HazardSource: HazardCounts]
    /// Hazards found in the period by layer and severity (every key present).
    public let foundByLayerAndSeverity: [Layer: [HazardSeverity: Int]]
    /// Levels: the latest inspection of each registered enterprise in the period.
    public let scores: TownshipScoreReport
    /// Every compared enterprise, worst reliability first (ties by name, then credit code).
    public let reliability: [Reliability]
    /// Monthly trend, oldest first.
    public let trend: [MonthPoint]
    /// The first and last moment of the data in the period (sessions started, hazards found),
    /// nil when there is none: what an open end of the period prints.
    public let dataSpan: (first: Date, last: Date)?
    /// Major hazards found in the period and not reported (上报) within the policy's days as of
    /// `now` (`EscalationPolicy`), oldest first.
    public let unreportedMajor: [Hazard]
    /// The reporting policy `unreportedMajor` follows.
    public let escalationPolicy: EscalationPolicy

    /// The five worst self-check reliabilities.
    public var worstReliability: [Reliability] { Array(reliability.prefix(5)) }
    /// Colours, due counts, colour changes and grid patrols (issue 17), when the caller graded them.
    public var supervision: TownshipSupervision?

    /// Builds the report from the township's hazards (any period; filtered here), counts of
    /// sessions, the level report and the reliability comparisons.
    /// `sessionDates` are the start times of the sessions counted (for the span of the data).
    public init(township: String, period: ScorePeriod, now: Date, language: Language, inspections: Int,
                selfChecks: Int, hazards: [Hazard], scores: TownshipScoreReport, reliability: [Reliability],
                sessionDates: [Date] = [], escalationPolicy: EscalationPolicy = .standard) {
        self.escalationPolicy = escalationPolicy
        self.unreportedMajor = hazards.filter { period.contains($0.foundAt) && escalationPolicy.isUnreported($0, at: now) }
        self.township = township
        self.period = period
        self.now = now
        self.language = language
        self.inspections = inspections
        self.selfChecks = selfChecks
        self.scores = scores
        self.reliability = reliability.sorted { lhs, rhs in
            if lhs.reliability != rhs.reliability { return lhs.reliability < rhs.reliability }
            if lhs.enterprise.name != rhs.enterprise.name { return lhs.enterprise.name < rhs.enterprise.name }
            return lhs.enterprise.creditCode < rhs.enterprise.creditCode
        }
        var totals = HazardCounts()
        var bySeverity = Dictionary(uniqueKeysWithValues: HazardSeverity.allCases.map { ($0, HazardCounts()) })
        var byLayer = Dictionary(uniqueKeysWithValues: Layer.allCases.map { ($0, HazardCounts()) })
        var bySource = Dictionary(uniqueKeysWithValues: HazardSource.allCases.map { ($0, HazardCounts()) })
        var grid = Dictionary(uniqueKeysWithValues: Layer.allCases.map { layer in
            (layer, Dictionary(uniqueKeysWithValues: HazardSeverity.allCases.map { ($0, 0) }))
        })
        var first = sessionDates.filter(period.contains).min()
        var last = sessionDates.filter(period.contains).max()
        for hazard in hazards where period.contains(hazard.foundAt) {
            first = min(first ?? hazard.foundAt, hazard.foundAt)
            last = max(last ?? hazard.foundAt, hazard.foundAt)
            totals.add(hazard, now: now)
            bySeverity[hazard.severity, default: HazardCounts()].add(hazard, now: now)
            byLayer[hazard.layer, default: HazardCounts()].add(hazard, now: now)
            bySource[hazard.source, default: HazardCounts()].add(hazard, now: now)
            grid[hazard.layer, default: [:]][hazard.severity, default: 0] += 1
        }
        self.dataSpan = first.flatMap { first in last.map { (first, $0) } }
        self.foundByLayerAndSeverity = grid
        self.totals = totals
        self.bySeverity = bySeverity
        self.byLayer = byLayer
        self.bySource = bySource
        self.trend = Self.trend(hazards: hazards, period: period, now: now)
    }

    /// Most months a trend shows.
    public static let maxTrendMonths = 36

    /// The monthly trend (see the type's definitions).
    static func trend(hazards: [Hazard], period: ScorePeriod, now: Date) -> [MonthPoint] {
        var found: [Int: Int] = [:]
        var verified: [Int: Int] = [:]
        for hazard in hazards {
            found[monthIndex(hazard.foundAt), default: 0] += 1
            if let at = hazard.verifiedAt { verified[monthIndex(at), default: 0] += 1 }
        }
        let first: Int
        if let start = period.start {
            first = monthIndex(start)
        } else {
            first = (Array(found.keys) + Array(verified.keys)).min() ?? monthIndex(now)
        }
        let last = period.end.map { monthIndex($0.addingTimeInterval(-0.001)) } ?? monthIndex(now)
        let lower = max(first, last - maxTrendMonths + 1)
        guard lower <= last else { return [MonthPoint(month: monthLabel(last), found: 0, verified: 0)] }
        return (lower...last).map {
            MonthPoint(month: monthLabel($0), found: found[$0] ?? 0, verified: verified[$0] ?? 0)
        }
    }

    /// The calendar month of `date` in station time (UTC+8) as year × 12 + month − 1.
    ///
    /// Arithmetic rather than `Calendar`, because a township report places hundreds of thousands
    /// of hazards in months (`CivilDate`).
    static func monthIndex(_ date: Date) -> Int {
        let offset = Double(Timestamp.stationZone.secondsFromGMT(for: date))
        let seconds = (date.timeIntervalSince1970 + offset).rounded(.down)
        guard seconds.isFinite, abs(seconds) < 1e14 else { return 0 }
        let days = Int((seconds / 86_400).rounded(.down))
        let (year, month, _) = CivilDate.date(days: days)
        return year * 12 + month - 1
    }

    /// `2026-11` for a `monthIndex`.
    static func monthLabel(_ index: Int) -> String {
        let year = index / 12, month = index % 12 + 1
        return (year < 1000 ? String(repeating: "0", count: year < 10 ? 3 : year < 100 ? 2 : 1) : "") + "\(year)-"
            + (month < 10 ? "0" : "") + "\(month)"
    }
}

extension TownshipReport {
    /// Builds the report from the township's data, the comparison pairs of its enterprises
    /// (those with both an inspection and a self-check in the period) and its hazards (any
    /// period; filtered here). Sessions are counted in the period; the reliability table lists
    /// the pairs that examined at least one item in common.
    public init(_ data: TownshipData, pairs: [SessionPair], hazards: [Hazard], now: Date, language: Language) {
        let inPeriod = data.enterprises.flatMap { data.sessions[$0.creditCode] ?? [] }
        let reliability: [Reliability] = pairs.compactMap { pair in
            guard let inspection = pair.inspection, let selfCheck = pair.selfCheck, let comparison = pair.comparison,
                  let rate = comparison.reliability else { return nil }
            return Reliability(enterprise: pair.enterprise, selfCheckSession: selfCheck.id,
                               inspectionSession: inspection.id, agreed: comparison.agreed,
                               examined: comparison.examinedByBoth,
                               selfPassInspectorFail: comparison.selfPassInspectorFail, reliability: rate,
                               selfCheckDate: selfCheck.startedAt, inspectionDate: inspection.startedAt)
        }
        self.init(township: data.township, period: data.period, now: now, language: language,
                  inspections: inPeriod.filter { $0.kind == .inspection }.count,
                  selfChecks: inPeriod.filter { $0.kind == .selfCheck }.count, hazards: hazards,
                  scores: TownshipScoreReport(data, language: language), reliability: reliability,
                  sessionDates: inPeriod.map(\.startedAt))
    }
}

