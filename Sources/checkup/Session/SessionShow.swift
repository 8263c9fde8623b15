import ArgumentParser
import CheckupCore
import CheckupReports

/// `checkup session show SESSION`
struct SessionShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a session's answers and hazards (查看会话).",
        discussion: """
        JSON keys: id, kind, status, enterprise{credit_code, name, township}, checklist{id, \
        version, hash}, profile, inspectors, started_at, completed_at, progress{answered, total}, \
        findings[]{item, title, layer, result, note, major, fixed_on_site, evidence[], \
        recorded_by, recorded_at}, history[]{item, old, new, old_note, new_note, by, at}.
        """
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var formatOptions: FormatOptions
    @OptionGroup var languageOptions: LanguageOptions

    @Argument(help: ArgumentHelp("Session id.", valueName: "session"))
    var session: Int64

    func run() throws {
        let station = try station.openStation()
        let opened = try station.open(session)
        let report = SessionReport(opened: opened, findings: try station.store.findings(session: session),
                                   history: try station.store.history(session: session), language: languageOptions.lang)
        switch formatOptions.format {
        case .json: Terminal.output(try JSONOutput.encode(report.json()))
        case .text: Terminal.output(report.text())
        }
    }
}
