import Foundation
import Testing

/// End-to-end specification of risk-based supervision (issue 17) on the built binary: profile
/// options and refusals, `enterprise grade`, `grade`, `plan` in every format, overrides, patrols,
/// a bad policy file, and the profile proposed at `session start`. The inspection is the worked
/// example of docs/scoring.md (L = 1.111, two general hazards, 15-day deadlines).
@Suite("risk-based supervision (CLI)")
struct SupervisionCLITests {
    static let codeA = ScoreCLITests.codeA
    static let codeB = ScoreCLITests.codeB

    @discardableResult
    static func ok(_ station: TemporaryStation, _ arguments: [String], now: String? = nil,
                   sourceLocation: SourceLocation = #_sourceLocation) throws -> CLIResult {
        try ScoreCLITests.ok(station, arguments, now: now, sourceLocation: sourceLocation)
    }

    /// Enterprise A inspected on 2026-03-01 (the worked example) and B never inspected.
    static func station() throws -> TemporaryStation {
        let (station, _) = try ScoreCLITests.workedExampleStation()
        try ok(station, ["enterprise", "add", "--credit-code", codeB, "--name", "乙企业", "--township", "孝顺镇",
                         "--tags", "dust", "--grid-member", "王五"], now: "2026-02-01T09:00:00+08:00")
        return station
    }

    static func json(_ result: CLIResult) throws -> [String: Any] { try result.jsonObject() }

    @Test("enterprise grade: never inspected is yellow and due today")
    func neverInspected() throws {
        let station = try Self.station()
        let grade = try Self.json(try Self.ok(station, ["enterprise", "grade", Self.codeB, "--format", "json"],
                                              now: "2026-03-02T09:00:00+08:00"))
        #expect(grade["colour"] as? String == "yellow")
        #expect(grade["last_inspection"] is NSNull)
        #expect(grade["next_due"] as? String == "2026-03-02")
        let reasons = try #require(grade["reasons"] as? [[String: Any]])
        #expect(reasons.map { $0["rule"] as? String } == ["general"])
        #expect(reasons.first?["detail"] as? String == "从未检查")
    }

    @Test("enterprise grade: L = 1.111 is orange, every rule with its numbers, next due 60 days on")
    func gradedByLevel() throws {
        let station = try Self.station()
        let grade = try Self.json(try Self.ok(station, ["enterprise", "grade", Self.codeA, "--format", "json", "--lang", "en"],
                                              now: "2026-03-02T09:00:00+08:00"))
        #expect(grade["colour"] as? String == "orange")
        #expect(grade["last_inspection"] as? String == "2026-03-01")
        #expect(grade["next_due"] as? String == "2026-04-30")
        let reasons = try #require(grade["reasons"] as? [[String: Any]])
        #expect(reasons.map { $0["rule"] as? String } == ["considerable", "general"])
        #expect((reasons.first?["detail"] as? String)?.contains("L = 1.111 < 1.50") == true)
        let text = try Self.ok(station, ["enterprise", "grade", Self.codeA], now: "2026-03-02T09:00:00+08:00").stdout
        #expect(text.contains("风险颜色  橙"))
    }

    @Test("grade --township: counts, and the colour changes since a date")
    func township() throws {
        let station = try Self.station()
        let result = try Self.json(try Self.ok(station, ["grade", "--township", "孝顺镇", "--since", "2026-02-28",
                                                         "--format", "json"], now: "2026-03-02T09:00:00+08:00"))
        let counts = try #require(result["counts"] as? [String: Any])
        #expect(counts["orange"] as? Int == 1)
        #expect(counts["yellow"] as? Int == 1)
        #expect(counts["due_today"] as? Int == 1)
        let changes = try #require(result["changes"] as? [[String: Any]])
        #expect(changes.count == 1)
        #expect(changes.first?["credit_code"] as? String == Self.codeA)
        #expect(changes.first?["from"] as? String == "yellow")
        #expect(changes.first?["to"] as? String == "orange")
    }

    @Test("plan: due or overdue in colour order with the issue's JSON keys; csv and ics")
    func plan() throws {
        let station = try Self.station()
        let arguments = ["plan", "--township", "孝顺镇", "--days", "0"]
        let plan = try Self.json(try Self.ok(station, arguments + ["--format", "json"], now: "2026-05-02T09:00:00+08:00"))
        let entries = try #require(plan["enterprises"] as? [[String: Any]])
        #expect(entries.map { $0["credit_code"] as? String } == [Self.codeA, Self.codeB])
        #expect(entries.first?["colour"] as? String == "orange")
        #expect(entries.first?["due"] as? String == "2026-04-30")
        #expect(entries.first?["days_overdue"] as? Int == 2)
        #expect(entries.first?["last_inspection"] as? String == "2026-03-01")
        #expect(entries.last?["due"] as? String == "2026-05-02")
        for key in ["credit_code", "name", "colour", "last_inspection", "due", "days_overdue"] {
            #expect(entries.allSatisfy { $0.keys.contains(key) }, "\(key)")
        }
        let early = try Self.json(try Self.ok(station, arguments + ["--format", "json", "--as-of", "2026-03-05"],
                                              now: "2026-03-05T09:00:00+08:00"))
        #expect((early["enterprises"] as? [[String: Any]])?.map { $0["credit_code"] as? String } == [Self.codeB])
        let csv = try Self.ok(station, arguments + ["--format", "csv"], now: "2026-05-02T09:00:00+08:00").stdout
        #expect(csv.hasPrefix("\u{FEFF}统一社会信用代码,企业名称,颜色"))
        #expect(csv.components(separatedBy: "\r\n").count == 4)
        let ics = try Self.ok(station, arguments + ["--format", "ics", "--assign", "张三", "--per-day", "1"],
                              now: "2026-05-02T09:00:00+08:00").stdoutData
        let text = String(decoding: ics, as: UTF8.self)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n") && text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(text.components(separatedBy: "BEGIN:VEVENT\r\n").count == 3)
        #expect(text.contains("DTSTAMP:20260502T010000Z\r\n"))
        #expect(text.contains("DTSTART;VALUE=DATE:20260502\r\n") && text.contains("DTSTART;VALUE=DATE:20260503\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(text.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
    }

    @Test("a policy that breaks its schema is refused with file:line:col")
    func badPolicy() throws {
        let station = try Self.station()
        let policy = station.directory.appendingPathComponent("policy.xml")
        try """
            <?xml version="1.0" encoding="UTF-8"?>
            <supervision-policy xmlns="urn:checkup:supervision-policy:1" version="1">
              <rule id="a" colour="red"><when><tag name="fireworks"/></when></rule>
            </supervision-policy>
            """.write(to: policy, atomically: true, encoding: .utf8)
        let result = try station.run(["enterprise", "grade", Self.codeA, "--policy", policy.path])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("\(policy.path):3:"), "\(result)")
        let viaEnvironment = try station.runner.run(["grade"] + station.stationArguments,
                                                    environment: ["CHECKUP_POLICY": policy.path])
        #expect(viaEnvironment.status == 1)
    }

    @Test("an unknown tag is refused with the known ones, on the command line and in a CSV row")
    func unknownTag() throws {
        let station = try Self.station()
        let added = try station.run(["enterprise", "update", Self.codeA, "--tags", "dust,fireworks"])
        #expect(added.status == 1)
        #expect(added.stderr.contains("fireworks") && added.stderr.contains("hazchem"), "\(added)")
        let csv = station.directory.appendingPathComponent("list.csv")
        try "credit_code,name,township,risk_tags,网格员\n\(Self.codeA),甲,孝顺镇,涉危化品 烟花,王五\n"
            .write(to: csv, atomically: true, encoding: .utf8)
        let imported = try station.run(["enterprise", "import", csv.path])
        #expect(imported.status == 1)
        #expect(imported.stderr.contains("list.csv:2:") && imported.stderr.contains("烟花"), "\(imported)")
        try "credit_code,name,township,risk_tags,标准化等级,从业人员,网格,网格员\n\(Self.codeA),甲,孝顺镇,涉危化品、dust,三级,45,第3网格,王五\n"
            .write(to: csv, atomically: true, encoding: .utf8)
        try Self.ok(station, ["enterprise", "import", csv.path])
        let shown = try Self.json(try Self.ok(station, ["enterprise", "show", Self.codeA, "--format", "json"]))
        #expect(shown["risk_tags"] as? [String] == ["hazchem", "dust"])
        #expect(shown["standardisation"] as? String == "3")
        #expect(shown["employees"] as? Int == 45)
        #expect(shown["grid_member"] as? String == "王五")
    }

    @Test("an override needs a reason and an expiry; one in force sets the colour and stays in the history")
    func override() throws {
        let station = try Self.station()
        let now = "2026-03-02T09:00:00+08:00"
        let base = ["enterprise", "override", Self.codeA, "--colour", "red"]
        let noReason = try station.run(base + ["--expires", "2026-04-01"], now: now)
        #expect(noReason.status == 1)
        #expect(noReason.stderr.contains("--reason"), "\(noReason)")
        let noExpiry = try station.run(base + ["--reason", "群众举报"], now: now)
        #expect(noExpiry.status == 1)
        #expect(noExpiry.stderr.contains("--expires"), "\(noExpiry)")
        let past = try station.run(base + ["--reason", "群众举报", "--expires", "2026-03-01"], now: now)
        #expect(past.status == 1, "\(past)")
        try Self.ok(station, base + ["--reason", "群众举报", "--expires", "2026-04-01", "--by", "站长"], now: now)
        let grade = try Self.json(try Self.ok(station, ["enterprise", "grade", Self.codeA, "--format", "json"],
                                              now: "2026-03-10T09:00:00+08:00"))
        #expect(grade["colour"] as? String == "red")
        #expect(grade["rule_colour"] as? String == "orange")
        #expect((grade["reasons"] as? [[String: Any]])?.first?["rule"] as? String == "override")
        #expect(grade["next_due"] as? String == "2026-03-31")
        let after = try Self.json(try Self.ok(station, ["enterprise", "grade", Self.codeA, "--format", "json"],
                                              now: "2026-04-02T09:00:00+08:00"))
        #expect(after["colour"] as? String == "orange")
        let history = try Self.json(try Self.ok(station, base.prefix(3) + ["--history", "--format", "json"]))
        #expect((history["overrides"] as? [[String: Any]])?.first?["reason"] as? String == "群众举报")
    }

    @Test("a referred patrol puts the enterprise on the plan at once; a patrol without --by is refused")
    func patrol() throws {
        let station = try Self.station()
        let now = "2026-03-10T09:00:00+08:00"
        let before = try Self.json(try Self.ok(station, ["plan", "--township", "孝顺镇", "--days", "0", "--format", "json"],
                                               now: now))
        #expect((before["enterprises"] as? [[String: Any]])?.count == 1)
        let empty = try station.run(["patrol", "record", "--enterprise", Self.codeA, "--by", " "], now: now)
        #expect(empty.status == 1, "\(empty)")
        try Self.ok(station, ["patrol", "record", "--enterprise", Self.codeA, "--by", "王五", "--note", "通道堵塞",
                              "--refer"], now: now)
        let after = try Self.json(try Self.ok(station, ["plan", "--township", "孝顺镇", "--days", "0", "--format", "json"],
                                              now: now))
        #expect((after["enterprises"] as? [[String: Any]])?.map { $0["credit_code"] as? String } == [Self.codeA, Self.codeB])
    }

    @Test("report township and score --township carry the colours, the changes in the period and the patrols")
    func townshipReports() throws {
        let station = try Self.station()
        try Self.ok(station, ["patrol", "record", "--enterprise", Self.codeB, "--by", "王五"], now: "2026-03-05T09:00:00+08:00")
        let report = try Self.json(try Self.ok(station, ["report", "township", "孝顺镇", "--format", "json", "--from",
                                                         "2026-02-15", "--to", "2026-03-31"], now: "2026-04-01T09:00:00+08:00"))
        let part = try #require(report["supervision"] as? [String: Any])
        let colours = try #require(part["colours"] as? [String: Any])
        #expect(colours["orange"] as? Int == 1 && colours["yellow"] as? Int == 1)
        #expect((part["changes"] as? [[String: Any]])?.map { $0["credit_code"] as? String } == [Self.codeA])
        let patrols = try #require(part["patrols"] as? [[String: Any]])
        #expect(patrols.first?["credit_code"] as? String == Self.codeB && patrols.first?["patrols"] as? Int == 1)
        let html = try Self.ok(station, ["report", "township", "孝顺镇", "--format", "html"],
                               now: "2026-04-01T09:00:00+08:00").stdout
        #expect(html.contains("风险颜色分布") && html.contains("#ff7f0e") && html.contains("网格巡查"))
        let score = try Self.json(try Self.ok(station, ["score", "--township", "孝顺镇", "--format", "json"],
                                              now: "2026-04-01T09:00:00+08:00"))
        #expect(((score["supervision"] as? [String: Any])?["colours"] as? [String: Any])?["total"] as? Int == 2)
        #expect(score["mean_level"] != nil)
    }

    @Test("an imported self-check's untrue items are counted from its stored answers (the demo)")
    func untrueImportedSelfCheck() throws {
        let station = try TemporaryStation(checklists: [])
        let output = station.directory.appendingPathComponent("demo").path
        let demo = try station.runner.run(["demo", "--output", output])
        #expect(demo.status == 0, "\(demo)")
        let grade = try Self.json(try station.runner.run([
            "enterprise", "grade", "92330703MA2HQ3T517", "--format", "json", "--database", output + "/checkup.sqlite",
            "--now", "2026-12-01T10:00:00+08:00",
        ]))
        #expect(grade["untrue_self_check_items"] as? Int == 3)
    }

    @Test("the notice shows the enterprise's colour and next due day")
    func notice() throws {
        let (station, session) = try ScoreCLITests.workedExampleStation()
        let notice = try Self.json(try Self.ok(station, ["report", "notice", session, "--format", "json"],
                                               now: "2026-03-02T09:00:00+08:00"))
        let part = try #require(notice["supervision"] as? [String: Any])
        #expect(part["colour"] as? String == "orange" && part["next_due"] as? String == "2026-04-30")
        let html = try Self.ok(station, ["report", "notice", session], now: "2026-03-02T09:00:00+08:00").stdout
        #expect(html.contains("风险颜色：橙；下次应检：2026-04-30"))
    }

    @Test("session start applies the profile that leaves out an absent tag's section")
    func profileProposal() throws {
        let station = try Self.station()
        let started = try Self.ok(station, ["session", "start", "--checklist", "gm-general", "--enterprise", Self.codeB,
                                            "--inspector", "张三"], now: "2026-03-02T09:00:00+08:00")
        // B carries dust but no ammonia: the no-ammonia profile.
        #expect(started.stderr.contains("no-ammonia"), "\(started)")
        let shown = try Self.json(try Self.ok(station, ["session", "show", started.trimmedStdout, "--format", "json"]))
        #expect(shown["profile"] as? String == "no-ammonia")
    }
}
