import ArgumentParser
import CheckupCore
import CheckupReports

/// `checkup session list`
struct SessionList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List sessions, newest first (会话列表).",
        discussion: "JSON: an array of objects with id, kind, status, enterprise, checklist, checklist_version, profile, inspectors, started_at, completed_at."
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var formatOptions: FormatOptions
    @OptionGroup var languageOptions: LanguageOptions

    @Option(help: ArgumentHelp("Only this enterprise (credit code).", valueName: "code"))
    var enterprise: String?
    @Option(help: "Only sessions with this status: open, completed or superseded.")
    var status: SessionStatus?
    @Option(help: "Only this kind: inspection or self-check.")
    var kind: SessionKind?

    func run() throws {
        let sessions = try station.openStore().sessions(enterprise: enterprise.map(CreditCode.normalise),
                                                        checklistID: nil, kind: kind, status: status)
        let rows = sessions.map(SessionSummaryJSON.init)
        switch formatOptions.format {
        case .json: Terminal.output(try JSONOutput.encode(rows))
        case .text:
            Terminal.output(rows.isEmpty ? "（无会话 no sessions）\n"
                : SessionSummaryJSON.table(rows, language: languageOptions.lang))
        }
    }
}

extension SessionStatus: ExpressibleByArgument {}
extension SessionKind: ExpressibleByArgument {}
