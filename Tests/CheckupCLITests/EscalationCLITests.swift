import Foundation
import Testing

/// Major hazards escalated, listed, stopped and planned, notice numbers and the ledger's new
/// columns, through the real binary.
@Suite("Major hazard escalation end to end")
struct EscalationCLITests {
    static let code = SessionCLITests.code
    static let now = SessionCLITests.now  // 2026-11-29T09:00+08:00

    /// A station with one completed inspection: hazard 1 general (m1), hazard 2 major (m2).
    static func station() throws -> TemporaryStation {
        let station = try SessionCLITests.station()
        let id = try SessionCLITests.start(station)
        #expect(try station.run(["record", id, "m1", "fail", "--note", "无责任制"], now: now).status == 0)
        #expect(try station.run(["record", id, "m2", "fail", "--note", "承包单位无协议"], now: now).status == 0)
        #expect(try station.run(["session", "complete", id], now: now).status == 0)
        return station
    }

    static func hazard(_ station: TemporaryStation, _ id: String, now: String = now) throws -> [String: Any] {
        try station.run(["hazard", "show", id, "--format", "json"], now: now).jsonObject()
    }

    static func historyCount(_ station: TemporaryStation, _ id: String) throws -> Int {
        (try hazard(station, id)["history"] as? [Any])?.count ?? -1
    }

    /// Takes hazard 2 to rectified with its five measures and plan.
    static func rectify(_ station: TemporaryStation) throws {
        let plan = station.directory.appendingPathComponent("治理方案.txt")
        try Data("治理方案".utf8).write(to: plan)
        let rectifying = try station.run(["hazard", "update", "2", "--status", "rectifying", "--responsible", "王五",
                                          "--measures", "签协议", "--funds", "1万元", "--time-limit", "2026-12-20",
                                          "--plan", "预案", "--remediation-plan", plan.path], now: now)
        #expect(rectifying.status == 0 && rectifying.stdout.contains("治理方案：治理方案.txt"), "\(rectifying)")
        #expect(try station.run(["hazard", "update", "2", "--status", "rectified"], now: now).status == 0)
    }

    @Test func escalationIsRecordedInTheHistory() throws {
        let station = try Self.station()
        let done = try station.run(["hazard", "escalate", "2", "--to", "金东区应急管理局", "--reference", "孝安报〔2026〕1号",
                                    "--at", "2026-11-30", "--by", "张三"])
        #expect(done.status == 0 && done.stdout.contains("孝安报〔2026〕1号"), "\(done)")
        let json = try Self.hazard(station, "2")
        let reports = try #require(json["escalations"] as? [[String: Any]])
        #expect(reports.first?["to"] as? String == "金东区应急管理局" && reports.first?["by"] as? String == "张三")
        let history = try #require(json["history"] as? [[String: Any]])
        #expect(history.last?["event"] as? String == "escalated")
    }

    @Test(arguments: [
        (["--to", "局", "--at", "2026-11-30"], "--reference"),
        (["--reference", "1号", "--at", "2026-11-30"], "--to"),
        (["--to", "局", "--reference", "1号"], "--at"),
        (["--to", "局", "--reference", "1号", "--at", "2026-13-40"], "2026-13-40"),
    ])
    func escalationWithoutReferenceOrDateIsRefusedInOneLine(options: [String], names: String) throws {
        let station = try Self.station()
        let before = try Self.historyCount(station, "2")
        let refused = try station.run(["hazard", "escalate", "2"] + options)
        #expect(refused.status == 1 && refused.stderr.contains(names), "\(refused)")
        #expect(refused.stderr.split(separator: "\n").count == 1)
        #expect(try Self.historyCount(station, "2") == before)
    }

    @Test func aGeneralHazardIsNotEscalatedListedOrStopped() throws {
        let station = try Self.station()
        for arguments in [["escalate", "1", "--to", "局", "--reference", "1号", "--at", "2026-11-30"],
                          ["supervise", "1", "--number", "1号", "--authority", "局", "--at", "2026-11-30"],
                          ["stop-work", "1", "--scope", "车间", "--at", "2026-11-30"]] {
            let refused = try station.run(["hazard"] + arguments)
            #expect(refused.status == 1 && refused.stderr.contains("不是重大隐患"), "\(refused)")
        }
        let english = try station.run(["hazard", "escalate", "1", "--to", "局", "--reference", "1号", "--at", "2026-11-30",
                                       "--lang", "en"])
        #expect(english.status == 1 && english.stderr.contains("is not major"), "\(english)")
    }

    @Test func unreportedListsMajorHazardsNotReportedWithinThreeDays() throws {
        let station = try Self.station()
        let early = try station.run(["hazard", "list", "--unreported", "--format", "json"], now: "2026-12-02T09:00:00+08:00")
        #expect(early.trimmedStdout.hasPrefix("[") && !early.stdout.contains("\"id\" : 2"), "\(early)")
        let late = try station.run(["hazard", "list", "--unreported"], now: "2026-12-02T09:00:01+08:00")
        #expect(late.stdout.contains("未上报") && late.stdout.contains("m2") && !late.stdout.contains("m1"), "\(late)")
        _ = try station.run(["hazard", "escalate", "2", "--to", "局", "--reference", "1号", "--at", "2026-12-05"])
        let reported = try station.run(["hazard", "list", "--unreported"], now: "2026-12-06T09:00:00+08:00")
        #expect(!reported.stdout.contains("m2"), "\(reported)")
    }

    @Test func supervisionIsListedAndDelistedOnlyAfterVerification() throws {
        let station = try Self.station()
        let listed = try station.run(["hazard", "supervise", "2", "--number", "金东督〔2026〕1号", "--authority", "区安委办",
                                      "--at", "2026-11-30"])
        #expect(listed.status == 0, "\(listed)")
        let supervised = try station.run(["hazard", "list", "--supervised", "--format", "json"], now: Self.now)
        #expect(supervised.stdout.contains("金东督〔2026〕1号") && !supervised.stdout.contains("\"id\" : 1,"))
        let early = try station.run(["hazard", "delist", "2"], now: Self.now)
        #expect(early.status == 1 && early.stderr.contains("复查销号后才能摘牌"), "\(early)")
        try Self.rectify(station)
        #expect(try station.run(["hazard", "verify", "2", "--inspector", "张三"], now: Self.now).status == 0)
        #expect(try station.run(["hazard", "list", "--supervised"], now: Self.now).stdout.contains("m2"))
        let delisted = try station.run(["hazard", "delist", "2", "--at", "2026-12-10"], now: Self.now)
        #expect(delisted.status == 0, "\(delisted)")
        #expect(!(try station.run(["hazard", "list", "--supervised"], now: Self.now).stdout.contains("m2")))
        let history = try #require(try Self.hazard(station, "2")["history"] as? [[String: Any]])
        #expect(history.last?["event"] as? String == "delisted")
    }

    @Test func stopWorkIsClearedOnlyByVerification() throws {
        let station = try Self.station()
        let stopped = try station.run(["hazard", "stop-work", "2", "--scope", "二号车间", "--at", "2026-11-30"])
        #expect(stopped.status == 0, "\(stopped)")
        let again = try station.run(["hazard", "stop-work", "2", "--scope", "全厂", "--at", "2026-11-30"])
        #expect(again.status == 1 && again.stderr.contains("二号车间"), "\(again)")
        try Self.rectify(station)
        #expect((try Self.hazard(station, "2")["stop_work"] as? [String: Any])?["cleared_at"] == nil)
        #expect(try station.run(["hazard", "verify", "2", "--inspector", "张三"], now: "2026-12-08T10:00:00+08:00").status == 0)
        let order = try #require(try Self.hazard(station, "2")["stop_work"] as? [String: Any])
        #expect(order["cleared_at"] as? String == "2026-12-08T10:00:00+08:00")
    }

    @Test func aMajorHazardEntersRectifyingOnlyWithItsRemediationPlan() throws {
        let station = try Self.station()
        let refused = try station.run(["hazard", "update", "2", "--status", "rectifying", "--responsible", "王五",
                                       "--measures", "签协议", "--funds", "1万元", "--time-limit", "2026-12-20",
                                       "--plan", "预案"], now: Self.now)
        #expect(refused.status == 1 && refused.stderr.contains("--remediation-plan"), "\(refused)")
        #expect(try Self.hazard(station, "2")["status"] as? String == "open")
        try Self.rectify(station)
        let plan = try #require(try Self.hazard(station, "2")["remediation_plan"] as? [String: Any])
        #expect(plan["name"] as? String == "治理方案.txt")
        let stored = station.directory.appendingPathComponent("evidence")
            .appendingPathComponent(String((plan["sha256"] as? String ?? "").prefix(2)))
            .appendingPathComponent(plan["sha256"] as? String ?? "")
        #expect(FileManager.default.fileExists(atPath: stored.path))
    }

    @Test func showPrintsReportsListingStopWorkAndPlan() throws {
        let station = try Self.station()
        _ = try station.run(["hazard", "escalate", "2", "--to", "区应急管理局", "--reference", "1号", "--at", "2026-11-30"])
        _ = try station.run(["hazard", "stop-work", "2", "--scope", "二号车间", "--at", "2026-11-30"])
        let shown = try station.run(["hazard", "show", "2"], now: Self.now)
        #expect(shown.stdout.contains("上报：2026-11-30 区应急管理局 文号 1号") && shown.stdout.contains("[停产停业/撤出人员]"),
                "\(shown)")
        let english = try station.run(["hazard", "show", "2", "--lang", "en"], now: Self.now)
        #expect(english.stdout.contains("Reported: 2026-11-30 to 区应急管理局, reference 1号"), "\(english)")
    }

    @Test func noticeNumbersAreConsecutiveAndKept() throws {
        let station = try Self.station()
        let second = try SessionCLITests.start(station)
        #expect(try station.run(["session", "complete", second], now: Self.now).status == 0)
        func number(_ session: String) throws -> String? {
            try station.run(["report", "notice", session, "--format", "json"], now: Self.now).jsonObject()["number"] as? String
        }
        #expect(try number(second) == "金东安体〔2026〕第0001号")
        #expect(try number("1") == "金东安体〔2026〕第0002号")
        #expect(try number(second) == "金东安体〔2026〕第0001号")
        let html = try station.run(["report", "notice", "1", "--station", "多湖街道安全生产体检站"], now: Self.now)
        #expect(html.stdout.contains("金东安体〔2026〕第0002号"))
        let open = try SessionCLITests.start(station)
        #expect(try station.run(["report", "notice", open], now: Self.now).status == 1)
    }

    @Test func twoProcessesIssuingAtOnceGetDifferentNumbers() throws {
        let station = try Self.station()
        var sessions = ["1"]
        for _ in 0..<3 {
            let id = try SessionCLITests.start(station)
            #expect(try station.run(["session", "complete", id], now: Self.now).status == 0)
            sessions.append(id)
        }
        let ids = sessions
        let numbers = NumberBox()
        let runner = station.runner, stationArguments = station.stationArguments
        DispatchQueue.concurrentPerform(iterations: ids.count) { index in
            let result = try? runner.run(["report", "notice", ids[index], "--format", "json", "--now", Self.now]
                                         + stationArguments)
            numbers.add((try? result?.jsonObject()["number"] as? String) ?? nil)
        }
        #expect(numbers.sorted == (1...4).map { "金东安体〔2026〕第000\($0)号" })
    }

    @Test func theNoticeShowsTheMajorHazardsPlanAndReports() throws {
        let station = try Self.station()
        _ = try station.run(["hazard", "escalate", "2", "--to", "区应急管理局", "--reference", "孝安报1号", "--at", "2026-11-30"])
        try Self.rectify(station)
        let markdown = try station.run(["report", "notice", "1", "--format", "md"], now: Self.now)
        #expect(markdown.stdout.contains("| 治理方案 | 治理方案.txt（校验值 SHA-256 "), "\(markdown)")
        #expect(markdown.stdout.contains("| 上报 | 2026-11-30 报区应急管理局，文号 孝安报1号 |"))
        let json = try station.run(["report", "notice", "1", "--format", "json"], now: Self.now).jsonObject()
        let hazards = try #require(json["hazards"] as? [[String: Any]])
        #expect((hazards.last?["remediation_plan"] as? [String: Any])?["name"] as? String == "治理方案.txt")
        #expect(hazards.first?["supervision"] is NSNull)
    }

    @Test func theLedgerCarriesTheNewColumns() throws {
        let station = try Self.station()
        _ = try station.run(["report", "notice", "1", "--format", "json"], now: Self.now)
        _ = try station.run(["hazard", "escalate", "2", "--to", "局", "--reference", "1号", "--at", "2026-11-30"])
        let csv = try station.run(["report", "ledger", "--format", "csv"], now: Self.now)
        let lines = csv.stdout.components(separatedBy: "\r\n")
        #expect(lines[0].hasSuffix("隐患编号,通知书编号,检查人员,隐患部位,隐患类别,行业,联系人,整改措施,整改资金,整改时限,应急预案,治理方案,整改完成日期,复查人,复查意见,证据数,已上报,挂牌督办"))
        #expect(lines[2].contains(",2,金东安体〔2026〕第0001号,张三,,管理缺陷,化工,") && lines[2].hasSuffix(",0,是,否"), "\(csv)")
        let json = try station.run(["report", "ledger", "--format", "json"], now: Self.now).jsonObject()
        let rows = try #require(json["rows"] as? [[String: Any]])
        #expect(rows.last?["notice_number"] as? String == "金东安体〔2026〕第0001号")
        #expect(rows.last?["inspectors"] as? [String] == ["张三"] && rows.last?["category"] as? String == "management")
    }

    @Test func theTownshipReportListsUnreportedMajorHazards() throws {
        let station = try Self.station()
        let json = try station.run(["report", "township", "孝顺镇", "--format", "json"], now: "2026-12-05T09:00:00+08:00")
            .jsonObject()
        let unreported = try #require(json["unreported_major"] as? [[String: Any]])
        #expect(unreported.map { $0["id"] as? Int } == [2] && unreported.first?["report_by"] as? String == "2026-12-02")
        let html = try station.run(["report", "township", "孝顺镇", "--format", "html"], now: "2026-12-05T09:00:00+08:00")
        #expect(html.stdout.contains("逾期未上报的重大隐患：1 项"), "\(html.stderr)")
    }
}

/// Notice numbers gathered from concurrent runs.
final class NumberBox: @unchecked Sendable {
    private let lock = NSLock()
    private var numbers: [String] = []

    func add(_ number: String?) {
        lock.lock()
        numbers.append(number ?? "")
        lock.unlock()
    }

    var sorted: [String] {
        lock.lock()
        defer { lock.unlock() }
        return numbers.sorted()
    }
}
