import ArgumentParser
import CheckupCore
import Foundation

/// `checkup enterprise import FILE.csv`
struct EnterpriseImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import the enterprise list from CSV (导入企业名单).",
        discussion: """
        UTF-8 with or without BOM, a header row, one enterprise per row. Columns are found by \
        name, English or Chinese: credit_code/统一社会信用代码, name/企业名称,\ntownship/乡镇 \
        (required), industry/行业, address/地址, contact/联系人,\nlegal_representative/法定代表人 \
        (optional; an empty cell keeps what is\nregistered), and the supervision \
        profile: risk_tags/风险标签 (tags separated by\nspaces, commas or 、; an unknown tag refuses \
        the row with the known ones),\nstandardisation/标准化等级 (1, 2, 3, none or 一级…未达标),\n\
        employees/从业人员, grid/网格, grid_member/网格员 (optional; an\nempty profile cell keeps \
        what is registered). The list is stored whole \
        or not at all, in one transaction: rows are registered, or updated if already registered; \
        if any row is refused, every bad row is reported by line, nothing is stored and the exit \
        status is 1. A file over 16 MB is refused unread.
        """
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var nowOptions: NowOptions

    @Argument(help: ArgumentHelp("CSV file.", valueName: "file"))
    var file: String

    @Flag(name: .customLong("allow-invalid-code"), help: "Accept codes that fail the check, with a warning.")
    var allowInvalidCode = false

    func run() throws {
        let text: String
        do {
            text = try EnterpriseCSV.contents(ofFile: file)
        } catch {
            throw CLIError("\(file): \(error)")
        }
        let result: EnterpriseCSV.Result
        do {
            result = try EnterpriseCSV.read(text, allowInvalidCodes: allowInvalidCode)
        } catch {
            throw CLIError("\(file):\(error)")
        }
        for warning in result.warnings { Terminal.error(EnterpriseText.warningLine.text("\(file):\(warning.line):1", warning.message)) }
        for problem in result.problems { Terminal.error("\(file):\(problem.line):\(problem.column): \(problem.message)") }
        guard result.problems.isEmpty else {
            Terminal.error(EnterpriseText.nothingStored.text(file, result.problems.count))
            throw ExitCode(1)
        }
        let store = try station.openStore(creating: true)
        let (added, updated) = try store.saveEnterprises(result.enterprises, now: nowOptions.date)
        Terminal.output(EnterpriseText.imported.text(file, added, updated) + "\n")
    }
}
