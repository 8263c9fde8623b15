import Foundation
import Testing

/// A scratch station with the shipped checklists and the sample enterprises of 孝顺镇.
enum SelfCheckCLIStation {
    static let now = "2026-11-29T09:00:00+08:00"
    static let jincheng = "91330703MA2HJ4C8XD"
    static var samples: URL { TemporaryStation.repositoryRoot.appendingPathComponent("samples/selfchecks") }

    static func make(register: Bool = true) throws -> TemporaryStation {
        let station = try TemporaryStation(checklists: [])
        for name in ["gm-general.xml", "hazchem.xml", "small-premises.xml"] {
            try FileManager.default.copyItem(at: TemporaryStation.repositoryRoot.appendingPathComponent("checklists/\(name)"),
                                             to: station.catalog.appendingPathComponent(name))
        }
        if register {
            let csv = TemporaryStation.repositoryRoot.appendingPathComponent("samples/enterprises.csv").path
            let registered = try station.run(["enterprise", "import", csv], now: now)
            #expect(registered.status == 0, "\(registered)")
        }
        return station
    }

    /// Writes a file into the station's directory and returns its path.
    @discardableResult
    static func write(_ station: TemporaryStation, _ name: String, _ text: String) throws -> String {
        let url = station.directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// The text of a sample with `replacing` pairs applied.
    static func sample(_ name: String, replacing pairs: [(String, String)] = []) throws -> String {
        var text = try String(contentsOf: samples.appendingPathComponent(name), encoding: .utf8)
        for (from, to) in pairs { text = text.replacingOccurrences(of: from, with: to) }
        return text
    }
}

/// `checkup import` through the real binary.
@Suite("Import end to end")
struct ImportCLITests {
    @Test func theSampleFolderImportsAndARerunIsANoOp() throws {
        let station = try SelfCheckCLIStation.make()
        let first = try station.run(["import", SelfCheckCLIStation.samples.path], now: SelfCheckCLIStation.now)
        #expect(first.status == 0, "\(first)")
        #expect(first.stdout.contains("共 8 个文件：导入 7，更正替代 1，重复跳过 0，拒收 0"), "\(first)")
        #expect(first.stdout.contains("03-jincheng-2026-11-02-corrected.xml: 更正件"), "\(first)")
        #expect(first.stderr.isEmpty, "no progress line when stderr is not a terminal: \(first)")
        let again = try station.run(["import", SelfCheckCLIStation.samples.path], now: SelfCheckCLIStation.now)
        #expect(again.status == 0 && again.stdout.contains("共 8 个文件：导入 0，更正替代 0，重复跳过 8，拒收 0"),
                "\(again)")
        let sessions = try station.run(["session", "list", "--kind", "self-check", "--format", "json"])
        #expect(try JSONSerialization.jsonObject(with: sessions.stdoutData) as? [[String: Any]] != nil)
        #expect(sessions.stdout.components(separatedBy: "\"superseded\"").count == 2, "\(sessions)")
    }

    @Test func aRefusedFileExitsOneWithFileLineColumnAndTheGoodOnesStayImported() throws {
        let station = try SelfCheckCLIStation.make()
        let good = try SelfCheckCLIStation.write(station, "in/a-good.xml", try SelfCheckCLIStation.sample("04-hengyuan-2026-11-05.xml"))
        let bad = try SelfCheckCLIStation.write(station, "in/b-old-form.xml", try SelfCheckCLIStation.sample(
            "06-hemei-2026-11-08.xml", replacing: [(#"checklist-version="2026.1""#, #"checklist-version="2025.3""#)]))
        let result = try station.run(["import", station.directory.appendingPathComponent("in").path], now: SelfCheckCLIStation.now)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("\(bad):2:1: 检查表 small-premises 没有版本“2025.3”（本站有：2026.1, 2026.2）"), "\(result)")
        #expect(result.stdout.contains("共 2 个文件：导入 1，更正替代 0，重复跳过 0，拒收 1"), "\(result)")
        #expect(!result.stderr.contains(good))
        let sessions = try station.run(["session", "list", "--format", "json"])
        #expect((try JSONSerialization.jsonObject(with: sessions.stdoutData) as? [Any])?.count == 1, "\(sessions)")
    }

    @Test func jsonListsEveryFileWithItsStatusSessionAndErrors() throws {
        let station = try SelfCheckCLIStation.make()
        let bad = try SelfCheckCLIStation.write(station, "twice.xml", try SelfCheckCLIStation.sample(
            "04-hengyuan-2026-11-05.xml", replacing: [(#"item="mgmt-02""#, #"item="mgmt-01""#)]))
        let good = SelfCheckCLIStation.samples.appendingPathComponent("04-hengyuan-2026-11-05.xml").path
        let result = try station.run(["import", good, bad, good, "--format", "json"], now: SelfCheckCLIStation.now)
        #expect(result.status == 1, "\(result)")
        let json = try result.jsonObject()
        let files = try #require(json["files"] as? [[String: Any]])
        #expect(files.map { $0["status"] as? String } == ["imported", "refused", "duplicate"])
        #expect(files[0]["session"] as? Int == 1 && files[2]["session"] as? Int == 1)
        let error = try #require((files[1]["errors"] as? [[String: Any]])?.first)
        #expect(error["file"] as? String == bad && error["line"] as? Int == 8 && error["column"] as? Int == 3)
        #expect((error["message"] as? String)?.hasPrefix("检查项 mgmt-01 出现两次（第一次在第 7 行）") == true, "\(error)")
        let summary = try #require(json["summary"] as? [String: Int])
        #expect(summary == ["files": 3, "imported": 1, "superseded": 0, "duplicates": 1, "refused": 1])
    }

    @Test func anUnregisteredEnterpriseNeedsRegister() throws {
        let station = try SelfCheckCLIStation.make(register: false)
        let file = SelfCheckCLIStation.samples.appendingPathComponent("06-hemei-2026-11-08.xml").path
        let refused = try station.run(["import", file], now: SelfCheckCLIStation.now)
        #expect(refused.status == 1 && refused.stderr.contains("\(file):3:3: 企业 92330703MA2HQ3T517"), "\(refused)")
        #expect(refused.stderr.contains("--register"))
        let registered = try station.run(["import", file, "--register"], now: SelfCheckCLIStation.now)
        #expect(registered.status == 0, "\(registered)")
        let shown = try station.run(["enterprise", "show", "92330703MA2HQ3T517", "--format", "json"])
        #expect(try shown.jsonObject()["name"] as? String == "金东区孝顺镇和美农家饭店", "\(shown)")
    }

    @Test func aFutureSelfCheckIsRefusedRelativeToNow() throws {
        let station = try SelfCheckCLIStation.make()
        let file = SelfCheckCLIStation.samples.appendingPathComponent("08-hengyuan-2026-11-25.xml").path
        let refused = try station.run(["import", file], now: "2026-11-20T00:00:00+08:00")
        #expect(refused.status == 1 && refused.stderr.contains("\(file):4:3: performed-at 2026-11-25T10:00:00+08:00 晚于当前时间"),
                "\(refused)")
    }

    @Test func withoutAPathImportIsAUsageError() throws {
        let station = try SelfCheckCLIStation.make(register: false)
        #expect(try station.run(["import"]).status == 2)
    }
}
