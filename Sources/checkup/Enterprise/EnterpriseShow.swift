import ArgumentParser
import CheckupCore
import CheckupReports

/// `checkup enterprise show CODE`
struct EnterpriseShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one enterprise and its sessions (查看企业).",
        discussion: """
        JSON: the enterprise's fields (credit_code, name, township, industry, address, contact, \
        legal_representative, code_valid, risk_tags, standardisation, employees, grid, grid_member) plus sessions[] (id, \
        kind, status, checklist, started_at).
        """
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var formatOptions: FormatOptions

    @Argument(help: ArgumentHelp("Credit code.", valueName: "code"))
    var code: String

    func run() throws {
        let store = try station.openStore()
        let normalised = CreditCode.normalise(code)
        guard let enterprise = try store.enterprise(normalised) else {
            // A mistyped code is the likelier cause: say what is wrong with it first.
            switch CreditCode.validate(normalised) {
            case .failure(.wrongCheckCharacter(let expected, _)):
                throw CLIError(UsageText.wrongCheckCharacter.text(normalised, expected))
            case .failure(let error):
                throw CLIError(error.message(for: normalised))
            case .success:
                throw SessionError.unknownEnterprise(normalised)
            }
        }
        let sessions = try store.sessions(enterprise: enterprise.creditCode, checklistID: nil, kind: nil, status: nil)
        switch formatOptions.format {
        case .json:
            Terminal.output(try JSONOutput.encode(EnterpriseJSON(enterprise, sessions: sessions)))
        case .text:
            var lines = [
                "\(enterprise.name)",
                "统一社会信用代码  \(enterprise.creditCode)" + (enterprise.codeValid ? "" : "  (校验未通过 check failed)"),
                "乡镇            \(enterprise.township)",
            ]
            if let industry = enterprise.industry { lines.append("行业            \(industry)") }
            if let address = enterprise.address { lines.append("地址            \(address)") }
            if let contact = enterprise.contact { lines.append("联系人          \(contact)") }
            if let person = enterprise.legalRepresentative {
                lines.append(PeopleText.legalRepresentativeLine.text(person, in: .zh))
            }
            lines += SupervisionProfileText.lines(enterprise)
            lines.append("")
            lines.append(sessions.isEmpty ? "无检查记录 (no sessions)" : "检查记录 (sessions):")
            lines += sessions.map { SessionSummaryJSON($0).line }
            Terminal.output(lines.joined(separator: "\n") + "\n")
        }
    }
}
