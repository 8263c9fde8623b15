import ArgumentParser
import CheckupCore
import Foundation

/// `checkup inspector add --name … --certificate … [--phone …]`
struct InspectorAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Register an inspector with a certificate number (登记检查人员).",
        discussion: """
        Values are trimmed and their white space normalised, as session names are. Refused \
        (exit 1, nothing saved): an empty name or certificate, either longer than 40 \
        characters, a telephone with anything but digits, spaces and + - ( ) , / 、 转, a name \
        already registered. Creates the station database if it does not exist yet.
        """
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var languageOptions: LanguageOptions
    @OptionGroup var nowOptions: NowOptions

    @Option(help: ArgumentHelp("Name, as sessions record it.", valueName: "text"))
    var name: String

    @Option(help: ArgumentHelp("Certificate number (执法证/资格证号).", valueName: "text"))
    var certificate: String

    @Option(help: ArgumentHelp("Telephone.", valueName: "text"))
    var phone: String?

    func run() throws {
        // Checked before the database is opened: a refusal creates no file.
        let inspector = try Inspector.cleaned(name: name, certificate: certificate, phone: phone)
        let store = try station.openStore(creating: true)
        try store.addInspector(inspector, now: nowOptions.date)
        Terminal.output(InspectorText.added.text(inspector.name, inspector.certificate, in: languageOptions.lang) + "\n")
    }
}
