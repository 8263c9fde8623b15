import ArgumentParser
import CheckupCore
import CheckupReports
import CheckupServer
import Foundation

/// Formats of `checkup report township`.
enum TownshipFormat: String, ExpressibleByArgument, CaseIterable {
    case html
    case json
}

/// `checkup report township T`: the township's checkups, hazards and levels over a period.
struct ReportTownship: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "township",
        abstract: "Write the township report (乡镇报告).",
        discussion: """
        Over the enterprises registered in the township and the period (--from/--to; --to covers \
        its whole day, UTC+8; either may be left open): completed inspections and self-checks \
        started in the period; hazards found in the period, counted as every output counts \
        them (the report's 口径说明): found = not\nrectified (open or rectifying) + awaiting \
        verification + verified (复查销号,\nafter rectification) + fixed on site (现场整改, closed \
        during the inspection, counted apart); closed (已销号) = verified + fixed on site; \
        overdue = not closed and past the deadline as of --now — in total, by severity, layer \
        and source; rectification rate = closed ÷ found; on-time rate = closed at or before the \
        deadline ÷ closed; the defence levels from each enterprise's latest completed \
        inspection in the period (as `checkup score --township`): mean L, mean layer scores, the \
        four level bands, how many reach 2.0; the five worst self-check reliabilities (agreed ÷ \
        items examined by both, latest self-check and inspection on the same checklist, shown \
        with the two sessions' dates); the \
        monthly trend of hazards found and closed; enterprises not inspected. An open end of \
        the period is printed as the first (or last) day of the data in it.

        html: one self-contained document for A4 with inline SVG charts (hazards by layer, level \
        distribution, monthly trend); no scripts, no external files.

        json keys: township, from, to, generated_at, enterprises{registered, inspected, \
        not_inspected}, sessions{inspections, self_checks}, hazards{total, by_severity.<major|\
        general>, by_layer.<human|physical|technical|joint>, by_source.<inspection|self_check>}, \
        each {found, rectified, awaiting_verification, verified, fixed_on_site, closed, open, \
        overdue, closed_on_time, rectification_rate, on_time_rate}; levels{count, mean_level, mean_layers{human, physical, technical, joint}, \
        covered{…}, bands{"1.00-1.25", "1.25-1.50", "1.50-1.75", "1.75-2.00"}, reached_2_0}; \
        reliability{compared, worst[]{credit_code, name, self_check_session, \
        inspection_session, agreed, examined, self_pass_inspector_fail, reliability}}; \
        trend[]{month, found, verified (closed that month)}; not_inspected[]{credit_code, name}; \
        supervision{colours{red, orange, yellow, blue, total, due_today, overdue}, changes[]{credit_code, \
        name, from, to} (since --from), patrols[]{credit_code, name, patrols, referred, last}} (colours \
        by the supervision policy, docs/supervision.md). Rates and scores \
        are fractions to 3 decimals, null when undefined.

        Refused (exit 1): a township with no registered enterprises.
        """
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var nowOptions: NowOptions
    @OptionGroup var languageOptions: LanguageOptions
    @OptionGroup var output: ReportOutputOptions
    @OptionGroup var policyOptions: PolicyOptions

    @Argument(help: ArgumentHelp("Township (乡镇/街道) as registered.", valueName: "township"))
    var township: String

    @Option(help: ArgumentHelp("First day of the period (ISO 8601 date or time, UTC+8).", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Last day of the period, inclusive of that whole day.", valueName: "date"))
    var to: String?

    @Option(help: "Output format: html or json.")
    var format: TownshipFormat

    func validate() throws {
        if township.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError(UsageText.mustNotBeEmpty.text("TOWNSHIP"))
        }
        for (label, value) in [("--from", from), ("--to", to)] {
            if let value, Timestamp.parse(value) == nil {
                throw ValidationError(UsageText.notISODateOrTime.text(label, value))
            }
        }
        if let period = ScorePeriod(from: from, to: to), period.isEmpty {
            throw ValidationError(UsageText.periodEmpty.text())
        }
    }

    func run() throws {
        guard let period = ScorePeriod(from: from, to: to) else {
            throw ValidationError(UsageText.periodNotDates.text())
        }
        let report = try station.openStation().townshipReport(Names.normalised(township), period: period,
                                                              now: nowOptions.date, language: languageOptions.lang,
                                                              policy: try policyOptions.load())
        switch format {
        case .json: try output.emit(try JSONOutput.encode(report.json()))
        case .html: try output.emit(Data(try report.html().utf8))
        }
    }
}
