import CheckupCore
import Foundation

/// Stable JSON of one enterprise's grade (`enterprise grade --format json`, and each entry of
/// `grade --format json`). Keys as issue 17 names them: `colour`, `reasons` [{`rule`, `detail`}],
/// `last_inspection`, `next_due`; the rest are the numbers the rules read.
public struct GradeJSON: Codable, Equatable, Sendable {
    /// One rule that fired.
    public struct Reason: Codable, Equatable, Sendable {
        public var rule: String
        public var colour: String
        public var detail: String
    }

    /// A manual override in force.
    public struct Override: Codable, Equatable, Sendable {
        public var colour: String
        public var reason: String
        public var set_by: String
        public var set_at: String
        public var expires_at: String
    }

    public var credit_code: String
    public var name: String
    public var township: String
    public var colour: String
    public var rule_colour: String
    public var reasons: [Reason]
    @NullEncoded public var last_inspection: String?
    public var next_due: String
    public var interval_days: Int
    @NullEncoded public var level: Double?
    public var open_hazards: Int
    public var open_major_hazards: Int
    public var overdue_hazards: Int
    @NullEncoded public var untrue_self_check_items: Int?
    public var risk_tags: [String]
    @NullEncoded public var grid_member: String?
    @NullEncoded public var override: Override?

    /// The JSON of `grade`.
    public init(_ grade: SupervisionGrade) {
        let facts = grade.facts
        credit_code = facts.enterprise.creditCode
        name = facts.enterprise.name
        township = facts.enterprise.township
        colour = grade.colour.rawValue
        rule_colour = grade.ruleColour.rawValue
        reasons = grade.reasons.map { Reason(rule: $0.rule, colour: $0.colour.rawValue, detail: $0.detail) }
        last_inspection = facts.lastInspection.map { CalendarDay($0).description }
        next_due = grade.nextDue.description
        interval_days = grade.intervalDays
        level = facts.level.map { $0.roundedTo(places: 3) }
        open_hazards = facts.openHazards
        open_major_hazards = facts.openMajorHazards
        overdue_hazards = facts.overdueHazards
        untrue_self_check_items = facts.untrueSelfCheckItems
        risk_tags = facts.enterprise.tags.map(\.rawValue)
        grid_member = facts.enterprise.gridMember
        override = facts.override.flatMap { override in
            guard grade.reasons.first?.rule == "override" else { return nil }
            return Override(colour: override.colour.rawValue, reason: override.reason, set_by: override.setBy,
                            set_at: Timestamp.iso(override.setAt), expires_at: Timestamp.iso(override.expiresAt))
        }
    }

    /// The grade as text for a terminal, in the current language.
    public static func text(_ grade: SupervisionGrade) -> String {
        let facts = grade.facts
        var lines = ["\(facts.enterprise.name)  \(facts.enterprise.creditCode)"]
        lines.append("\(SupervisionText.colourLabel.text())  \(grade.colour.name())"
                     + (grade.colour != grade.ruleColour ? "  (\(grade.ruleColour.name()))" : ""))
        let last = facts.lastInspection.map { CalendarDay($0).description } ?? SupervisionText.neverLabel.text()
        var lastLine = "\(SupervisionText.lastInspectionLabel.text())  \(last)"
        if let level = facts.level { lastLine += "  L = " + String(format: "%.3f", level) }
        lines.append(lastLine)
        lines.append("\(SupervisionText.nextDueLabel.text())  \(grade.nextDue)  (\(SupervisionText.intervalLabel.text(grade.intervalDays)))")
        lines.append("\(SupervisionText.reasonsLabel.text()):")
        for reason in grade.reasons {
            lines.append("  [\(reason.colour.name())] \(reason.rule): \(reason.detail)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// A colour change between two gradings, as JSON.
public struct ColourChangeJSON: Codable, Equatable, Sendable {
    public var credit_code: String
    public var name: String
    @NullEncoded public var from: String?
    public var to: String

    /// The JSON of `change`.
    public init(_ change: ColourChange) {
        credit_code = change.enterprise.creditCode
        name = change.enterprise.name
        from = change.from?.rawValue
        to = change.to.rawValue
    }
}

/// The colour distribution as JSON: counts per colour, due today and overdue.
public struct ColourCountsJSON: Codable, Equatable, Sendable {
    public var red: Int
    public var orange: Int
    public var yellow: Int
    public var blue: Int
    public var total: Int
    public var due_today: Int
    public var overdue: Int

    /// The JSON of `summary`.
    public init(_ summary: ColourSummary) {
        red = summary.counts[.red] ?? 0
        orange = summary.counts[.orange] ?? 0
        yellow = summary.counts[.yellow] ?? 0
        blue = summary.counts[.blue] ?? 0
        total = summary.total
        due_today = summary.dueToday
        overdue = summary.overdue
    }
}

/// `grade --township T --format json`: the counts, every enterprise's grade and the changes since
/// `--since`.
public struct TownshipGradeJSON: Codable, Equatable, Sendable {
    @NullEncoded public var township: String?
    public var as_of: String
    public var counts: ColourCountsJSON
    public var enterprises: [GradeJSON]
    @NullEncoded public var since: String?
    public var changes: [ColourChangeJSON]

    /// The JSON of a township's grades at `now`, and the changes since `since` when given.
    public init(township: String?, now: Date, grades: [SupervisionGrade], since: Date?, changes: [ColourChange]) {
        self.township = township
        as_of = Timestamp.iso(now)
        counts = ColourCountsJSON(ColourSummary(grades, on: CalendarDay(now)))
        enterprises = grades.map(GradeJSON.init)
        self.since = since.map(Timestamp.iso)
        self.changes = changes.map(ColourChangeJSON.init)
    }

    /// The same as text: counts, due, the list (riskiest first) and the changes.
    public static func text(township: String?, now: Date, grades: [SupervisionGrade], since: Date?,
                            changes: [ColourChange]) -> String {
        let summary = ColourSummary(grades, on: CalendarDay(now))
        var lines = [township.map { SupervisionText.gradeTownshipTitle.text($0, CalendarDay(now).description) }
            ?? SupervisionText.gradeAllTitle.text(CalendarDay(now).description)]
        lines.append(SupervisionText.countsLine.text(summary.counts[.red] ?? 0, summary.counts[.orange] ?? 0,
                                                     summary.counts[.yellow] ?? 0, summary.counts[.blue] ?? 0,
                                                     summary.total))
        lines.append(SupervisionText.dueLine.text(summary.dueToday, summary.overdue))
        lines.append("")
        let ordered = grades.sorted { lhs, rhs in
            if lhs.colour != rhs.colour { return lhs.colour < rhs.colour }
            return lhs.nextDue < rhs.nextDue
        }
        let nameWidth = max(4, ordered.map { TextWidth.of($0.enterprise.name) }.max() ?? 0)
        for grade in ordered {
            let last = grade.facts.lastInspection.map { CalendarDay($0).description } ?? SupervisionText.neverLabel.text()
            lines.append("\(TextWidth.pad(grade.colour.name(), to: 6)) \(grade.enterprise.creditCode)  "
                         + "\(TextWidth.pad(grade.enterprise.name, to: nameWidth))  \(last)  → \(grade.nextDue)")
        }
        if let since {
            lines.append("")
            lines.append(SupervisionText.changesTitle.text(CalendarDay(since).description))
            if changes.isEmpty { lines.append("  " + SupervisionText.noChanges.text()) }
            for change in changes {
                lines.append("  " + SupervisionText.changeLine.text(change.enterprise.creditCode, change.enterprise.name,
                                                                    change.from?.name() ?? "—", change.to.name()))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
