import Foundation
import Testing

/// The input limits of docs/limits.md, through the real binary: refused with one clear line and
/// exit status 1, nothing stored.
@Suite("Input limits end to end")
struct LimitsCLITests {
    @Test func anEnterpriseListOver16MBIsRefusedBeforeReading() throws {
        let station = try TemporaryStation(checklists: ["mini.xml"])
        let url = station.directory.appendingPathComponent("huge.csv")
        #expect(FileManager.default.createFile(atPath: url.path, contents: Data("credit_code,name,township\n".utf8)))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(16 * 1_048_576 + 1))
        try handle.close()
        let result = try station.run(["enterprise", "import", url.path])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("huge.csv: 文件大小 16 MB，超过 16 MB 的上限"), "\(result)")
        #expect(!result.stdout.contains("登记"), "\(result)")
    }

    /// `mini.xml` with item m1's title, basis and guidance replaced.
    private func checklist(in station: TemporaryStation, title: String, basis: String = "《安全生产法》第四条",
                           guidance: String = "查看") throws -> URL {
        var text = try String(contentsOf: try TemporaryStation.fixture("mini.xml"), encoding: .utf8)
        text = text.replacingOccurrences(
            of: "<title>责任制</title><basis>《安全生产法》第四条</basis>",
            with: "<title>\(title)</title>\n      <guidance>\(guidance)</guidance>\n      <basis>\(basis)</basis>")
        let url = station.directory.appendingPathComponent("long.xml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// `checklist validate` on `mini.xml` with item m1's texts this many characters long.
    private func validate(title: Int, basis: Int, guidance: Int) throws -> CLIResult {
        let station = try TemporaryStation(checklists: ["mini.xml"])
        let url = try checklist(in: station, title: String(repeating: "题", count: title),
                                basis: String(repeating: "法", count: basis), guidance: String(repeating: "查", count: guidance))
        return try station.runner.run(["checklist", "validate", "--catalog", station.catalog.path, url.path])
    }

    @Test func checklistTextsAtTheirLimitsAreAccepted() throws {
        let result = try validate(title: 200, basis: 1000, guidance: 4000)
        #expect(result.status == 0, "\(result)")
    }

    @Test func checklistTextsPastTheirLimitsAreRefusedWhereTheyStand() throws {
        let result = try validate(title: 201, basis: 1001, guidance: 4001)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("long.xml:7:"), "\(result)")
        #expect(result.stderr.contains("<title> is 201 characters long; at most 200"), "\(result)")
        #expect(result.stderr.contains("long.xml:8:"), "\(result)")
        #expect(result.stderr.contains("<guidance> is 4001 characters long; at most 4000"), "\(result)")
        #expect(result.stderr.contains("long.xml:9:"), "\(result)")
        #expect(result.stderr.contains("<basis> is 1001 characters long; at most 1000"), "\(result)")
    }

    @Test func aNoteOver4000CharactersIsRefusedAndNothingIsRecorded() throws {
        let station = try SessionCLITests.station()
        let id = try SessionCLITests.start(station)
        let refused = try station.run(["record", id, "m1", "fail", "--note", String(repeating: "隐", count: 4001)],
                                      now: SessionCLITests.now)
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.stderr.contains("检查项 m1 的问题描述有 4001 个字符，超过上限 4000"), "\(refused)")
        #expect(try SessionCLITests.findings(station, id).isEmpty)
        let kept = try station.run(["record", id, "m1", "fail", "--note", String(repeating: "隐", count: 4000)],
                                   now: SessionCLITests.now)
        #expect(kept.status == 0, "\(kept)")
    }
}
