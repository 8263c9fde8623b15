import CheckupCore
import Foundation

/// One completed session as a point of an enterprise's trend.
public struct TrendPoint: Codable, Equatable, Sendable {
    /// Day the session began, station time (`2026-11-29`).
    public var date: String
    /// Session id.
    public var session: Int64
    /// Checklist id used.
    public var checklist: String
    /// Defence level, 3 decimals.
    public var level: Double
    /// Score of each layer (P/A, 3 decimals; `null` when not covered).
    public var layers: LayerScoresJSON

    /// The point of `report`.
    public init(_ report: ScoreReport) {
        date = Timestamp.day(report.session.startedAt)
        session = report.session.id
        checklist = report.session.checklistID
        level = report.score.level.roundedTo(places: 3)
        layers = LayerScoresJSON { report.score[$0].score }
    }
}

/// One figure per layer, all four keys always present (`null` when undefined).
public struct LayerScoresJSON: Codable, Equatable, Sendable {
    @NullEncoded public var human: Double? = nil
    @NullEncoded public var physical: Double? = nil
    @NullEncoded public var technical: Double? = nil
    @NullEncoded public var joint: Double? = nil

    /// The figure of each layer, rounded to 3 decimals.
    public init(_ value: (Layer) -> Double?) {
        human = value(.human)?.roundedTo(places: 3)
        physical = value(.physical)?.roundedTo(places: 3)
        technical = value(.technical)?.roundedTo(places: 3)
        joint = value(.joint)?.roundedTo(places: 3)
    }

    /// The figure of `layer`.
    public subscript(layer: Layer) -> Double? {
        switch layer {
        case .human: human
        case .physical: physical
        case .technical: technical
        case .joint: joint
        }
    }
}

/// `checkup score --enterprise CODE`: the enterprise's latest completed inspection with its full
/// score card, and the trend over all its completed inspections, oldest first. Self-checks are
/// scored the same way but kept in their own block, never mixed with inspections.
public struct EnterpriseTrendReport: Sendable {
    /// The enterprise.
    public let enterprise: Enterprise
    /// Completed inspections, oldest first.
    public let inspections: [ScoreReport]
    /// Completed self-checks, oldest first.
    public let selfChecks: [ScoreReport]
    /// Output language.
    public let language: Language

    /// Creates the report from the enterprise's sessions as read from the station (any order).
    public init(enterprise: Enterprise, sessions: [SessionData], language: Language = .zh) {
        self.init(enterprise: enterprise, reports: sessions.map { ScoreReport($0, language: language) },
                  language: language)
    }

    /// Creates the report from the score reports of the enterprise's sessions (any order);
    /// sessions that are not completed are left out.
    public init(enterprise: Enterprise, reports: [ScoreReport], language: Language = .zh) {
        self.enterprise = enterprise
        let completed = reports.filter { $0.session.status == .completed }.sorted { lhs, rhs in
            if lhs.session.startedAt != rhs.session.startedAt { return lhs.session.startedAt < rhs.session.startedAt }
            return lhs.session.id < rhs.session.id
        }
        inspections = completed.filter { $0.session.kind == .inspection }
        selfChecks = completed.filter { $0.session.kind == .selfCheck }
        self.language = language
    }

    /// The latest completed inspection.
    public var latestInspection: ScoreReport? { inspections.last }
    /// The latest completed self-check.
    public var latestSelfCheck: ScoreReport? { selfChecks.last }

    // MARK: JSON

    /// Stable JSON (docs/scoring.md, "One enterprise").
    public struct JSON: Codable, Equatable, Sendable {
        public var enterprise: EnterpriseRef
        @NullEncoded public var latest: ScoreReport.JSON? = nil
        public var trend: [TrendPoint]
        public var self_checks: SelfChecksJSON
    }

    /// The self-checks block: same shape as the inspections part.
    public struct SelfChecksJSON: Codable, Equatable, Sendable {
        @NullEncoded public var latest: ScoreReport.JSON? = nil
        public var trend: [TrendPoint]
    }

    /// The JSON value.
    public func json() -> JSON {
        JSON(enterprise: EnterpriseRef(enterprise), latest: latestInspection?.json(),
             trend: inspections.map(TrendPoint.init),
             self_checks: SelfChecksJSON(latest: latestSelfCheck?.json(), trend: selfChecks.map(TrendPoint.init)))
    }

    // MARK: Text

    /// The report for a terminal.
    public func text() -> String {
        var lines: [String] = []
        lines.append("\(enterprise.name)  \(enterprise.creditCode)  \(enterprise.township)")
        lines.append("")
        if let latest = latestInspection {
            lines.append(ScoreReportText.latestInspection.text(in: language))
            lines.append(contentsOf: latest.lines(indent: "  "))
        } else {
            lines.append(ScoreReportText.noCompletedInspectionYet.text(in: language))
        }
        if !inspections.isEmpty {
            lines.append("")
            lines.append(ScoreReportText.inspectionTrendOldestFirst.text(in: language))
            lines.append(contentsOf: Self.table(inspections.map(TrendPoint.init), language: language))
        }
        lines.append("")
        if selfChecks.isEmpty {
            lines.append(ScoreReportText.selfChecksNoneCompleted.text(in: language))
        } else {
            lines.append(ScoreReportText.selfChecksReportedApartFrom.text(in: language))
            if let latest = latestSelfCheck {
                lines.append("  " + ScoreReportText.latestSession.text(in: language) + "\(latest.session.id)  "
                             + LayerBars.headline(level: latest.score.level, language: language))
            }
            lines.append(contentsOf: Self.table(selfChecks.map(TrendPoint.init), language: language))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `日期        会话  L      人防   物防   技防   联防` and one row per point.
    static func table(_ points: [TrendPoint], language: Language) -> [String] {
        let sessionWidth = max(TextWidth.of(ScoreReportText.sessionColumn.text(in: language)), points.map { String($0.session).count }.max() ?? 0)
        let columnWidth = max(5, Layer.allCases.map { TextWidth.of($0.name(language)) }.max() ?? 0)
        var header = "  " + TextWidth.pad(ScoreReportText.date.text(in: language), to: 10) + "  "
            + TextWidth.pad(ScoreReportText.sessionColumn.text(in: language), to: sessionWidth, alignment: .trailing) + "  "
            + TextWidth.pad("L", to: 5, alignment: .trailing)
        for layer in Layer.allCases {
            header += "  " + TextWidth.pad(layer.name(language), to: columnWidth, alignment: .trailing)
        }
        var lines = [header]
        for point in points {
            var row = "  " + TextWidth.pad(point.date, to: 10) + "  "
                + TextWidth.pad(String(point.session), to: sessionWidth, alignment: .trailing) + "  "
                + TextWidth.pad(LayerBars.number(point.level), to: 5, alignment: .trailing)
            for layer in Layer.allCases {
                row += "  " + TextWidth.pad(LayerBars.number(point.layers[layer]), to: columnWidth, alignment: .trailing)
            }
            lines.append(row)
        }
        return lines
    }
}
