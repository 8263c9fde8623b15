import Foundation
import Testing

/// The binary works from any folder, as a new user runs it: schemas, checklists and the demo's
/// samples are built in, and nothing it only reads leaves a database behind.
@Suite("A binary that works anywhere")
struct NewcomerCLITests {
    /// An empty scratch folder to run in, removed afterwards by the caller.
    static func emptyFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("checkup-newcomer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func versionIsPrinted() throws {
        let result = try CLIRunner().run(["--version"])
        #expect(result.status == 0)
        #expect(result.trimmedStdout.range(of: #"^\d+\.\d+\.\d+$"#, options: .regularExpression) != nil)
    }

    @Test func theShippedChecklistsAreListedFromAnEmptyFolder() throws {
        let folder = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner(workingDirectory: folder).run(["checklist", "list"])
        #expect(result.status == 0, "\(result)")
        for id in ["gm-general", "hazchem", "small-premises"] {
            #expect(result.stdout.contains(id))
        }
        // Each shipped checklist in its current edition (2026.2) and the one before (2026.1).
        #expect(result.stdout.components(separatedBy: "[内置]").count == 7)
    }

    @Test func aStationsOwnChecklistReplacesTheBuiltInOneOfTheSameVersion() throws {
        let folder = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let own = folder.appendingPathComponent("own")
        try FileManager.default.createDirectory(at: own, withIntermediateDirectories: true)
        let shipped = try String(contentsOf: TemporaryStation.repositoryRoot.appendingPathComponent("checklists/hazchem.xml"),
                                 encoding: .utf8)
        let retitled = shipped.replacingOccurrences(of: "危险化学品使用和储存安全检查表", with: "本站危化品检查表")
        #expect(retitled != shipped)
        try retitled.write(to: own.appendingPathComponent("hazchem.xml"), atomically: true, encoding: .utf8)
        let result = try CLIRunner(environment: ["CHECKUP_CATALOG": own.path], workingDirectory: folder)
            .run(["checklist", "list", "--format", "json"])
        #expect(result.status == 0, "\(result)")
        let rows = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [[String: Any]])
        let hazchem = rows.filter { $0["id"] as? String == "hazchem" && $0["version"] as? String == "2026.2" }
        #expect(hazchem.count == 1)
        #expect(hazchem.first?["title"] as? String == "本站危化品检查表")
        #expect((hazchem.first?["file"] as? String)?.hasSuffix("own/hazchem.xml") == true)
        // The two other current editions and the three 2026.1 editions stay built in.
        #expect(rows.filter { ($0["file"] as? String)?.hasPrefix("built-in/") == true }.count == 5)
    }

    @Test(arguments: [
        ["enterprise", "list"], ["session", "list"], ["hazard", "list"], ["session", "show", "3"],
        ["inspect", "--enterprise", "91350100M000100Y43", "--checklist", "gm-general", "--inspector", "张三"],
        ["report", "ledger", "--format", "csv"], ["score", "--township", "孝顺镇"],
    ])
    func aCommandThatRecordsNothingCreatesNoDatabase(arguments: [String]) throws {
        let folder = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner(workingDirectory: folder).run(arguments)
        #expect(result.status != 139 && result.status != 132, "\(result)")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(left.isEmpty, "\(arguments) left \(left)")
    }

    @Test func registeringAnEnterpriseCreatesTheDatabase() throws {
        let folder = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner(workingDirectory: folder).run(
            ["enterprise", "add", "--credit-code", "91350100M000100Y43", "--name", "金华测试企业", "--township", "孝顺镇"])
        #expect(result.status == 0, "\(result)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("checkup.sqlite").path))
    }

    @Test func theDemoRunsFromAnEmptyFolderOnItsBuiltInSamples() throws {
        let folder = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner(workingDirectory: folder).run(["demo"])
        #expect(result.status == 0, "\(result)")
        let ledger = folder.appendingPathComponent("demo-output/ledger.csv")
        let rows = try String(contentsOf: ledger, encoding: .utf8).split(whereSeparator: \.isNewline)
        #expect(rows.count > 5)
        let withRepositorySamples = try CLIRunner(workingDirectory: folder).run(
            ["demo", "--output", "from-repository",
             "--samples", TemporaryStation.repositoryRoot.appendingPathComponent("samples").path])
        #expect(withRepositorySamples.status == 0, "\(withRepositorySamples)")
        #expect(try Data(contentsOf: ledger)
            == Data(contentsOf: folder.appendingPathComponent("from-repository/ledger.csv")))
    }
}

/// The confirmation of a file written speaks the process's language.
@Suite("Written-file confirmation")
struct WroteConfirmationCLITests {
    @Test func aReportWrittenToAFileIsConfirmedInChineseByDefaultAndEnglishOnRequest() throws {
        let folder = try NewcomerCLITests.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let runner = try CLIRunner(workingDirectory: folder)
        #expect(try runner.run(["demo"]).status == 0)
        let database = folder.appendingPathComponent("demo-output/checkup.sqlite").path
        let zh = try runner.run(["report", "ledger", "--database", database, "--format", "csv", "-o", "l.csv"])
        #expect(zh.status == 0 && zh.stderr == "已写入 l.csv\n", "\(zh)")
        let en = try runner.run(["report", "ledger", "--database", database, "--format", "csv", "-o", "l.csv", "--lang", "en"])
        #expect(en.status == 0 && en.stderr == "wrote l.csv\n", "\(en)")
    }
}
