import ArgumentParser
import CheckupCore
import CheckupImport
import CheckupReports
import CheckupStore
import Foundation

/// `checkup import PATH...`: bulk import of enterprise self-check files.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import self-check files and Excel forms (导入自查).",
        discussion: """
        PATH is a self-check file or Excel form, or a directory searched recursively for *.xml \
        and *.xlsx (hidden files and directories, and ~$ lock files, skipped). Each file is read with the secure streaming parser, validated \
        against schema/selfcheck-1.xsd of the catalog, and checked: the checklist id and version \
        exist in the catalog, every item exists and appears once and is answered, items excluded \
        by the profile are not answered, a fail has a note, the credit code is valid and \
        registered, performed-at is not in the future. A good file becomes one completed \
        self-check session, stored whole in one transaction; a refused file leaves nothing behind. \
        Format: docs/selfcheck-format.md. Encodings: UTF-8 (with or without BOM), UTF-16, and \
        GBK/GB18030 when the XML declaration names them.

        An Excel form (`selfcheck template --format xlsx`, filled in Excel, WPS or LibreOffice; \
        directories are searched for *.xlsx too) is read as the self-check it stands for and \
        held to the same rules; its refusals name the cell (FORM.xlsx 自查表!H12：…). Refused \
        as well: encrypted workbooks, macros (.xlsm), workbooks that are not Checkup forms or \
        whose hidden identity or rows were changed, files over 16 MB. A workbook saved again \
        without a change is a duplicate: a form is hashed as the self-check it stands for.

        Importing is idempotent: a file whose content was imported before is a duplicate and is \
        skipped. A corrected file (same enterprise, checklist and performed-at, other content) \
        supersedes the earlier submission, which is kept in the history as superseded.

        Output: each refusal as file:line:col: reason on stderr, corrections on stdout, then a \
        summary (imported, superseded, duplicates, refused). A progress line is shown on stderr \
        when it is a terminal. --format json prints one document: files[] with file, status \
        (imported, superseded, duplicate, refused), session, replaced_session, errors[] (file, \
        line, column, message), and summary.

        Exit status: 0 when every file was imported or skipped as a duplicate, 1 when any file \
        was refused (the good ones stay imported).

        Environment: CHECKUP_IMPORT_THREADS sets the reading threads (default: one per \
        processor), CHECKUP_IMPORT_WINDOW the files read ahead of the database (default 256, and at most 6 MB of them), \
        CHECKUP_IMPORT_READER_NICENESS how much nicer the reading threads run than the one \
        writing the database (default 10; 0 for the same priority). Figures: docs/performance.md.
        """
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var formatOptions: FormatOptions
    @OptionGroup var nowOptions: NowOptions

    @Argument(help: ArgumentHelp("Self-check files or directories.", valueName: "path"))
    var paths: [String]

    @Flag(help: "Register enterprises missing from the register from the file's enterprise block.")
    var register = false

    func validate() throws {
        if paths.isEmpty { throw ValidationError(UsageText.nameSelfCheckPaths.text()) }
    }

    func run() throws {
        // A path that is not there is a typing slip, not a refused submission: say so before
        // anything is opened or counted.
        if let missing = paths.first(where: { !FileManager.default.fileExists(atPath: $0) }) {
            throw CLIError(FileText.noSuchFile.text(missing))
        }
        let store = try station.openStore(creating: true)
        let catalog = try SelfCheckCatalog(catalog: station.catalogOptions.open())
        let environment = ProcessInfo.processInfo.environment
        var options = SelfCheckImporter.Options(register: register, now: nowOptions.date)
        if let threads = environment["CHECKUP_IMPORT_THREADS"].flatMap(Int.init), threads > 0 {
            options.threads = threads
        }
        if let window = environment["CHECKUP_IMPORT_WINDOW"].flatMap(Int.init), window > 0 {
            options.window = window
        }
        if let niceness = environment["CHECKUP_IMPORT_READER_NICENESS"].flatMap(Int32.init), niceness >= 0 {
            options.readerNiceness = niceness
        }
        let importer = SelfCheckImporter(catalog: catalog, store: store, options: options)
        let json = formatOptions.format == .json
        var stream = SelfCheckImportReport.JSONStream()
        if json { Terminal.output(Data(stream.begin().utf8)) }
        var progress = ProgressLine(enabled: Terminal.stderrIsTerminal)
        let summary = try importer.run(paths: paths, outcome: { outcome in
            if json {
                Terminal.output(Data(try stream.entry(outcome).utf8))
            } else {
                let lines = SelfCheckImportReport.lines(outcome)
                if !lines.stderr.isEmpty || !lines.stdout.isEmpty { progress.clear() }
                for line in lines.stderr { Terminal.error(line) }
                for line in lines.stdout { Terminal.output(line + "\n") }
            }
        }, progress: { done, total in
            progress.show(done: done, total: total)
        })
        progress.clear()
        if json {
            Terminal.output(Data(try stream.end(summary).utf8))
        } else {
            Terminal.output(SelfCheckImportReport.summaryLine(summary) + "\n")
        }
        if summary.refused > 0 { throw ExitCode(1) }
    }
}

/// `导入 1234/10000` on stderr, redrawn in place at most five times a second, for imports long
/// enough to need it (shown only when stderr is a terminal).
struct ProgressLine {
    let enabled: Bool
    private let started = Date()
    private var lastShown = Date.distantPast
    private var visible = false

    init(enabled: Bool) {
        self.enabled = enabled
    }

    mutating func show(done: Int, total: Int) {
        guard enabled, total >= 20 else { return }
        let now = Date()
        guard now.timeIntervalSince(lastShown) >= 0.2 || done == total, now.timeIntervalSince(started) >= 0.5 else { return }
        lastShown = now
        let rate = Double(done) / max(now.timeIntervalSince(started), 0.001)
        let line = String(format: "\r导入 importing %d/%d  (%.0f files/s)", done, total, rate)
        try? FileHandle.standardError.write(contentsOf: Data(line.utf8))
        visible = true
    }

    mutating func clear() {
        guard visible else { return }
        try? FileHandle.standardError.write(contentsOf: Data("\r\u{1B}[K".utf8))
        visible = false
    }
}
