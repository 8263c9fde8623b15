import Foundation
import Testing

/// Text given to Checkup: a NUL in the enterprise list refuses its row (issue 14 item 12).
@Suite("Input text (CLI)")
struct InputTextCLITests {
    @Test func aNULInACSVNameRefusesTheRowWithLineAndColumn() throws {
        let station = try TemporaryStation(checklists: ["mini.xml"])
        let csv = station.directory.appendingPathComponent("list.csv")
        try Data("credit_code,name,township\n91350100M000100Y43,金华\u{0}隐藏,孝顺镇\n91330703MA2HJ4C8XD,金城,孝顺镇\n".utf8).write(to: csv)
        let result = try station.run(["enterprise", "import", csv.path])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("list.csv:2:22: 第 2 个字段（name）含有 NUL 字符"), "\(result)")
        let listed = try station.run(["enterprise", "list", "--format", "json"])
        #expect(!listed.stdout.contains("91350100M000100Y43") && listed.stdout.contains("91330703MA2HJ4C8XD"), "\(listed)")
    }
}
