import ArgumentParser
import CheckupCore
import CheckupReports
import CheckupStore

/// `checkup checklist show ID|FILE`
struct ChecklistShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a checklist, its items and weights (查看检查表).",
        discussion: """
        Names a checklist by id (looked up in the catalog; the highest version wins) or by file. \
        With --profile, the items the profile excludes are left out. JSON keys: id, version, \
        title, lang, profile, profiles, items, layers.<layer>.items|weight, weights, deadlines, \
        sections[] (id, title, items[], sections[]).
        """
    )

    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var formatOptions: FormatOptions
    @OptionGroup var languageOptions: LanguageOptions

    @Argument(help: ArgumentHelp("Checklist id (e.g. gm-general) or XML file.", valueName: "id|file"))
    var checklist: String

    @Option(help: ArgumentHelp("Apply a profile (e.g. no-dust).", valueName: "profile"))
    var profile: String?

    func run() throws {
        let loaded = try catalogOptions.open().resolve(checklist).checklist
        var selected: ChecklistProfile?
        if let profile {
            guard let found = loaded.profile(profile) else {
                throw ChecklistError.unknownProfile(profile, checklist: loaded.id, known: loaded.profiles.map(\.id))
            }
            selected = found
        }
        let report = ChecklistReport(checklist: loaded, profile: selected, language: languageOptions.lang)
        switch formatOptions.format {
        case .text: Terminal.output(report.text())
        case .json: Terminal.output(try JSONOutput.encode(report.json()))
        }
    }
}
