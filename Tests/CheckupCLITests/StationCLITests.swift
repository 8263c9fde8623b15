import Foundation
import Testing

/// `checkup station set|show` and the identity on the station's papers (issue 15 §5).
@Suite("Station identity (CLI)")
struct StationCLITests {
    private func show(_ station: TemporaryStation) throws -> [String: Any] {
        let result = try station.run(["station", "show", "--format", "json"])
        #expect(result.status == 0, "\(result)")
        return try result.jsonObject()
    }

    @Test("station show on a station without a database shows every field unset and creates no file")
    func showUnsetCreatesNothing() throws {
        let station = try TemporaryStation(checklists: [])
        let json = try show(station)
        #expect(Set(json.keys) == ["name", "short_name", "notice_prefix", "address", "phone", "district"])
        #expect(json.values.allSatisfy { $0 is NSNull })
        let text = try station.run(["station", "show"])
        #expect(text.status == 0 && text.stdout.contains("名称") && text.stdout.contains("（未设置）"), "\(text)")
        #expect(!FileManager.default.fileExists(atPath: station.database.path))
    }

    @Test("station set stores the fields given, trimmed, and keeps the others; an empty value clears one")
    func setKeepsOthers() throws {
        let station = try TemporaryStation(checklists: [])
        let first = try station.run(["station", "set", "--name", "  孝顺镇安全生产体检站 ", "--short-name", "孝顺体检站",
                                     "--phone", "0579-8000 0000"])
        #expect(first.status == 0 && first.stdout == "已保存体检站信息\n", "\(first)")
        let second = try station.run(["station", "set", "--district", "金东区", "--phone", ""])
        #expect(second.status == 0, "\(second)")
        let json = try show(station)
        #expect(json["name"] as? String == "孝顺镇安全生产体检站")
        #expect(json["short_name"] as? String == "孝顺体检站")
        #expect(json["district"] as? String == "金东区")
        #expect(json["phone"] is NSNull)
        #expect(json["notice_prefix"] is NSNull)
    }

    @Test("station set refuses a control character, an overlong value and a bad telephone in one line, saving nothing",
          arguments: [["--name", "体检站\n第二行"], ["--notice-prefix", String(repeating: "安", count: 17)],
                      ["--phone", "0579-80000000 ext 5"]])
    func refusesBadValues(_ arguments: [String]) throws {
        let station = try TemporaryStation(checklists: [])
        let result = try station.run(["station", "set"] + arguments)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result)")
        #expect(result.stderr.contains(arguments[0]) && result.stderr.contains("未保存"), "\(result)")
        #expect(!FileManager.default.fileExists(atPath: station.database.path))
    }

    @Test("station set without any field is refused")
    func refusesNothing() throws {
        let station = try TemporaryStation(checklists: [])
        let result = try station.run(["station", "set"])
        #expect(result.status == 1 && result.stderr.contains("--name"), "\(result)")
    }

    @Test("a notice made while the identity is unset uses the default name and says how to set it, in the language asked")
    func noticeHintWhileUnset() throws {
        let (station, session) = try TemplateBoundsCLITests.noticeStation()
        let zh = try station.run(["report", "notice", session, "--format", "json"], now: SessionCLITests.now)
        #expect(zh.status == 0, "\(zh)")
        #expect(try zh.jsonObject()["station"] as? String == "金东区安全生产体检站")
        #expect(zh.stderr.hasPrefix("提示：尚未设置体检站信息") && zh.stderr.contains("checkup station set --name"), "\(zh)")
        #expect(zh.stderr.split(separator: "\n").count == 1, "\(zh)")
        let en = try station.run(["report", "notice", session, "--format", "json", "--lang", "en"], now: SessionCLITests.now)
        #expect(en.stderr.hasPrefix("note: the station identity is not set"), "\(en)")
    }

    @Test("a notice names the stored station, numbers with its prefix and prints its address and telephone")
    func noticeUsesStoredIdentity() throws {
        let (station, session) = try TemplateBoundsCLITests.noticeStation()
        let set = try station.run(["station", "set", "--name", "孝顺镇安全生产体检站", "--notice-prefix", "孝安体",
                                   "--address", "孝顺镇中心街1号", "--phone", "0579-8000 0000"])
        #expect(set.status == 0, "\(set)")
        let json = try station.run(["report", "notice", session, "--format", "json"], now: SessionCLITests.now)
        #expect(json.status == 0 && json.stderr.isEmpty, "\(json)")
        let object = try json.jsonObject()
        #expect(object["station"] as? String == "孝顺镇安全生产体检站")
        #expect((object["number"] as? String)?.hasPrefix("孝安体〔") == true, "\(object)")
        let md = try station.run(["report", "notice", session, "--format", "md"], now: SessionCLITests.now)
        #expect(md.stdout.contains("地址：孝顺镇中心街1号") && md.stdout.contains("电话：0579-8000 0000"), "\(md)")
    }

    @Test("--station overrides the stored identity for one notice, its number prefix derived from the name given")
    func explicitStationWins() throws {
        let (station, session) = try TemplateBoundsCLITests.noticeStation()
        _ = try station.run(["station", "set", "--name", "孝顺镇安全生产体检站", "--notice-prefix", "孝安体",
                             "--address", "孝顺镇中心街1号"])
        let result = try station.run(["report", "notice", session, "--format", "md", "--station", "义乌市安全生产体检站"],
                                     now: SessionCLITests.now)
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result)")
        #expect(result.stdout.contains("义乌市安全生产体检站") && result.stdout.contains("义乌安体〔"), "\(result)")
        #expect(!result.stdout.contains("孝安体") && !result.stdout.contains("孝顺镇中心街1号"), "\(result)")
    }
}
