import ArgumentParser
import CheckupCore
import CheckupStore

/// `checkup checklist validate FILE...`
struct ChecklistValidate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check checklist files against the XSD (校验检查表).",
        discussion: """
        Every problem is printed on its own line as file:line:col: message — XSD violations, \
        duplicate ids, refs to nothing, non-positive weights, items without a title or basis, \
        texts longer than their limits (a title 200 characters, a basis 1,000, other texts 4,000). \
        Hostile XML (entity declarations, external references) is refused.

        Exit status: 0 all files valid, 1 any file invalid, 2 usage error.
        """
    )

    @OptionGroup var catalogOptions: CatalogOptions

    @Argument(help: ArgumentHelp("Checklist XML files.", valueName: "file"))
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError(CatalogText.giveFiles.text()) }
    }

    func run() throws {
        let catalog = try catalogOptions.open()
        var invalid = 0
        for file in files {
            do {
                let loaded = try catalog.load(file: file)
                let checklist = loaded.checklist
                Terminal.output(CatalogText.valid.text(file, checklist.id, checklist.version, checklist.items.count) + "\n")
            } catch {
                invalid += 1
                for diagnostic in error.diagnostics {
                    Terminal.error(diagnostic.description)
                }
            }
        }
        if invalid > 0 {
            Terminal.error(CatalogText.invalidCount.text(invalid, files.count))
            throw ExitCode(1)
        }
    }
}
