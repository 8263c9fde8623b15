import CheckupCore
import Foundation

/// `checkup score --township T`: over the enterprises registered in the township, each one's
/// latest completed inspection in the period (self-checks only when asked): mean level, mean
/// layer scores, level bands, how many reach 2.0, and which enterprises were not inspected.
public struct TownshipScoreReport: Sendable {
    /// The township as given.
    public let township: String
    /// The period.
    public let period: ScorePeriod
    /// Whether self-checks were eligible.
    public let includeSelfChecks: Bool
    /// Every enterprise registered in the township.
    public let enterprises: [Enterprise]
    /// The score of each inspected enterprise's latest eligible session, in register order.
    public let units: [ScoreReport]
    /// Registered enterprises without an eligible session in the period.
    public let notInspected: [Enterprise]
    /// The summary over `units`.
    public let aggregate: AggregateScore
    /// Output language.
    public let language: Language

    /// Creates the report from the township's data as read from the station.
    public init(_ data: TownshipData, language: Language = .zh) {
        self.init(township: data.township, period: data.period, includeSelfChecks: data.includeSelfChecks,
                  enterprises: data.enterprises, units: data.latest.map { ScoreReport($0, language: language) },
                  notInspected: data.notInspected, language: language)
    }

    /// Creates the report.
    public init(township: String, period: ScorePeriod, includeSelfChecks: Bool, enterprises: [Enterprise],
                units: [ScoreReport], notInspected: [Enterprise], language: Language = .zh) {
        self.township = township
        self.period = period
        self.includeSelfChecks = includeSelfChecks
        self.enterprises = enterprises
        self.units = units
        self.notInspected = notInspected
        self.aggregate = AggregateScore.aggregate(units.map(\.score))
        self.language = language
    }

    // MARK: JSON

    /// Stable JSON (docs/scoring.md, "Township").
    public struct JSON: Codable, Equatable, Sendable {
        public var township: String
        @NullEncoded public var from: String? = nil
        @NullEncoded public var to: String? = nil
        public var include_self_checks: Bool
        public var enterprises: Int
        public var inspected: Int
        public var not_inspected: Int
        @NullEncoded public var mean_level: Double? = nil
        public var mean_layers: LayerScoresJSON
        public var covered: CoveredJSON
        public var bands: [String: Int]
        public var reached_2_0: Int
        public var units: [UnitJSON]
        public var not_inspected_enterprises: [EnterpriseRef]
    }

    /// How many inspected enterprises cover each layer.
    public struct CoveredJSON: Codable, Equatable, Sendable {
        public var human: Int
        public var physical: Int
        public var technical: Int
        public var joint: Int
    }

    /// The session that counted for one enterprise.
    public struct UnitJSON: Codable, Equatable, Sendable {
        public var credit_code: String
        public var name: String
        public var session: Int64
        public var kind: String
        public var date: String
        public var level: Double
        public var band: String
        public var reached_2_0: Bool
        public var layers: LayerScoresJSON
    }

    /// The JSON value.
    public func json() -> JSON {
        var bands: [String: Int] = [:]
        for band in LevelBand.allCases {
            bands[band.rawValue] = aggregate.bands[band] ?? 0
        }
        let covered = aggregate.coveredCounts
        return JSON(
            township: township, from: period.fromLabel, to: period.toLabel, include_self_checks: includeSelfChecks,
            enterprises: enterprises.count, inspected: units.count, not_inspected: notInspected.count,
            mean_level: aggregate.meanLevel?.roundedTo(places: 3),
            mean_layers: LayerScoresJSON { aggregate.meanScore($0) },
            covered: CoveredJSON(human: covered[.human] ?? 0, physical: covered[.physical] ?? 0,
                                 technical: covered[.technical] ?? 0, joint: covered[.joint] ?? 0),
            bands: bands, reached_2_0: aggregate.reachedTwoPointZero,
            units: units.map { unit in
                UnitJSON(credit_code: unit.enterprise.creditCode, name: unit.enterprise.name, session: unit.session.id,
                         kind: unit.session.kind.rawValue, date: Timestamp.day(unit.session.startedAt),
                         level: unit.score.level.roundedTo(places: 3), band: unit.score.band.rawValue,
                         reached_2_0: unit.score.reachesTwoPointZero,
                         layers: LayerScoresJSON { unit.score[$0].score })
            },
            not_inspected_enterprises: notInspected.map { EnterpriseRef($0) })
    }

    // MARK: Text

    /// The township summary for a terminal.
    public func text() -> String {
        var lines: [String] = []
        lines.append(ScoreReportText.defenceLevelSummary.text(township, in: language))
        let from = period.fromLabel ?? ScoreReportText.beginning.text(in: language)
        let to = period.toLabel ?? ScoreReportText.now.text(in: language)
        let scope = includeSelfChecks ? ScoreReportText.inspectionsAndSelfChecks.text(in: language)
                                      : ScoreReportText.inspectionsOnly.text(in: language)
        lines.append(ScoreReportText.periodTo.text(from, to, scope, in: language))
        lines.append(ScoreReportText.registeredInspectedNotInspected.text(enterprises.count, units.count, notInspected.count, in: language))
        lines.append("")
        lines.append(LayerBars.headline(level: aggregate.meanLevel, language: language, mean: true))
        if aggregate.count > 0 {
            lines.append(ScoreReportText.meanLayerScoresNotCovered.text(in: language))
            let labelWidth = Layer.allCases.map { TextWidth.of($0.name(language)) }.max() ?? 0
            for layer in Layer.allCases {
                let mean = aggregate.meanScore(layer)
                lines.append("  \(TextWidth.pad(layer.name(language), to: labelWidth))  \(LayerBars.bar(mean))  "
                             + LayerBars.number(mean) + ScoreReportText.coveredBy.text(in: language)
                             + "\(aggregate.coveredCounts[layer] ?? 0)/\(aggregate.count)")
            }
            lines.append("")
            lines.append(ScoreReportText.levelBands.text(in: language))
            let most = max(1, aggregate.bands.values.max() ?? 0)
            for band in LevelBand.allCases {
                let count = aggregate.bands[band] ?? 0
                let bar = String(repeating: "█", count: Int((Double(count) / Double(most) * Double(LayerBars.width)).rounded()))
                let row = "  \(band.rawValue)  \(TextWidth.pad(String(count), to: 3, alignment: .trailing))  \(bar)"
                lines.append(bar.isEmpty ? row.trimmingTrailingSpaces() : row)
            }
            lines.append(ScoreReportText.reached20.text(in: language) + "\(aggregate.reachedTwoPointZero)/\(aggregate.count)")
            lines.append("")
            lines.append(ScoreReportText.enterprisesLatestInThePeriod.text(in: language))
            let nameWidth = units.map { TextWidth.of($0.enterprise.name) }.max() ?? 0
            for unit in units {
                lines.append("  \(TextWidth.pad(unit.enterprise.name, to: nameWidth))  \(unit.enterprise.creditCode)  "
                             + ScoreReportText.sessionInline.text(in: language) + "\(unit.session.id)  "
                             + "\(Timestamp.day(unit.session.startedAt))  L \(LayerBars.number(unit.score.level))"
                             + (unit.session.kind == .selfCheck ? "  [\(ScoreText.kind(.selfCheck, language))]" : "")
                             + (unit.score.reachesTwoPointZero ? "  2.0" : ""))
            }
        }
        if !notInspected.isEmpty {
            lines.append("")
            lines.append(ScoreReportText.notInspectedInThePeriod.text(in: language))
            let nameWidth = notInspected.map { TextWidth.of($0.name) }.max() ?? 0
            for enterprise in notInspected {
                lines.append("  \(TextWidth.pad(enterprise.name, to: nameWidth))  \(enterprise.creditCode)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
