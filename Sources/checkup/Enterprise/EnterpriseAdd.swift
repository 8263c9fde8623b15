import ArgumentParser
import CheckupCore

/// `checkup enterprise add`
struct EnterpriseAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Register an enterprise (登记企业).",
        discussion: HelpText.wrap("""
        Example: checkup enterprise add --credit-code 91350100M000100Y43 --name 金华某某机械有限公司 \
        --township 孝顺镇 --industry 机械 --tags dust,confined-space --standardisation 3 \
        --employees 45 --grid 孝顺镇第3网格 --grid-member 王五. An enterprise already registered is \
        refused unless --update is given (or use enterprise update to change some fields).
        """)
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var nowOptions: NowOptions

    @Option(name: .customLong("credit-code"), help: "Unified social credit code (18 characters).")
    var creditCode: String
    @Option(help: "Registered name.")
    var name: String
    @Option(help: "Township (乡镇/街道).")
    var township: String
    @Option(help: "Industry (行业), e.g. 机械; selects industry-specific items.")
    var industry: String?
    @Option(help: "Address.")
    var address: String?
    @Option(help: "Contact person and telephone.")
    var contact: String?
    @Option(name: .customLong("legal-representative"), help: ArgumentHelp(
        "Legal representative (法定代表人).", valueName: "name"))
    var legalRepresentative: String?
    @OptionGroup var profile: ProfileOptions
    @Flag(name: .customLong("allow-invalid-code"), help: "Accept a code that fails the check, with a warning.")
    var allowInvalidCode = false
    @Flag(help: "Replace the details of an enterprise already registered.")
    var update = false

    func run() throws {
        var valid = true
        let code: CreditCode
        switch CreditCode.validate(creditCode) {
        case .success(let checked):
            code = checked
        case .failure(let error):
            guard allowInvalidCode else { throw CLIError(error.message(for: creditCode)) }
            Terminal.error(EnterpriseText.acceptedWithFlag.text(error.message(for: creditCode)))
            code = CreditCode(unchecked: creditCode)
            valid = false
        }
        for (label, value) in [("name", name), ("township", township)] where Names.normalised(value).isEmpty {
            throw ValidationError(UsageText.mustNotBeEmpty.text("--\(label)"))
        }
        var enterprise = Enterprise(creditCode: code.value, name: Names.normalised(name),
                                    township: Names.normalised(township), industry: Names.normalisedOrNil(industry),
                                    address: Names.normalisedOrNil(address), contact: Names.normalisedOrNil(contact),
                                    codeValid: valid)
        enterprise.legalRepresentative = Names.normalisedOrNil(legalRepresentative)
        enterprise = try profile.applied(to: enterprise)
        try enterprise.checkLengths { "--" + $0.replacingOccurrences(of: "_", with: "-") }
        try station.openStore(creating: true).saveEnterprise(enterprise, update: update, now: nowOptions.date)
        Terminal.output((update ? EnterpriseText.updated : EnterpriseText.registered).text(enterprise.creditCode, enterprise.name) + "\n")
    }
}
