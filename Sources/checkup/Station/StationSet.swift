import ArgumentParser
import CheckupCore
import Foundation

/// `checkup station set`: stores the fields given, keeps the others.
struct StationSet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Set the station's identity (设置体检站信息).",
        discussion: """
        Sets only the fields given and keeps the others; an empty value ("") clears a field. \
        Values are trimmed. Refused (exit 1, nothing saved): a control character (line break, \
        tab), a value longer than its limit (name and district 60 characters, short name 30, \
        notice prefix 16, address 200, telephone 40), a telephone with anything but digits, \
        spaces and + - ( ) , / 、 转. Creates the station database if it does not exist yet.

        --notice-prefix is the notice number's prefix (金东安体 in\n金东安体〔2026〕第0012号); \
        unset, it is derived from the name: the last place\nname before 区, 县, 市, 镇,\n乡 or \
        街道, at most four characters, followed by 安体.
        """
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var languageOptions: LanguageOptions
    @OptionGroup var nowOptions: NowOptions

    @Option(help: ArgumentHelp("Full name, e.g. 金东区安全生产体检站.", valueName: "text"))
    var name: String?

    @Option(name: .customLong("short-name"), help: ArgumentHelp("Short name, e.g. 金东体检站.", valueName: "text"))
    var shortName: String?

    @Option(name: .customLong("notice-prefix"), help: ArgumentHelp(
        "Notice number prefix, e.g. 金东安体.", valueName: "text"))
    var noticePrefix: String?

    @Option(help: ArgumentHelp("Postal address.", valueName: "text"))
    var address: String?

    @Option(help: ArgumentHelp("Telephone.", valueName: "text"))
    var phone: String?

    @Option(help: ArgumentHelp("District (县/区) the station serves.", valueName: "text"))
    var district: String?

    /// The options given, by field.
    private var given: [(StationIdentity.Field, String)] {
        let values: [(StationIdentity.Field, String?)] = [
            (.name, name), (.shortName, shortName), (.noticePrefix, noticePrefix),
            (.address, address), (.phone, phone), (.district, district),
        ]
        return values.compactMap { field, value in value.map { (field, $0) } }
    }

    func run() throws {
        let language = languageOptions.lang
        guard !given.isEmpty else { throw CLIError(StationText.nothingToSet.text(in: language)) }
        // Every value is checked before the database is opened: a refusal creates no file.
        let cleaned = try given.map { field, value throws(StationIdentityError) in
            (field, try StationIdentity.cleaned(value, for: field))
        }
        let store = try station.openStore(creating: true)
        var identity = try store.stationIdentity()
        for (field, value) in cleaned { identity[field] = value }
        try store.saveStationIdentity(identity, now: nowOptions.date)
        Terminal.output(StationText.saved.text(in: language) + "\n")
    }
}
