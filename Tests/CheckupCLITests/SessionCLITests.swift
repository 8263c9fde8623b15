import CheckupStore
import Foundation
import Testing

/// The inspector's day through the real binary: register, start, record, show, complete.
@Suite("Sessions end to end")
struct SessionCLITests {
    static let code = "91350100M000100Y43"
    static let now = "2026-11-29T09:00:00+08:00"

    static func station() throws -> TemporaryStation {
        let station = try TemporaryStation(checklists: ["mini.xml"])
        let added = try station.run(["enterprise", "add", "--credit-code", code, "--name", "测试企业", "--township", "孝顺镇",
                                     "--industry", "化工"], now: now)
        #expect(added.status == 0, "\(added)")
        return station
    }

    static func start(_ station: TemporaryStation, profile: String? = nil) throws -> String {
        let result = try station.run(["session", "start", "--checklist", "mini", "--enterprise", code, "--inspector", "张三"]
                                     + (profile.map { ["--profile", $0] } ?? []), now: now)
        #expect(result.status == 0, "\(result)")
        return result.trimmedStdout
    }

    static func findings(_ station: TemporaryStation, _ session: String) throws -> [[String: Any]] {
        let shown = try station.run(["session", "show", session, "--format", "json"])
        return try shown.jsonObject()["findings"] as? [[String: Any]] ?? []
    }

    @Test func aSessionRecordsShowsAndCompletes() throws {
        let station = try Self.station()
        let id = try Self.start(station)
        #expect(try station.run(["record", id, "m1", "pass"], now: Self.now).status == 0)
        #expect(try station.run(["record", id, "m2", "fail", "--note", "承包单位无协议"], now: Self.now).status == 0)
        let json = try station.run(["session", "show", id, "--format", "json"]).jsonObject()
        #expect((json["progress"] as? [String: Any])?["answered"] as? Int == 2)
        #expect(try Self.findings(station, id).map { $0["result"] as? String } == ["pass", "fail"])
        let completed = try station.run(["session", "complete", id], now: Self.now)
        #expect(completed.status == 0 && completed.stdout.contains("隐患 1 项"), "\(completed)")
        #expect(try station.run(["session", "show", id, "--format", "json"]).jsonObject()["status"] as? String == "completed")
    }

    @Test func aCompletedSessionRefusesChangesWithExit1() throws {
        let station = try Self.station()
        let id = try Self.start(station)
        _ = try station.run(["session", "complete", id], now: Self.now)
        let refused = try station.run(["record", id, "m1", "pass"], now: Self.now)
        #expect(refused.status == 1 && refused.stderr.contains("已完成，不能再修改"), "\(refused)")
        #expect(try Self.findings(station, id).isEmpty)
    }

    @Test(arguments: [
        (["record", "99", "m1", "pass"], "没有编号为 99 的会话"),
        (["record", "1", "zz", "pass"], "没有检查项“zz”"),
        (["record", "1", "f1", "pass"], "不在本次会话的检查范围"),
        (["record", "1", "m1", "fail", "--note", "x", "--evidence", "/nonexistent/photo.jpg"], "/nonexistent/photo.jpg"),
        (["session", "start", "--checklist", "mini", "--enterprise", "91350100M000100Y43X", "--inspector", "张三"], "未登记"),
    ])
    func badAnswersAreRefusedWithExit1AndNothingWritten(arguments: [String], message: String) throws {
        let station = try Self.station()
        _ = try Self.start(station, profile: "no-fire")
        let result = try station.run(arguments, now: Self.now)
        #expect(result.status == 1 && result.stderr.contains(message), "\(result)")
        #expect(try Self.findings(station, "1").isEmpty)
    }

    @Test func anInvalidCreditCodeNamesTheExpectedCheckCharacter() throws {
        let station = try TemporaryStation(checklists: ["mini.xml"])
        let refused = try station.run(["enterprise", "add", "--credit-code", "91350100M000100Y44", "--name", "甲", "--township", "孝顺镇"])
        #expect(refused.status == 1 && refused.stderr.contains("校验码应为 3"), "\(refused)")
        let accepted = try station.run(["enterprise", "add", "--credit-code", "91350100M000100Y44", "--name", "甲", "--township", "孝顺镇",
                                        "--allow-invalid-code"])
        #expect(accepted.status == 0 && accepted.stderr.contains("警告"), "\(accepted)")
    }

    @Test func usageErrorsExitWith2() throws {
        let station = try TemporaryStation(checklists: ["mini.xml"])
        #expect(try station.run(["record", "1", "m1", "maybe"]).status == 2)
        #expect(try station.run(["session", "start", "--enterprise", "x"]).status == 2)
    }

    @Test func enterpriseCSVImportWithBadRowsReportsEachByLineAndStoresNothing() throws {
        let station = try TemporaryStation(checklists: ["mini.xml"])
        let csv = "\u{FEFF}统一社会信用代码,企业名称,乡镇,行业\n91350100M000100Y43,甲公司,孝顺镇,机械\n91350100M000100Y44,乙公司,孝顺镇,化工\n,丙公司,孝顺镇,\n"
        let file = station.directory.appendingPathComponent("list.csv")
        try Data(csv.utf8).write(to: file)
        let result = try station.run(["enterprise", "import", file.path])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("list.csv:3:1:") && result.stderr.contains("list.csv:4:1:"), "\(result)")
        let list = try station.run(["enterprise", "list", "--format", "json"])
        #expect(!list.stdout.contains("甲公司") && !list.stdout.contains("乙公司"), "\(list)")
    }
}

/// `checkup inspect` with answers piped on stdin, as scripts and tests drive it.
@Suite("Interactive inspection, piped")
struct InspectCLITests {
    func inspect(_ station: TemporaryStation, _ lines: [String], language: String = "zh") throws -> CLIResult {
        try station.run(["inspect", "--checklist", "mini", "--enterprise", SessionCLITests.code, "--inspector", "张三",
                         "--lang", language],
                        now: SessionCLITests.now, stdin: Data((lines.joined(separator: "\n") + "\n").utf8))
    }

    @Test func endOfInputLeavesTheSessionOpenWithEveryAnswerSaved() throws {
        let station = try SessionCLITests.station()
        let result = try inspect(station, ["p", "f", "未签协议", "y", "", ""])
        #expect(result.status == 0, "\(result)")
        #expect(try SessionCLITests.findings(station, "1").count == 2)
        let json = try station.run(["session", "show", "1", "--format", "json"]).jsonObject()
        #expect(json["status"] as? String == "open")
    }

    @Test func runningAgainResumesAtTheFirstUnansweredItem() throws {
        let station = try SessionCLITests.station()
        _ = try inspect(station, ["p", "q"])
        let resumed = try inspect(station, ["q"])
        #expect(resumed.stdout.contains("继续会话 1"), "\(resumed)")
        #expect(resumed.stdout.contains("[2/3]"), "\(resumed)")
    }

    @Test func answeringEveryItemAndConfirmingCompletesTheSession() throws {
        let station = try SessionCLITests.station()
        let result = try inspect(station, ["p", "p", "f", "报警器损坏", "n", "n", "", "y"])
        #expect(result.status == 0, "\(result)")
        let json = try station.run(["session", "show", "1", "--format", "json"]).jsonObject()
        #expect(json["status"] as? String == "completed", "\(result)")
        let hazards = try station.run(["hazard", "list", "--format", "json"])
        #expect(hazards.stdout.contains("报警器损坏"))
    }

    @Test func englishPromptsWithLangEn() throws {
        let station = try SessionCLITests.station()
        let result = try inspect(station, ["q"], language: "en")
        #expect(result.stdout.contains("Session 1"), "\(result)")
    }
}
