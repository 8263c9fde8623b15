import Foundation
import Testing

/// Text given to Checkup: a NUL in the enterprise list refuses its row, and with it the list,
/// which is stored all or nothing (issue 14 items 12 and 18).
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
        #expect(!listed.stdout.contains("91350100M000100Y43") && !listed.stdout.contains("91330703MA2HJ4C8XD"), "\(listed)")
    }
}

/// Free texts are bounded at input (issue 14 item 15; docs/limits.md).
@Suite("Text limits (CLI)")
struct TextLimitsCLITests {
    @Test func anEnterpriseNameOver200CharactersIsRefused() throws {
        let station = try TemporaryStation(checklists: ["mini.xml"])
        let result = try station.run(["enterprise", "add", "--credit-code", SessionCLITests.code,
                                      "--name", String(repeating: "名", count: 201), "--township", "孝顺镇"])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr == "checkup: --name有 201 个字符，超过 200 个字符的上限\n", "\(result)")
    }

    @Test func aCSVRowWithAnOverlongNameIsRefusedByLine() throws {
        let station = try TemporaryStation(checklists: ["mini.xml"])
        let csv = station.directory.appendingPathComponent("list.csv")
        try Data("credit_code,name,township,address\n91350100M000100Y43,甲,孝顺镇,\(String(repeating: "路", count: 501))\n".utf8).write(to: csv)
        let result = try station.run(["enterprise", "import", csv.path])
        #expect(result.status == 1 && result.stderr.contains("list.csv:2:1: address有 501 个字符"), "\(result)")
    }

    @Test func hazardUpdateFieldsOverTheirLimitsAreRefused() throws {
        let (station, session) = try TemplateBoundsCLITests.noticeStation()
        _ = session
        let result = try station.run(["hazard", "update", "1", "--status", "rectifying", "--responsible", "王五",
                                      "--measures", String(repeating: "措", count: 4_001), "--funds", "2万元",
                                      "--time-limit", "2026-12-20", "--plan", "预案"], now: SessionCLITests.now)
        #expect(result.status == 1 && result.stderr.contains("--measures有 4001 个字符，超过 4000"), "\(result)")
    }
}

/// Every name is normalised on every input path: NFC, trimmed, invisible format characters
/// removed (issue 14 item 17).
@Suite("Name normalisation (CLI)")
struct NameNormalisationCLITests {
    @Test func aTownshipWithAZeroWidthSpaceFromImportRegisterMatchesThePlainTownship() throws {
        let station = try SelfCheckCLIStation.make(register: false)
        let text = try SelfCheckCLIStation.sample("01-jincheng-2026-10-08.xml", replacing: [("township=\"孝顺镇\"", "township=\"孝顺镇\u{200B}\"")])
        let path = try SelfCheckCLIStation.write(station, "zw.xml", text)
        let imported = try station.run(["import", "--register", path], now: SelfCheckCLIStation.now)
        #expect(imported.status == 0, "\(imported)")
        let listed = try station.run(["enterprise", "list", "--township", "孝顺镇", "--format", "json"])
        #expect(listed.stdout.contains(SelfCheckCLIStation.jincheng) && !listed.stdout.contains("\\u200b"), "\(listed)")
    }

    @Test func enterpriseAddStoresTheNormalFormAndFiltersMatchIt() throws {
        let station = try TemporaryStation(checklists: ["mini.xml"])
        let added = try station.run(["enterprise", "add", "--credit-code", SessionCLITests.code,
                                     "--name", " 金华\u{202E}机械\u{FEFF} ", "--township", "孝顺镇\u{3000}"])
        #expect(added.status == 0, "\(added)")
        let listed = try station.run(["enterprise", "list", "--township", "\u{200B}孝顺镇", "--format", "json"])
        let rows = try JSONSerialization.jsonObject(with: listed.stdoutData) as? [[String: Any]]
        #expect(rows?.first?["name"] as? String == "金华机械" && rows?.first?["township"] as? String == "孝顺镇", "\(listed)")
    }
}
