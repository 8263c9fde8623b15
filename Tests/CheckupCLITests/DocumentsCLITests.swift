import Foundation
import Testing

/// `checkup report verification` and `checkup report record` end to end (issue 18 §2).
@Suite("Verification opinion and inspection record (CLI)")
struct DocumentsCLITests {
    /// A station with a completed inspection whose three fails are all fixed on site.
    private func allFixedOnSite() throws -> (TemporaryStation, String) {
        let station = try TemporaryStation(checklists: ["mini.xml"])
        #expect(try station.run(["enterprise", "add", "--credit-code", SessionCLITests.code, "--name", "测试企业",
                                 "--township", "孝顺镇"], now: SessionCLITests.now).status == 0)
        let session = try SessionCLITests.start(station)
        let recorded = try station.run(["record", session, "m1", "fail", "--note", "当场改正", "--fixed-on-site"],
                                       now: SessionCLITests.now)
        #expect(recorded.status == 0, "\(recorded)")
        #expect(try station.run(["session", "complete", session], now: SessionCLITests.now).status == 0)
        return (station, session)
    }

    @Test("a session with nothing to verify is refused in one line, exit 1")
    func nothingToVerify() throws {
        let (station, session) = try allFixedOnSite()
        let result = try station.run(["report", "verification", session], now: SessionCLITests.now)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr == "checkup: 会话 \(session) 没有需要复查的事故隐患（未发现隐患，或均已现场整改）\n", "\(result)")
        #expect(result.stdout.isEmpty)
    }

    @Test("the opinion carries the notice's number, the verifier's certificate and each hazard's result")
    func opinionOfSession() throws {
        let (station, session) = try TemplateBoundsCLITests.noticeStation()
        #expect(try station.run(["inspector", "add", "--name", "张三", "--certificate", "ZJ-0001"]).status == 0)
        let notice = try station.run(["report", "notice", session, "--format", "json"], now: SessionCLITests.now)
        let number = try #require(try notice.jsonObject()["number"] as? String)
        let hazards = try station.run(["hazard", "list", "--format", "json"])
        let ids = try #require(try JSONSerialization.jsonObject(with: Data(hazards.stdout.utf8)) as? [[String: Any]])
            .compactMap { $0["id"] as? Int }
        let first = try #require(ids.min())
        for (status, extra) in [("rectifying", ["--responsible", "甲", "--measures", "乙", "--funds", "1", "--time-limit", "2",
                                                "--plan", "丙"]), ("rectified", [])] {
            let moved = try station.run(["hazard", "update", String(first), "--status", status] + extra,
                                        now: SessionCLITests.now)
            #expect(moved.status == 0, "\(moved)")
        }
        #expect(try station.run(["hazard", "verify", String(first), "--inspector", "张三"], now: SessionCLITests.now).status == 0)
        let result = try station.run(["report", "verification", session, "--format", "json"], now: SessionCLITests.now)
        #expect(result.status == 0, "\(result)")
        let json = try result.jsonObject()
        #expect(json["notice_number"] as? String == number)
        #expect((json["verifiers"] as? [[String: Any]])?.first?["certificate"] as? String == "ZJ-0001")
        let results = (json["hazards"] as? [[String: Any]] ?? []).compactMap { $0["result"] as? String }
        #expect(results.count == 3 && results.filter { $0 == "passed" }.count == 1, "\(results)")
        let one = try station.run(["report", "verification", "--hazard", String(first), "--format", "md"],
                                  now: SessionCLITests.now)
        #expect(one.status == 0 && one.stdout.contains(number) && one.stdout.contains("合格"), "\(one)")
    }

    @Test("verification takes either a session or --hazard, not both or neither (usage, exit 2)")
    func sessionOrHazard() throws {
        let station = try TemporaryStation(checklists: [])
        #expect(try station.run(["report", "verification"]).status == 2)
        #expect(try station.run(["report", "verification", "1", "--hazard", "1"]).status == 2)
    }

    @Test("the record lists the answered items and the inspector, written atomically with -o")
    func recordOfSession() throws {
        let (station, session) = try TemplateBoundsCLITests.noticeStation()
        let path = station.directory.appendingPathComponent("record.html").path
        let result = try station.run(["report", "record", session, "-o", path], now: SessionCLITests.now)
        #expect(result.status == 0, "\(result)")
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.contains("现场检查记录") && html.contains("张三") && html.contains("问题 m1") && html.contains("问题 f1"))
        let json = try station.run(["report", "record", session, "--format", "json"], now: SessionCLITests.now)
        #expect(((try json.jsonObject()["items"]) as? [Any])?.count == 3, "\(json)")
    }

    @Test("the notice prints the registered certificate, embeds a PNG kept as evidence as a thumbnail and lists a .jpg that is not an image by name")
    func noticeEvidence() throws {
        let station = try TemporaryStation(checklists: ["mini.xml"])
        #expect(try station.run(["enterprise", "add", "--credit-code", SessionCLITests.code, "--name", "测试企业",
                                 "--township", "孝顺镇"], now: SessionCLITests.now).status == 0)
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
        let photo = station.directory.appendingPathComponent("exit.png")
        let fake = station.directory.appendingPathComponent("fake.jpg")
        try png.write(to: photo)
        try Data("<svg onload=alert(1)>".utf8).write(to: fake)
        let session = try SessionCLITests.start(station)
        let recorded = try station.run(["record", session, "m1", "fail", "--note", "出口堵塞", "--evidence", photo.path,
                                        "--evidence", fake.path], now: SessionCLITests.now)
        #expect(recorded.status == 0, "\(recorded)")
        #expect(try station.run(["session", "complete", session], now: SessionCLITests.now).status == 0)
        #expect(try station.run(["inspector", "add", "--name", "张三", "--certificate", "ZJ-0009"]).status == 0)
        let notice = try station.run(["report", "notice", session], now: SessionCLITests.now)
        #expect(notice.status == 0, "\(notice)")
        #expect(notice.stdout.contains("<div>张三　<span class=\"cert\">证号：ZJ-0009</span></div>"), "\(notice)")
        #expect(notice.stdout.contains("<img src=\"data:image/png;base64,\(png.base64EncodedString())\" alt=\"exit.png\">"))
        #expect(notice.stdout.contains("其他证据文件：fake.jpg") && !notice.stdout.contains("onload"))
        let record = try station.run(["report", "record", session, "--format", "json"], now: SessionCLITests.now)
        let items = try #require(try record.jsonObject()["items"] as? [[String: Any]])
        #expect(items.first?["evidence"] as? [String] == ["exit.png", "fake.jpg"])
    }
}
