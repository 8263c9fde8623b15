import ArgumentParser
import CheckupCore
import CheckupReports
import CheckupServer
import CheckupStore

/// `checkup compare`: self-check against inspection.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare self-checks with inspections (自查对比).",
        discussion: """
        --enterprise CODE: the latest completed inspection against the latest completed \
        self-check on the same checklist, item by item: agreed, self-check said pass but the \
        inspector found fail (自查不实), and the reverse. The reliability rate\nis agreed / items \
        examined (pass or fail) by both; na and unanswered items are not counted.

        --township T: every registered enterprise of the township by reliability, worst first; \
        enterprises lacking a self-check or an inspection come last.

        JSON (--enterprise): enterprise, self_check, inspection (session, checklist, version, \
        performed_at, completed_at, by), agreed, self_pass_inspector_fail, \
        self_fail_inspector_pass, examined_by_both, reliability (null when nothing was examined \
        by both), items[] (item, title, self_check, inspection, outcome, notes). JSON \
        (--township): township, enterprises[] (credit_code, name, reliability, counts, sessions).
        """
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var formatOptions: FormatOptions
    @OptionGroup var languageOptions: LanguageOptions

    @Option(help: ArgumentHelp("Credit code of a registered enterprise.", valueName: "code"))
    var enterprise: String?
    @Option(help: ArgumentHelp("Township: list its enterprises by reliability.", valueName: "name"))
    var township: String?

    func validate() throws {
        if (enterprise == nil) == (township == nil) {
            throw ValidationError(UsageText.compareOneTarget.text())
        }
    }

    func run() throws {
        let station = try station.openStation()
        let language = languageOptions.lang
        if let enterprise {
            let report = try station.comparison(enterprise: enterprise, language: language)
            switch formatOptions.format {
            case .json: Terminal.output(try JSONOutput.encode(report.json()))
            case .text: Terminal.output(report.text())
            }
        } else if let township {
            let report = TownshipCompareReport(township: Names.normalised(township),
                                               pairs: try station.pairs(township: Names.normalised(township)),
                                               language: language)
            switch formatOptions.format {
            case .json: Terminal.output(try JSONOutput.encode(report.json()))
            case .text: Terminal.output(report.text())
            }
        }
    }
}
