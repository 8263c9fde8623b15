import ArgumentParser
import CheckupCore
import CheckupStore
import Foundation

/// The checklist catalog: the shipped checklists, plus a station's own directory named by
/// `--catalog DIR` or `CHECKUP_CATALOG`.
struct CatalogOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A directory of the station's own checklists, added to the built-in ones (default: $CHECKUP_CATALOG).",
        valueName: "dir"))
    var catalog: String?

    /// Opens the catalog, compiling its schema.
    func open() throws -> ChecklistCatalog {
        try ChecklistCatalog(directory: ChecklistCatalog.defaultDirectory(
            explicit: catalog, environment: ProcessInfo.processInfo.environment))
    }
}

/// `--format text|json` for every command that reads data out.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

/// `--format text|json`, shared.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: text for people, json for scripts (stable keys, see docs/cli.md).")
    var format: OutputFormat = .text
}

/// `--lang zh|en`: Chinese by default, or what `CHECKUP_LANG` names.
struct LanguageOptions: ParsableArguments {
    @Option(name: .long, help: "Language of prompts and output: zh (default) or en; CHECKUP_LANG sets the default.")
    var lang: Language = .current
}

extension Language: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(tag: argument)
    }
}
