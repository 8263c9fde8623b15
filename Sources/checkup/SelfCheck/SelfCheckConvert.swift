import ArgumentParser
import CheckupCore
import CheckupImport
import CheckupStore
import CheckupXML
import Foundation

/// `checkup selfcheck convert FORM.xlsx`: the self-check file an Excel form stands for.
struct SelfCheckConvert: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Turn an Excel form into self-check XML (转换自查表).",
        discussion: HelpText.wrap("""
        Reads FORM.xlsx as `checkup import` does — the form's identity, its rows, every answer, \
        自查时间 and 自查人, the same rules as a self-check file — and writes the self-check file \
        it stands for, so that an enterprise or a township can see and keep what is imported. \
        Importing that file after the form (or the form after the file) is a duplicate: both \
        are the same self-check. A form that would be refused is refused here with the same \
        lines (FILE 自查表!H12：…) and exit status 1. Written to stdout, or to FILE with -o \
        (replaced atomically).
        """)
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var nowOptions: NowOptions

    @Argument(help: ArgumentHelp("The filled-in Excel form.", valueName: "form.xlsx"))
    var form: String
    @Option(name: .shortAndLong, help: ArgumentHelp("Write the self-check file here instead of stdout.", valueName: "file"))
    var output: String?

    func run() throws {
        guard SelfCheckFormReader.isWorkbook(form) else { throw CLIError(FormText.convertNeedsXLSX.text(form)) }
        if let problem = RegularFile.problem(form) { throw CLIError("\(form): \(problem)") }
        let catalog = try SelfCheckCatalog(catalog: station.catalogOptions.open())
        let bytes: Data
        do {
            bytes = try Data(contentsOf: URL(fileURLWithPath: form))
        } catch {
            throw CLIError("\(form): \(error.localizedDescription)")
        }
        let problems: [XMLDiagnostic]
        switch SelfCheckFormReader.read(bytes: bytes, file: form, catalog: catalog) {
        case .failure(let refusal):
            problems = refusal.problems
        case .success(let reading):
            let found = SelfCheckRules.check(reading.document, checklist: .found(reading.entry.index), now: nowOptions.date)
            if found.isEmpty {
                if let output, output != "-" {
                    try AtomicFile.write(reading.xml, to: output)
                    Terminal.error(FormText.converted.text(form, output, reading.document.results.count))
                } else {
                    Terminal.output(reading.xml)
                }
                return
            }
            problems = found
        }
        for problem in problems { Terminal.error(problem.description) }
        throw ExitCode(1)
    }
}
