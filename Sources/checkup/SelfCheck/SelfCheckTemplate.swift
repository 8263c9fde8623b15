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
        discussion: """
        The form lists every item that applies to the enterprise (its industry and the profile), \
        each after a comment giving its title, guidance (查验方法) and legal basis, as \
        <result item="ID" status=""> with an empty <note>. The enterprise block is filled from \
        the register. The enterprise sets each status to pass, fail or na, writes a note for \
        every fail, fills in performed-at and performed-by, and returns the file. A blank status \
        is refused by `checkup import` ("not answered"); to leave an item unchecked, delete its \
        result. Written to stdout (also with -o -), or to FILE with -o: a regular file is replaced \
        atomically, a device or FIFO written through, anything else refused.
        """
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
        let document = SelfCheckWriter.template(checklist: checklist, enterprise: registered, profile: chosen, items: items)
        let data = try SelfCheckWriter.write(document, annotatedWith: checklist, language: languageOptions.lang)
        if let output, output != "-" {
            try AtomicFile.write(data, to: output)
            Terminal.error("\(output): \(items.count) items (\(checklist.id) \(checklist.version))")
        } else {
            Terminal.output(data)
        }
    }
}
