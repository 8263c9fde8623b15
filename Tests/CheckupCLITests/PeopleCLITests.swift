import Foundation
import Testing

/// The people and places of issue 18 end to end, on SQLite and (when `CHECKUP_TEST_POSTGRES`
/// names a server) PostgreSQL: the enterprise's legal representative, the place inspected and
/// the person present, the place of a hazard (隐患部位) in the ledger, and who records a step
/// nobody was named for.
@Suite("People and places (CLI)")
struct PeopleCLITests {
    /// The stores the scenarios run on: nil for SQLite, "postgres" when a server is given.
    static let backends: [String?] = testPostgresServer == nil ? [nil] : [nil, "postgres"]

    /// A station with the mini checklist and the test enterprise, on `backend`; `body` runs
    /// while its database lives.
    static func withStation(_ backend: String?, _ body: (TemporaryStation) throws -> Void) throws {
        let station = try TemporaryStation(checklists: ["mini.xml"])
        if backend == nil {
            try Self.register(station)
            try body(station)
            return
        }
        try PostgresCLITests.withDatabase { database in
            station.serverDatabase = database
            try Self.register(station)
            try body(station)
        }
    }

    /// Registers the test enterprise (industry 化工: items m1, m2 and f1 apply).
    static func register(_ station: TemporaryStation) throws {
        let added = try station.run(["enterprise", "add", "--credit-code", SessionCLITests.code, "--name", "测试企业",
                                     "--township", "孝顺镇", "--industry", "化工"], now: SessionCLITests.now)
        #expect(added.status == 0, "\(added)")
    }

    @Test("enterprise add, update and show carry the legal representative", arguments: backends)
    func legalRepresentative(_ backend: String?) throws {
        try Self.withStation(backend) { station in
            let updated = try station.run(["enterprise", "update", SessionCLITests.code, "--legal-representative", " 王建国 "])
            #expect(updated.status == 0, "\(updated)")
            let text = try station.run(["enterprise", "show", SessionCLITests.code])
            #expect(text.stdout.contains("法定代表人      王建国\n"), "\(text)")
            let json = try station.run(["enterprise", "show", SessionCLITests.code, "--format", "json"]).jsonObject()
            #expect(json["legal_representative"] as? String == "王建国")
            let added = try station.run(["enterprise", "add", "--credit-code", "91330703MA2HKL1P7M", "--name", "乙公司",
                                         "--township", "孝顺镇", "--legal-representative", "李四"], now: SessionCLITests.now)
            #expect(added.status == 0, "\(added)")
            let other = try station.run(["enterprise", "show", "91330703MA2HKL1P7M", "--format", "json"]).jsonObject()
            #expect(other["legal_representative"] as? String == "李四")
        }
    }

    @Test("the enterprise list's 法定代表人 column is imported")
    func importColumn() throws {
        let station = try TemporaryStation(checklists: [])
        let file = station.directory.appendingPathComponent("list.csv")
        try Data("统一社会信用代码,企业名称,乡镇,法定代表人\n91350100M000100Y43,甲公司,孝顺镇,王建国\n".utf8).write(to: file)
        let imported = try station.run(["enterprise", "import", file.path], now: SessionCLITests.now)
        #expect(imported.status == 0, "\(imported)")
        let json = try station.run(["enterprise", "show", SessionCLITests.code, "--format", "json"]).jsonObject()
        #expect(json["legal_representative"] as? String == "王建国")
    }

    @Test("session start records the place and the person present; session update changes them; the documents print them",
          arguments: backends)
    func placeAndPersonPresent(_ backend: String?) throws {
        try Self.withStation(backend) { station in
            #expect(try station.run(["enterprise", "update", SessionCLITests.code, "--legal-representative", "王建国"]).status == 0)
            let started = try station.run(["session", "start", "--checklist", "mini", "--enterprise", SessionCLITests.code,
                                           "--inspector", "张三", "--place", "二号车间", "--present", "王五"],
                                          now: SessionCLITests.now)
            #expect(started.status == 0, "\(started)")
            let id = started.trimmedStdout
            var shown = try station.run(["session", "show", id, "--format", "json"]).jsonObject()
            #expect(shown["place"] as? String == "二号车间")
            #expect((shown["present"] as? [String: Any])?["name"] as? String == "王五")
            #expect((shown["present"] as? [String: Any])?["post"] is NSNull)
            let update = try station.run(["session", "update", id, "--present-post", "安全管理员", "--place", "仓库"])
            #expect(update.status == 0 && update.stdout == "已更新会话 \(id)：检查场所 仓库；企业在场人员 王五（安全管理员）\n",
                    "\(update)")
            shown = try station.run(["session", "show", id, "--format", "json"]).jsonObject()
            #expect(shown["place"] as? String == "仓库")
            #expect((shown["present"] as? [String: Any])?["post"] as? String == "安全管理员")
            #expect(try station.run(["record", id, "m1", "fail", "--note", "无台账"], now: SessionCLITests.now).status == 0)
            #expect(try station.run(["session", "complete", id], now: SessionCLITests.now).status == 0)
            let record = try station.run(["report", "record", id, "--format", "json"], now: SessionCLITests.now).jsonObject()
            #expect(record["place"] as? String == "仓库")
            let present = try #require(record["person_present"] as? [String: Any])
            #expect(present["name"] as? String == "王五" && present["post"] as? String == "安全管理员")
            #expect((record["enterprise"] as? [String: Any])?["legal_representative"] as? String == "王建国")
            let html = try station.run(["report", "record", id], now: SessionCLITests.now)
            #expect(html.stdout.contains("<div class=\"present\">王五（安全管理员）</div>"), "\(html.stdout.prefix(400))")
            let notice = try station.run(["report", "notice", id, "--format", "json"], now: SessionCLITests.now).jsonObject()
            #expect((notice["session"] as? [String: Any])?["place"] as? String == "仓库")
            #expect((notice["enterprise"] as? [String: Any])?["legal_representative"] as? String == "王建国")
            let noticeHTML = try station.run(["report", "notice", id], now: SessionCLITests.now)
            #expect(noticeHTML.stdout.contains("<tr><th>检查场所</th><td>仓库</td></tr>"))
            #expect(noticeHTML.stdout.contains("<tr><th>法定代表人</th><td>王建国</td></tr>"))
        }
    }

    @Test("session update without an option is a usage error; on a self-check it is refused")
    func updateRefusals() throws {
        let station = try SessionCLITests.station()
        let id = try SessionCLITests.start(station)
        let empty = try station.run(["session", "update", id])
        #expect(empty.status == 2, "\(empty)")
        let postOnly = try station.run(["session", "update", id, "--present-post", "安全员"])
        #expect(postOnly.status == 1 && postOnly.stderr.contains("--present"), "\(postOnly)")
    }

    @Test("f PLACE in inspect gives the hazard its place; hazard update --place changes it; the ledger fills 隐患部位",
          arguments: backends)
    func hazardPlace(_ backend: String?) throws {
        try Self.withStation(backend) { station in
            let lines = ["p", "f 二号车间冲床", "承包单位无协议", "", "", "", "p", "y"]
            let inspected = try station.run(["inspect", "--checklist", "mini", "--enterprise", SessionCLITests.code,
                                             "--inspector", "张三"], now: SessionCLITests.now,
                                            stdin: Data((lines.joined(separator: "\n") + "\n").utf8))
            #expect(inspected.status == 0, "\(inspected)")
            let hazards = try #require(try JSONSerialization.jsonObject(
                with: Data(try station.run(["hazard", "list", "--format", "json"]).stdout.utf8)) as? [[String: Any]])
            let hazard = try #require(hazards.first)
            #expect(hazard["place"] as? String == "二号车间冲床")
            let id = String(try #require(hazard["id"] as? Int))
            var ledger = try station.run(["report", "ledger", "--format", "csv"], now: SessionCLITests.now)
            #expect(ledger.stdout.contains(",二号车间冲床,"), "\(ledger)")
            let moved = try station.run(["hazard", "update", id, "--place", "三号车间"], now: SessionCLITests.now)
            #expect(moved.status == 0 && moved.stdout == "隐患 \(id) 的部位已记为“三号车间”\n", "\(moved)")
            ledger = try station.run(["report", "ledger", "--format", "csv"], now: SessionCLITests.now)
            #expect(ledger.stdout.contains(",三号车间,") && !ledger.stdout.contains("二号车间冲床"), "\(ledger)")
            let shown = try station.run(["hazard", "show", id, "--format", "json"]).jsonObject()
            let last = try #require((shown["history"] as? [[String: Any]])?.last)
            #expect(last["note"] as? String == "隐患部位：二号车间冲床 → 三号车间")
            #expect(last["by"] as? String == "体检站")
        }
    }

    @Test("hazard update needs --status or --place (usage, exit 2)")
    func updateNeedsSomething() throws {
        let station = try SessionCLITests.station()
        #expect(try station.run(["hazard", "update", "1"]).status == 2)
        #expect(try station.run(["hazard", "update", "1", "--measures", "换罩"]).status == 2)
    }

    @Test("a step nobody was named for is recorded by the station's name, else 体检站 or 企业 in the user's language",
          arguments: backends)
    func defaultActors(_ backend: String?) throws {
        try Self.withStation(backend) { station in
            let id = try SessionCLITests.start(station)
            #expect(try station.run(["record", id, "m2", "fail", "--note", "无协议"], now: SessionCLITests.now).status == 0)
            #expect(try station.run(["record", id, "m1", "fail", "--note", "无台账"], now: SessionCLITests.now).status == 0)
            #expect(try station.run(["session", "complete", id], now: SessionCLITests.now).status == 0)
            let hazards = try #require(try JSONSerialization.jsonObject(
                with: Data(try station.run(["hazard", "list", "--format", "json"]).stdout.utf8)) as? [[String: Any]])
            let major = String(try #require(hazards.first { $0["severity"] as? String == "major" }?["id"] as? Int))
            let general = String(try #require(hazards.first { $0["severity"] as? String == "general" }?["id"] as? Int))
            func lastBy(_ hazard: String) throws -> String? {
                let shown = try station.run(["hazard", "show", hazard, "--format", "json"]).jsonObject()
                return (shown["history"] as? [[String: Any]])?.last?["by"] as? String
            }
            let escalate = ["hazard", "escalate", major, "--to", "区应急管理局", "--reference", "孝安报〔2026〕1号",
                            "--at", "2026-11-29"]
            let escalated = try station.run(escalate)
            #expect(escalated.status == 0, "\(escalated)")
            #expect(try lastBy(major) == "体检站")
            let english = try station.runner.run(["hazard", "update", general, "--status", "rectifying", "--now", SessionCLITests.now]
                                                 + station.stationArguments, environment: ["CHECKUP_LANG": "en"])
            #expect(english.status == 0, "\(english)")
            #expect(try lastBy(general) == "enterprise")
            #expect(try station.run(["station", "set", "--name", "孝顺镇安全生产体检站"], now: SessionCLITests.now).status == 0)
            let supervised = try station.run(["hazard", "supervise", major, "--number", "督〔2026〕1号", "--authority", "区安委办",
                                              "--at", "2026-11-29"])
            #expect(supervised.status == 0, "\(supervised)")
            #expect(try lastBy(major) == "孝顺镇安全生产体检站")
        }
    }
}
