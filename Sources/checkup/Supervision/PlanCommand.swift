import ArgumentParser
import CheckupCore
import CheckupReports
import Foundation

/// `checkup plan --township T`
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan who is due, riskiest first (检查计划).",
        discussion: """
        Every enterprise whose next inspection falls due on or before the as-of day plus --days \
        (its colour's interval after its last inspection; never inspected: due on the as-of day), \
        ordered by colour (red first), then days overdue (most first), then due day. --assign \
        张三,李四 --per-day 5 spreads the list over the inspectors, 5 visits each a day from the \
        as-of day. Formats: text, json (keys: township, as_of, days, enterprises[]{credit_code, \
        name, colour, last_inspection, due, days_overdue, open_hazards, grid_member, inspector, \
        visit_date}), csv (UTF-8 with BOM, for Excel) and ics (iCalendar, RFC 5545: one all-day \
        event per visit on its visit day; DTSTAMP is --now).
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, csv, ics
    }

    @OptionGroup var station: StationOptions
    @OptionGroup var languageOptions: LanguageOptions
    @OptionGroup var nowOptions: NowOptions
    @OptionGroup var policyOptions: PolicyOptions
    @OptionGroup var output: ReportOutputOptions

    @Option(help: ArgumentHelp("Township (乡镇/街道).", valueName: "name"))
    var township: String

    @Option(name: .customLong("as-of"), help: ArgumentHelp("First day of the plan (default: the day of --now).",
                                                           valueName: "date"))
    var asOf: String?

    @Option(help: ArgumentHelp("Days after the as-of day to look ahead (0: only what is due by then).",
                               valueName: "n"))
    var days: Int = 30

    @Option(help: "Output format: text, json, csv or ics.")
    var format: Format = .text

    @Option(help: ArgumentHelp("Inspectors to spread the visits over, comma-separated.", valueName: "names"))
    var assign: String?

    @Option(name: .customLong("per-day"), help: ArgumentHelp("With --assign: visits per inspector a day.",
                                                             valueName: "n"))
    var perDay: Int = 5

    func validate() throws {
        guard days >= 0, days <= 3650 else { throw ValidationError("--days must be between 0 and 3650") }
        guard perDay >= 1, perDay <= 100 else { throw ValidationError("--per-day must be between 1 and 100") }
        if let asOf { _ = try DateOption.parse("--as-of", asOf) }
        if let assign, inspectors(assign).isEmpty { throw ValidationError(SupervisionText.badAssign.text()) }
    }

    private func inspectors(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" }).compactMap { Names.normalisedOrNil(String($0)) }
    }

    func run() throws {
        let policy = try policyOptions.load()
        let now = nowOptions.date
        let day = try asOf.map { CalendarDay(try DateOption.parse("--as-of", $0)) } ?? CalendarDay(now)
        var plan = try station.openStation().visitPlan(township: township, policy: policy, now: now, asOf: day,
                                                       days: days)
        if let assign { plan = plan.assigned(to: inspectors(assign), perDay: perDay) }
        switch format {
        case .text: try output.emit(Data(PlanExport.text(township: township, plan).utf8))
        case .json: try output.emit(try JSONOutput.encode(PlanJSON(township: township, plan: plan)))
        case .csv: try output.emit(Data(PlanExport.csv(plan).utf8))
        case .ics: try output.emit(Data(PlanExport.ics(township: township, plan, stamp: now).utf8))
        }
    }
}
