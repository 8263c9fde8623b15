import ArgumentParser
import CheckupCore
import CheckupReports
import CheckupStore

/// `checkup hazard show ID`
struct HazardShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one hazard with its history (查看隐患).",
        discussion: "JSON: the keys of `hazard list` plus history[] (from, to, by, at, note)."
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var formatOptions: FormatOptions
    @OptionGroup var languageOptions: LanguageOptions
    @OptionGroup var nowOptions: NowOptions

    @Argument(help: ArgumentHelp("Hazard id.", valueName: "id"))
    var id: Int64

    func run() throws {
        let store = try station.openStore()
        guard let hazard = try store.hazard(id) else { throw HazardError.unknownHazard(id) }
        let enterprise = try store.enterprise(hazard.enterpriseCode)
        let history = try store.hazardHistory(id)
        switch formatOptions.format {
        case .json:
            Terminal.output(try JSONOutput.encode(HazardJSON(hazard, enterprise: enterprise, now: nowOptions.date, history: history)))
        case .text:
            Terminal.output(HazardText.show(hazard, enterprise: enterprise, history: history, now: nowOptions.date,
                                            language: languageOptions.lang))
        }
    }
}
