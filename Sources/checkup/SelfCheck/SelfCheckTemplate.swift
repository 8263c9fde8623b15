import ArgumentParser
import CheckupCore
import CheckupReports
import CheckupStore
import Foundation

/// `checkup selfcheck template`: a blank self-check form for one enterprise.
struct SelfCheckTemplate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Write a blank self-check form (自查表模板).",
        discussion: HelpText.wrap("""
        The form lists every item that applies to the enterprise (its industry and the profile), \
        each after a comment giving its title, guidance (查验方法) and legal basis, as \
        <result item="ID" status=""> with an empty <note>. The enterprise block is filled from \
        the register. The enterprise sets each status to pass, fail or na, writes a note for \
        every fail, fills in performed-at and performed-by, and returns the file. A blank status \
        is refused by `checkup import` ("not answered"); to leave an item unchecked, delete its \
        result. Written to stdout (also with -o -), or to FILE with -o: a regular file is replaced \
        atomically, a device or FIFO written through, anything else refused.

        --format xlsx writes the same form as an Excel workbook (opens in Excel, WPS and \
        LibreOffice): one sheet 自查表 with a header block, one row per item under bold section \
        rows, a 结果 drop-down (符合/不符合/不适用), a 问题描述 shaded red while a 不符合 lacks one, \
        the sheet protected (no password) so that only the cells to fill in can be edited, printed \
        A4 landscape fit to width; the form's identity is on a hidden sheet. `checkup import` \
        reads the returned .xlsx like a self-check file; `checkup selfcheck convert` shows the \
        self-check it stands for. --format html writes one self-contained web page that works \
        offline in any browser and saves the self-check file (XML). docs/selfcheck-format.md.
        """)
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var languageOptions: LanguageOptions

    @Option(help: ArgumentHelp("Checklist id (the newest version in the catalog) or XML file.", valueName: "id|file"))
    var checklist: String
    @Option(help: ArgumentHelp("Credit code of a registered enterprise.", valueName: "code"))
    var enterprise: String
    @Option(help: ArgumentHelp("Checklist profile, e.g. no-dust.", valueName: "profile"))
    var profile: String?
    @Option(name: .shortAndLong, help: ArgumentHelp("Write the form to this file instead of stdout.", valueName: "file"))
    var output: String?
    @Option(help: ArgumentHelp("Form: xml (a self-check file to edit), xlsx (Excel/WPS) or html (a browser form).",
                               valueName: "format"))
    var format: SelfCheckFormFormat = .xml

    func validate() throws {
        // A workbook is binary: written to a terminal it would only garble the screen.
        if format == .xlsx, output == nil || output == "-", Terminal.stdoutIsTerminal {
            throw ValidationError("--format xlsx writes a workbook: name the file with -o FORM.xlsx")
        }
    }

    func run() throws {
        let station = try station.openStation()
        let registered = try station.requireEnterprise(enterprise)
        let loaded = try station.catalog.resolve(checklist)
        let checklist = loaded.checklist
        var chosen: ChecklistProfile?
        if let profile {
            guard let found = checklist.profile(profile) else {
                throw ChecklistError.unknownProfile(profile, checklist: checklist.id, known: checklist.profiles.map(\.id))
            }
            chosen = found
        }
        let items = checklist.applicableItems(profile: chosen, industry: registered.industry)
        let data: Data
        switch format {
        case .xml:
            let document = SelfCheckWriter.template(checklist: checklist, enterprise: registered, profile: chosen, items: items)
            data = try SelfCheckWriter.write(document, annotatedWith: checklist, language: languageOptions.lang)
        case .xlsx, .html:
            let content = SelfCheckFormContent(checklist: checklist, checklistHash: loaded.contentHash, enterprise: registered,
                                               profile: chosen, items: items, language: languageOptions.lang)
            data = format == .xlsx ? try SelfCheckFormXLSX.data(content, created: Date())
                : try SelfCheckFormHTML.data(content)
        }
        if let output, output != "-" {
            try AtomicFile.write(data, to: output)
            Terminal.error(FormText.templateWritten.text(output, items.count, checklist.id, checklist.version))
        } else {
            Terminal.output(data)
        }
    }
}

/// The forms `selfcheck template` writes.
enum SelfCheckFormFormat: String, ExpressibleByArgument, CaseIterable {
    /// The self-check file itself, annotated, for a text editor or `selfcheck fill`.
    case xml
    /// The Excel form.
    case xlsx
    /// The browser form.
    case html
}
