import ArgumentParser
import CheckupCore
import Foundation

/// `checkup enterprise import FILE.csv`
struct EnterpriseImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import the township's enterprise list from CSV.",
        discussion: """
        UTF-8 with or without BOM, a header row, one enterprise per row. Columns are found by \
        name, English or Chinese: credit_code/统一社会信用代码, name/企业名称, township/乡镇 \
        (required), industry/行业, address/地址, contact/联系人 (optional). Bad rows are reported \
        by line and skipped; good rows are kept (registered, or updated if already registered). \
        Exit status 1 if any row was refused. A file over 16 MB is refused unread.
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
        let store = try station.openStore(creating: true)
        let now = nowOptions.date
        var added = 0
        var updated = 0
        for enterprise in result.enterprises {
            let exists = try store.enterprise(enterprise.creditCode) != nil
            try store.saveEnterprise(enterprise, update: true, now: now)
            if exists { updated += 1 } else { added += 1 }
        }
        for warning in result.warnings { Terminal.error("\(file):\(warning.line):1: warning: \(warning.message)") }
        for problem in result.problems { Terminal.error("\(file):\(problem.line):\(problem.column): \(problem.message)") }
        Terminal.output("\(file): \(added) registered, \(updated) updated, \(result.problems.count) refused\n")
        if !result.problems.isEmpty { throw ExitCode(1) }
    }
}
