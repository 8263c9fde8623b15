import ArgumentParser
import CheckupCore
import CheckupReports

/// `checkup enterprise list`
struct EnterpriseList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List registered enterprises (企业列表).",
        discussion: """
        Ordered by township, then name. JSON: an array of objects with credit_code, name, \
        township, industry, address, contact, code_valid.
        """
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var formatOptions: FormatOptions

    @Option(help: "Only this township.")
    var township: String?

    func run() throws {
        let enterprises = try station.openStore().enterprises(township: township.map(Names.normalised))
        switch formatOptions.format {
        case .json:
            Terminal.output(try JSONOutput.encode(enterprises.map(EnterpriseJSON.init)))
        case .text:
            Terminal.output(EnterpriseJSON.table(enterprises))
        }
    }
}
