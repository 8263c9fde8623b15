import ArgumentParser
import CheckupCore
import Foundation

/// `checkup enterprise update CODE`
struct EnterpriseUpdate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Change an enterprise's details (更新企业信息).",
        discussion: """
        Only the options given change; an empty value (--grid "") clears an optional field. \
        Example: checkup enterprise update 91330782MA2E6X0D1T --tags hazchem,confined-space \
        --standardisation 3 --employees 45 --grid-member 王五. An unknown tag is refused with the \
        list of known ones.
        """
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var languageOptions: LanguageOptions

    @Argument(help: ArgumentHelp("Credit code.", valueName: "code"))
    var code: String

    @Option(help: "Registered name.")
    var name: String?
    @Option(help: "Township (乡镇/街道).")
    var township: String?
    @Option(help: "Industry (行业).")
    var industry: String?
    @Option(help: "Address.")
    var address: String?
    @Option(help: "Contact person and telephone.")
    var contact: String?
    @Option(name: .customLong("legal-representative"), help: ArgumentHelp(
        "Legal representative (法定代表人).", valueName: "name"))
    var legalRepresentative: String?
    @OptionGroup var profile: ProfileOptions

    func run() throws {
        let station = try station.openStation()
        var enterprise = try station.requireEnterprise(code)
        for (label, value) in [("name", name), ("township", township)] {
            if let value, Names.normalised(value).isEmpty { throw ValidationError("--\(label) must not be empty") }
        }
        if let name { enterprise.name = Names.normalised(name) }
        if let township { enterprise.township = Names.normalised(township) }
        if let industry { enterprise.industry = Names.normalisedOrNil(industry) }
        if let address { enterprise.address = Names.normalisedOrNil(address) }
        if let contact { enterprise.contact = Names.normalisedOrNil(contact) }
        if let legalRepresentative { enterprise.legalRepresentative = Names.normalisedOrNil(legalRepresentative) }
        enterprise = try profile.applied(to: enterprise)
        try enterprise.checkLengths { "--" + $0.replacingOccurrences(of: "_", with: "-") }
        // Updating keeps the registration date; `now` is used only for a new registration.
        try station.store.saveEnterprise(enterprise, update: true, now: Date())
        Terminal.output(SupervisionText.enterpriseUpdated.text(enterprise.creditCode, enterprise.name) + "\n")
    }
}
