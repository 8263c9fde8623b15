import CheckupCore
import Foundation

extension TownshipReport {
    /// Stable JSON of the township report (`report township --format json`). Every key is always
    /// present; undefined figures (a rate with denominator 0, a mean over no enterprise) are
    /// `null`. Rates and scores are fractions to 3 decimals.
    public struct JSON: Codable, Equatable, Sendable {
        /// The township as given.
        public var township: String
        /// Period start as given (null: open).
        @NullEncoded public var from: String? = nil
        /// Period end as given (null: open).
        @NullEncoded public var to: String? = nil
        /// `--now`, when overdue is judged.
        public var generated_at: String
        /// Enterprise counts.
        public var enterprises: EnterprisesJSON
        /// Session counts.
        public var sessions: SessionsJSON
        /// Hazard figures.
        public var hazards: HazardsJSON
        /// Defence levels.
        public var levels: LevelsJSON
        /// Self-check reliability.
        public var reliability: ReliabilityJSON
        /// Monthly trend.
        public var trend: [MonthJSON]
        /// Registered enterprises not inspected in the period.
        public var not_inspected: [EnterpriseRef]
        /// Major hazards found in the period and not reported in time (`TownshipReport.unreportedMajor`).
        public var unreported_major: [UnreportedJSON] = []
        /// Colours, due counts, colour changes and patrols (left out when not graded).
        public var supervision: TownshipSupervision.JSON? = nil
    }

    /// A major hazard not reported in time.
    public struct UnreportedJSON: Codable, Equatable, Sendable {
        /// Hazard id.
        public var id: Int64
        /// The enterprise's credit code.
        public var credit_code: String
        /// The enterprise's name ("" when not registered).
        public var name: String
        /// Item id.
        public var item: String
        /// When found.
        public var found_at: String
        /// The day it was to be reported by.
        public var report_by: String
    }

    /// Enterprise counts.
    public struct EnterprisesJSON: Codable, Equatable, Sendable {
        /// Registered in the township.
        public var registered: Int
        /// With a completed inspection in the period.
        public var inspected: Int
        /// Without one.
        public var not_inspected: Int
    }

    /// Completed sessions started in the period.
    public struct SessionsJSON: Codable, Equatable, Sendable {
        /// Inspections.
        public var inspections: Int
        /// Self-checks.
        public var self_checks: Int
    }

    /// Hazard figures of one group, as `HazardTally` defines them.
    public struct CountsJSON: Codable, Equatable, Sendable {
        /// Found in the period.
        public var found: Int
        /// Reported rectified or closed (awaiting verification + verified + fixed on site).
        public var rectified: Int
        /// Reported rectified, awaiting the station's re-inspection.
        public var awaiting_verification: Int
        /// Verified by re-inspection after rectification (复查销号).
        public var verified: Int
        /// Fixed on site during the inspection (现场整改).
        public var fixed_on_site: Int
        /// Closed: verified + fixed on site (已销号).
        public var closed: Int
        /// Not yet reported rectified (open or rectifying).
        public var open: Int
        /// Overdue at `generated_at`.
        public var overdue: Int
        /// Closed at or before the deadline.
        public var closed_on_time: Int
        /// closed ÷ found.
        @NullEncoded public var rectification_rate: Double? = nil
        /// closed_on_time ÷ closed.
        @NullEncoded public var on_time_rate: Double? = nil

        /// The JSON of `counts`.
        public init(_ counts: HazardCounts) {
            found = counts.found
            rectified = counts.rectified
            awaiting_verification = counts.awaitingVerification
            verified = counts.verified
            fixed_on_site = counts.fixedOnSite
            closed = counts.closed
            open = counts.open
            overdue = counts.overdue
            closed_on_time = counts.closedOnTime
            rectification_rate = counts.rectificationRate?.roundedTo(places: 3)
            on_time_rate = counts.onTimeRate?.roundedTo(places: 3)
        }
    }

    /// All hazard figures.
    public struct HazardsJSON: Codable, Equatable, Sendable {
        /// All hazards found in the period.
        public var total: CountsJSON
        /// By severity: `major`, `general`.
        public var by_severity: [String: CountsJSON]
        /// By layer: `human`, `physical`, `technical`, `joint`.
        public var by_layer: [String: CountsJSON]
        /// By source: `inspection`, `self_check`.
        public var by_source: [String: CountsJSON]
    }

    /// Defence levels over the inspected enterprises.
    public struct LevelsJSON: Codable, Equatable, Sendable {
        /// Enterprises scored.
        public var count: Int
        /// Mean L.
        @NullEncoded public var mean_level: Double? = nil
        /// Mean layer scores (not covered counts as 0).
        public var mean_layers: LayerScoresJSON
        /// Enterprises covering each layer.
        public var covered: [String: Int]
        /// Enterprises per band (`1.00-1.25` … `1.75-2.00`).
        public var bands: [String: Int]
        /// Enterprises meeting the 2.0 criterion.
        public var reached_2_0: Int
    }

    /// Self-check reliability.
    public struct ReliabilityJSON: Codable, Equatable, Sendable {
        /// Enterprises compared.
        public var compared: Int
        /// The five worst, lowest first.
        public var worst: [ReliabilityEntryJSON]
    }

    /// One compared enterprise.
    public struct ReliabilityEntryJSON: Codable, Equatable, Sendable {
        /// Credit code.
        public var credit_code: String
        /// Name.
        public var name: String
        /// Self-check session.
        public var self_check_session: Int64
        /// Inspection session.
        public var inspection_session: Int64
        /// Items agreed.
        public var agreed: Int
        /// Items examined by both.
        public var examined: Int
        /// Self-check pass, inspection fail.
        public var self_pass_inspector_fail: Int
        /// agreed ÷ examined.
        public var reliability: Double
    }

    /// One month of the trend.
    public struct MonthJSON: Codable, Equatable, Sendable {
        /// `2026-11`.
        public var month: String
        /// Found that month.
        public var found: Int
        /// Closed that month: verified or fixed on site (已销号).
        public var verified: Int
    }

    /// The JSON value.
    public func json() -> JSON {
        let aggregate = scores.aggregate
        var bands: [String: Int] = [:]
        for band in LevelBand.allCases { bands[band.rawValue] = aggregate.bands[band] ?? 0 }
        var covered: [String: Int] = [:]
        for layer in Layer.allCases { covered[layer.rawValue] = aggregate.coveredCounts[layer] ?? 0 }
        let sourceKey: (HazardSource) -> String = { $0 == .selfCheck ? "self_check" : "inspection" }
        return JSON(
            township: township, from: period.fromLabel, to: period.toLabel, generated_at: Timestamp.iso(now),
            enterprises: EnterprisesJSON(registered: scores.enterprises.count, inspected: scores.units.count,
                                         not_inspected: scores.notInspected.count),
            sessions: SessionsJSON(inspections: inspections, self_checks: selfChecks),
            hazards: HazardsJSON(
                total: CountsJSON(totals),
                by_severity: Dictionary(uniqueKeysWithValues: HazardSeverity.allCases.map {
                    ($0.rawValue, CountsJSON(bySeverity[$0] ?? HazardCounts()))
                }),
                by_layer: Dictionary(uniqueKeysWithValues: Layer.allCases.map {
                    ($0.rawValue, CountsJSON(byLayer[$0] ?? HazardCounts()))
                }),
                by_source: Dictionary(uniqueKeysWithValues: HazardSource.allCases.map {
                    (sourceKey($0), CountsJSON(bySource[$0] ?? HazardCounts()))
                })),
            levels: LevelsJSON(count: aggregate.count, mean_level: aggregate.meanLevel?.roundedTo(places: 3),
                               mean_layers: LayerScoresJSON { aggregate.meanScore($0) }, covered: covered,
                               bands: bands, reached_2_0: aggregate.reachedTwoPointZero),
            reliability: ReliabilityJSON(compared: reliability.count, worst: worstReliability.map { r in
                ReliabilityEntryJSON(credit_code: r.enterprise.creditCode, name: r.enterprise.name,
                                     self_check_session: r.selfCheckSession, inspection_session: r.inspectionSession,
                                     agreed: r.agreed, examined: r.examined,
                                     self_pass_inspector_fail: r.selfPassInspectorFail,
                                     reliability: r.reliability.roundedTo(places: 3))
            }),
            trend: trend.map { MonthJSON(month: $0.month, found: $0.found, verified: $0.verified) },
            not_inspected: scores.notInspected.map { EnterpriseRef($0, township: false) },
            unreported_major: unreportedRows.map {
                UnreportedJSON(id: $0.id, credit_code: $0.creditCode, name: $0.name, item: $0.item,
                               found_at: Timestamp.iso($0.hazard.foundAt), report_by: $0.reportBy)
            },
            supervision: supervision?.json())
    }
}
