import Foundation
import Testing

/// docs/cli.md must keep up with the commands: every subcommand the binary lists has a line
/// there that names it.
@Suite("CLI reference")
struct DocsCLITests {
    /// Subcommand names listed under SUBCOMMANDS in a help text.
    static func subcommands(_ help: String) -> [String] {
        guard let start = help.range(of: "SUBCOMMANDS:") else { return [] }
        return help[start.upperBound...].split(separator: "\n").compactMap { line in
            guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
            let name = line.trimmingCharacters(in: .whitespaces).split(separator: " ").first.map(String.init)
            return name == "See" ? nil : name
        }
    }

    @Test func everyCommandIsDocumentedInCLIReference() throws {
        let runner = try CLIRunner()
        let doc = try String(contentsOf: TemporaryStation.repositoryRoot.appendingPathComponent("docs/cli.md"), encoding: .utf8)
        var missing: [String] = []
        for top in Self.subcommands(try runner.run(["--help"]).stdout) {
            let nested = Self.subcommands(try runner.run([top, "--help"]).stdout)
            for name in nested.isEmpty ? [top] : nested.map({ "\(top) \($0)" }) where !doc.contains("checkup \(name)") {
                missing.append(name)
            }
        }
        #expect(missing.isEmpty, "docs/cli.md does not mention: \(missing)")
    }

    @Test func everyCommandHasHelpWithAnOverview() throws {
        let runner = try CLIRunner()
        for top in Self.subcommands(try runner.run(["--help"]).stdout) {
            let help = try runner.run([top, "--help"])
            #expect(help.status == 0 && help.stdout.hasPrefix("OVERVIEW:"), "\(help)")
        }
    }
}
