import CheckupCore
import Foundation

/// `checkup plan` as JSON, CSV, text or iCalendar. JSON keys as issue 17 names them:
/// `enterprises` [{`credit_code`, `name`, `colour`, `last_inspection`, `due`, `days_overdue`}],
/// with the open hazards, grid member and (with `--assign`) inspector and visit day beside them.
public struct PlanJSON: Codable, Equatable, Sendable {
    /// One planned visit.
    public struct Entry: Codable, Equatable, Sendable {
        public var credit_code: String
        public var name: String
        public var colour: String
        @NullEncoded public var last_inspection: String?
        public var due: String
        public var days_overdue: Int
        public var open_hazards: Int
        @NullEncoded public var grid_member: String?
        @NullEncoded public var inspector: String?
        public var visit_date: String
    }

    public var township: String
    public var as_of: String
    public var days: Int
    public var enterprises: [Entry]

    /// The JSON of `plan` for `township`.
    public init(township: String, plan: VisitPlan) {
        self.township = township
        as_of = plan.asOf.description
        days = plan.days
        enterprises = plan.visits.map { visit in
            let grade = visit.grade
            return Entry(credit_code: grade.enterprise.creditCode, name: grade.enterprise.name,
                         colour: grade.colour.rawValue,
                         last_inspection: grade.facts.lastInspection.map { CalendarDay($0).description },
                         due: grade.nextDue.description, days_overdue: visit.daysOverdue,
                         open_hazards: grade.facts.openHazards, grid_member: grade.enterprise.gridMember,
                         inspector: visit.inspector, visit_date: visit.visitDay.description)
        }
    }
}

/// The plan's other renderings.
public enum PlanExport {
    /// CSV with a header row in the current language, CRLF lines, cells made inert for
    /// spreadsheets (`CSV.field`), UTF-8 with a BOM so Excel reads the Chinese.
    public static func csv(_ plan: VisitPlan) -> String {
        var text = "\u{FEFF}" + SupervisionText.csvHeader.text() + "\r\n"
        for visit in plan.visits {
            let grade = visit.grade
            text += CSV.line([
                grade.enterprise.creditCode, grade.enterprise.name, grade.colour.name(),
                grade.facts.lastInspection.map { CalendarDay($0).description } ?? "", grade.nextDue.description,
                String(visit.daysOverdue), String(grade.facts.openHazards), grade.enterprise.gridMember ?? "",
                visit.inspector ?? "", visit.visitDay.description,
            ])
        }
        return text
    }

    /// The plan as text for a terminal: one line a visit, riskiest first.
    public static func text(township: String, _ plan: VisitPlan) -> String {
        guard !plan.visits.isEmpty else {
            return SupervisionText.planEmpty.text(township, plan.asOf.description, plan.days) + "\n"
        }
        var lines = [SupervisionText.planTitle.text(township, plan.asOf.description, plan.days, plan.visits.count)]
        let nameWidth = max(4, plan.visits.map { TextWidth.of($0.grade.enterprise.name) }.max() ?? 0)
        for visit in plan.visits {
            let grade = visit.grade
            let last = grade.facts.lastInspection.map { CalendarDay($0).description } ?? SupervisionText.neverLabel.text()
            var line = "\(TextWidth.pad(grade.colour.name(), to: 6)) \(grade.enterprise.creditCode)  "
                + "\(TextWidth.pad(grade.enterprise.name, to: nameWidth))  \(SupervisionText.lastInspectionLabel.text()) \(last)  "
                + "\(SupervisionText.dueLabel.text()) \(grade.nextDue)"
            if visit.daysOverdue > 0 { line += " (+\(visit.daysOverdue))" }
            line += "  \(SupervisionText.openHazardsLabel.text()) \(grade.facts.openHazards)"
            if let member = grade.enterprise.gridMember { line += "  \(SupervisionText.gridMemberLabel.text()) \(member)" }
            if let inspector = visit.inspector {
                line += "  \(visit.visitDay) \(SupervisionText.planAssigned.text(inspector))"
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The plan as an iCalendar file (RFC 5545): CRLF line endings, lines folded at 75 octets,
    /// one all-day VEVENT per visit on its visit day, each with a stable UID (credit code and
    /// day) and DTSTAMP `stamp` (`--now`).
    public static func ics(township: String, _ plan: VisitPlan, stamp: Date) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Checkup//Supervision plan//EN", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:" + escape(township),
        ]
        let dtstamp = utcStamp(stamp)
        for visit in plan.visits {
            let grade = visit.grade
            let last = grade.facts.lastInspection.map { CalendarDay($0).description } ?? SupervisionText.neverLabel.text()
            var summary = SupervisionText.icsSummary.text(grade.enterprise.name, grade.colour.name())
            if let inspector = visit.inspector { summary += " " + SupervisionText.planAssigned.text(inspector) }
            let description = SupervisionText.icsDescription.text(
                grade.enterprise.creditCode, grade.colour.name(), last, grade.nextDue.description, visit.daysOverdue,
                grade.facts.openHazards, grade.enterprise.gridMember ?? "—")
            lines += [
                "BEGIN:VEVENT",
                "UID:\(grade.enterprise.creditCode)-\(visit.visitDay.compact)@checkup",
                "DTSTAMP:\(dtstamp)",
                "DTSTART;VALUE=DATE:\(visit.visitDay.compact)",
                "DTEND;VALUE=DATE:\(visit.visitDay.adding(1).compact)",
                "SUMMARY:" + escape(summary),
                "DESCRIPTION:" + escape(description),
                "CATEGORIES:" + escape(grade.colour.rawValue),
            ]
            if let address = grade.enterprise.address { lines.append("LOCATION:" + escape(address)) }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined()
    }

    /// `20261201T010000Z`: a UTC date-time as RFC 5545 writes it.
    static func utcStamp(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - days * 86_400
        return CalendarDay(number: days).compact
            + String(format: "T%02d%02d%02dZ", rest / 3600, rest % 3600 / 60, rest % 60)
    }

    /// A TEXT value escaped (RFC 5545 3.3.11): backslash, semicolon, comma, newline; other
    /// control characters dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// One content line folded (RFC 5545 3.1): at most 75 octets a line, continuation lines
    /// starting with a space, never splitting a UTF-8 sequence; each line ends in CRLF.
    static func fold(_ line: String) -> String {
        var result = ""
        var current = 0
        var limit = 75
        for character in line.unicodeScalars {
            let size = String(character).utf8.count
            if current + size > limit {
                result += "\r\n "
                current = 0
                limit = 74
            }
            result.unicodeScalars.append(character)
            current += size
        }
        return result + "\r\n"
    }
}
