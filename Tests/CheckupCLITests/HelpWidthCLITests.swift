import CheckupCore
import Foundation
import Testing

/// Help stays English, but reads well on an 80-column terminal with Chinese in it, and names
/// each command in Chinese too (issue 15 §2).
@Suite("Help width and Chinese names (CLI)")
struct HelpWidthCLITests {
    /// Every command path, from the root down (`[]`, `["checklist"]`, `["checklist", "show"]`, …).
    static func commandPaths(_ runner: CLIRunner) throws -> [[String]] {
        var paths: [[String]] = []
        var pending: [[String]] = [[]]
        while let path = pending.popLast() {
            paths.append(path)
            let help = try runner.run(path + ["--help"]).stdout
            pending += DocsCLITests.subcommands(help).map { path + [$0] }
        }
        return paths
    }

    @Test("every help line but the generated USAGE line fits 80 columns, a Chinese character counting as two")
    func helpFitsEightyColumns() throws {
        let runner = try CLIRunner()
        var wide: [String] = []
        for path in try Self.commandPaths(runner) {
            let help = try runner.run(path + ["--help"])
            #expect(help.status == 0, "\(help)")
            for line in help.stdout.split(separator: "\n") where !line.hasPrefix("USAGE:") {
                let width = TextWidth.of(String(line))
                if width > 80 { wide.append("checkup \(path.joined(separator: " ")) --help (\(width)): \(line)") }
            }
        }
        #expect(wide.isEmpty, "\(wide.joined(separator: "\n"))")
    }

    @Test("every command's overview names it in Chinese too")
    func everyAbstractHasChinese() throws {
        let runner = try CLIRunner()
        var english: [String] = []
        for path in try Self.commandPaths(runner) {
            let help = try runner.run(path + ["--help"]).stdout
            let overview = help.split(separator: "\n").first.map(String.init) ?? ""
            if !overview.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) }) {
                english.append("checkup \(path.joined(separator: " ")): \(overview)")
            }
        }
        #expect(english.isEmpty, "\(english.joined(separator: "\n"))")
    }
}
