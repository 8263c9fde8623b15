import ArgumentParser
import CheckupCore
import CheckupReports
import CheckupStore

/// `checkup checklist list`
struct ChecklistList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the checklists in the catalog (检查表清单).",
        discussion: """
        One line per checklist: id, version, item count, title and where it came from — built in \
        (内置) or the station's file from --catalog/CHECKUP_CATALOG, which replaces a built-in \
        checklist of the same id and version. Files in the catalog that do not load are reported \
        on stderr and make the exit status 1. JSON: an array of objects with id, version, title, \
        items, file (`built-in/NAME.xml` for a shipped checklist).
        """
    )

    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var formatOptions: FormatOptions
    @OptionGroup var languageOptions: LanguageOptions

    struct Row: Codable {
        var id: String
        var version: String
        var title: String
        var items: Int
        var file: String
    }

    func run() throws {
        let catalog = try catalogOptions.open()
        let (loaded, problems) = catalog.all()
        let rows = loaded.map {
            Row(id: $0.checklist.id, version: $0.checklist.version,
                title: $0.checklist.title.text(languageOptions.lang), items: $0.checklist.items.count, file: $0.path)
        }
        switch formatOptions.format {
        case .json:
            Terminal.output(try JSONOutput.encode(rows))
        case .text:
            let idWidth = max(2, rows.map { TextWidth.of($0.id) }.max() ?? 0)
            for row in rows {
                let source = row.file.hasPrefix(ChecklistCatalog.builtInPrefix)
                    ? CatalogText.builtIn.text(in: languageOptions.lang) : row.file
                Terminal.output("\(TextWidth.pad(row.id, to: idWidth))  \(TextWidth.pad(row.version, to: 8))  \(String(row.items).leftPadded(4))  \(row.title)  [\(source)]\n")
            }
        }
        for problem in problems {
            for diagnostic in problem.diagnostics { Terminal.error(diagnostic.description) }
        }
        if !problems.isEmpty { throw ExitCode(1) }
    }
}

extension String {
    /// Right-aligns in `width` columns.
    func leftPadded(_ width: Int) -> String {
        String(repeating: " ", count: max(0, width - TextWidth.of(self))) + self
    }
}
