import ArgumentParser
import CheckupCore
import CheckupReports
import Foundation

/// `checkup station show`: the stored identity, unset fields marked.
struct StationShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show the station's identity (查看体检站信息).",
        discussion: """
        text: one line per field, unset fields marked. json keys (stable): name, short_name, \
        notice_prefix, address, phone, district; null when unset. A database that does not \
        exist yet shows every field unset (and is not created).
        """
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var languageOptions: LanguageOptions
    @OptionGroup var formatOptions: FormatOptions

    func run() throws {
        let identity = try station.openStore().stationIdentity()
        switch formatOptions.format {
        case .json:
            Terminal.output(try JSONOutput.encode(StationIdentityJSON(identity)))
        case .text:
            Terminal.output(Self.text(identity, language: languageOptions.lang))
        }
    }

    /// The text form: label, padded, and value (or the not-set mark).
    static func text(_ identity: StationIdentity, language: Language) -> String {
        let labels: [(StationText, StationIdentity.Field)] = [
            (.name, .name), (.shortName, .shortName), (.noticePrefix, .noticePrefix),
            (.address, .address), (.phone, .phone), (.district, .district),
        ]
        let width = labels.map { TextWidth.of($0.0.text(in: language)) }.max() ?? 0
        return labels.map { label, field in
            var value = identity[field] ?? StationText.notSet.text(in: language)
            if field == .noticePrefix, identity.noticePrefix == nil {
                let name = identity.name ?? RectificationNotice.defaultStation
                value = StationText.derivedPrefix.text(NoticeNumber.abbreviation(of: name), in: language)
            }
            return TextWidth.pad(label.text(in: language), to: width) + "  " + value + "\n"
        }.joined()
    }
}

/// `station show --format json`: stable keys, null when unset.
struct StationIdentityJSON: Encodable {
    @NullEncoded var name: String?
    @NullEncoded var short_name: String?
    @NullEncoded var notice_prefix: String?
    @NullEncoded var address: String?
    @NullEncoded var phone: String?
    @NullEncoded var district: String?

    init(_ identity: StationIdentity) {
        name = identity.name
        short_name = identity.shortName
        notice_prefix = identity.noticePrefix
        address = identity.address
        phone = identity.phone
        district = identity.district
    }
}
