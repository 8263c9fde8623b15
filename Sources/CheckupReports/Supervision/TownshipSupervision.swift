import CheckupCore
import Foundation

/// The supervision part of a township's reports (issue 17): the colour distribution now (a
/// four-colour bar and a table), due and overdue counts, the enterprises whose colour changed in
/// the period, and the grid patrols per enterprise in the period (joint defence, 联防). Values
/// only: the caller grades and reads the patrols.
public struct TownshipSupervision: Sendable {
    /// Patrols of one enterprise in the period.
    public struct PatrolRow: Sendable, Hashable {
        /// The enterprise.
        public var enterprise: Enterprise
        /// How many patrols.
        public var count: Int
        /// How many were referred to the station.
        public var referred: Int
        /// The latest.
        public var last: Date
    }

    /// Colours counted on the day of the grading.
    public let summary: ColourSummary
    /// Colour changes from the period's start to its end (empty without a start).
    public let changes: [ColourChange]
    /// Patrols per enterprise, most first (then name).
    public let patrols: [PatrolRow]
    /// The language of the texts.
    public let language: Language

    /// The part for `grades` (graded on `day`), `changes`, and `patrols` of `enterprises`.
    public init(grades: [SupervisionGrade], day: CalendarDay, changes: [ColourChange], patrols: [Patrol],
                enterprises: [Enterprise], language: Language) {
        summary = ColourSummary(grades, on: day)
        self.changes = changes
        self.language = language
        let byCode = Dictionary(enterprises.map { ($0.creditCode, $0) }, uniquingKeysWith: { first, _ in first })
        var rows: [String: PatrolRow] = [:]
        for patrol in patrols {
            guard let enterprise = byCode[patrol.enterpriseCode] else { continue }
            var row = rows[patrol.enterpriseCode] ?? PatrolRow(enterprise: enterprise, count: 0, referred: 0, last: patrol.patrolledAt)
            row.count += 1
            if patrol.referred { row.referred += 1 }
            row.last = max(row.last, patrol.patrolledAt)
            rows[patrol.enterpriseCode] = row
        }
        self.patrols = rows.values.sorted { lhs, rhs in
            if lhs.count != rhs.count { return lhs.count > rhs.count }
            if lhs.enterprise.name != rhs.enterprise.name { return lhs.enterprise.name < rhs.enterprise.name }
            return lhs.enterprise.creditCode < rhs.enterprise.creditCode
        }
    }

    /// JSON: `colours` (counts, due_today, overdue), `changes[]`, `patrols[]`.
    public struct JSON: Codable, Equatable, Sendable {
        /// Patrols of one enterprise.
        public struct PatrolJSON: Codable, Equatable, Sendable {
            public var credit_code: String
            public var name: String
            public var patrols: Int
            public var referred: Int
            public var last: String
        }

        public var colours: ColourCountsJSON
        public var changes: [ColourChangeJSON]
        public var patrols: [PatrolJSON]
    }

    /// The JSON of this part.
    public func json() -> JSON {
        JSON(colours: ColourCountsJSON(summary), changes: changes.map(ColourChangeJSON.init),
             patrols: patrols.map {
                 JSON.PatrolJSON(credit_code: $0.enterprise.creditCode, name: $0.enterprise.name, patrols: $0.count,
                                 referred: $0.referred, last: Timestamp.iso($0.last))
             })
    }

    /// The four-colour bar (one stacked bar, red to blue), in the style of the report's charts.
    public func bar() -> String {
        SVGBarChart(title: SupervisionText.colourDistributionTitle.text(in: language), categories: [""],
                    series: RiskColour.allCases.map {
                        .init(name: $0.name(language), color: $0.hex, values: [Double(summary.counts[$0] ?? 0)])
                    }, stacked: true, height: 160).svg()
    }

    /// Lines for a terminal (`score --township`).
    public func text() -> String {
        var lines = ["", SupervisionText.colourDistributionTitle.text(in: language) + ":"]
        lines.append("  " + SupervisionText.countsLine.text(summary.counts[.red] ?? 0, summary.counts[.orange] ?? 0,
                                                            summary.counts[.yellow] ?? 0, summary.counts[.blue] ?? 0,
                                                            summary.total, in: language))
        lines.append("  " + SupervisionText.dueLine.text(summary.dueToday, summary.overdue, in: language))
        for change in changes {
            lines.append("  " + SupervisionText.changeLine.text(change.enterprise.creditCode, change.enterprise.name,
                                                                change.from?.name(language) ?? "—",
                                                                change.to.name(language), in: language))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What the township template shows.
    struct View {
        struct ColourRow {
            let name: String
            let count: Int
            let hex: String
        }
        struct ChangeRow {
            let name: String
            let creditCode: String
            let from: String
            let to: String
        }
        struct PatrolView {
            let name: String
            let creditCode: String
            let count: Int
            let referred: Int
            let last: String
        }
        let title: String
        let bar: String
        let colourRows: [ColourRow]
        let dueText: String
        let changesTitle: String
        let hasChanges: Bool
        let changes: [ChangeRow]
        let patrolsTitle: String
        let hasPatrols: Bool
        let patrols: [PatrolView]
        let noPatrols: String
        let colourLabel: String
        let countLabel: String
        let patrolCountLabel: String
        let referredLabel: String
        let lastLabel: String
    }

    var view: View {
        View(title: SupervisionText.colourDistributionTitle.text(in: language), bar: bar(),
             colourRows: RiskColour.allCases.map {
                 View.ColourRow(name: $0.name(language), count: summary.counts[$0] ?? 0, hex: $0.hex)
             },
             dueText: SupervisionText.dueLine.text(summary.dueToday, summary.overdue, in: language),
             changesTitle: SupervisionText.changesInPeriod.text(in: language), hasChanges: !changes.isEmpty,
             changes: changes.map {
                 View.ChangeRow(name: $0.enterprise.name, creditCode: $0.enterprise.creditCode,
                                from: $0.from?.name(language) ?? "—", to: $0.to.name(language))
             },
             patrolsTitle: SupervisionText.patrolsTitle.text(in: language), hasPatrols: !patrols.isEmpty,
             patrols: patrols.map {
                 View.PatrolView(name: $0.enterprise.name, creditCode: $0.enterprise.creditCode, count: $0.count,
                                 referred: $0.referred, last: Timestamp.day($0.last))
             },
             noPatrols: SupervisionText.noPatrols.text(in: language),
             colourLabel: SupervisionText.colourLabel.text(in: language),
             countLabel: SupervisionText.colourCount.text(in: language),
             patrolCountLabel: SupervisionText.patrolCount.text(in: language),
             referredLabel: SupervisionText.patrolReferredCount.text(in: language),
             lastLabel: SupervisionText.patrolLast.text(in: language))
    }
}
