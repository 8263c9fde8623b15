import Foundation
import Testing

/// End-to-end specification of `checkup score`, run against the built binary. The numbers are
/// those of the worked example in docs/scoring.md (fixture checklist score-example.xml).
@Suite("checkup score (CLI)")
struct ScoreCLITests {
    static let codeA = "91350100M000100Y43"
    static let codeB = "91350100M000200Y4T"
    static let codeC = "91350100M000300Y4J"
    static let codeD = "91350100M000400Y4A"
    static let codeE = "91350100M000500Y42"
    static let checklists = ["score-example.xml", "score-four-layers.xml"]

    // MARK: - Helpers

    /// Runs a command that must succeed, failing the test with its output otherwise.
    @discardableResult
    static func ok(_ station: TemporaryStation, _ arguments: [String], now: String? = nil,
                   sourceLocation: SourceLocation = #_sourceLocation) throws -> CLIResult {
        let result = try station.run(arguments, now: now)
        #expect(result.status == 0, "\(result)", sourceLocation: sourceLocation)
        return result
    }

    static func addEnterprise(_ station: TemporaryStation, code: String, name: String, township: String = "孝顺镇") throws {
        try ok(station, ["enterprise", "add", "--credit-code", code, "--name", name, "--township", township],
               now: "2026-01-01T08:00:00+08:00")
    }

    /// Starts a session, records `answers` (item, result) in order and completes it; returns its id.
    static func completedSession(_ station: TemporaryStation, checklist: String, enterprise: String,
                                 at time: String, answers: [(String, String)]) throws -> String {
        let id = try ok(station, ["session", "start", "--checklist", checklist, "--enterprise", enterprise,
                                  "--inspector", "张三"], now: time).trimmedStdout
        for (index, (item, result)) in answers.enumerated() {
            let note = result == "fail" ? ["--note", "问题 \(index)"] : []
            try ok(station, ["record", id, item, result] + note, now: time)
        }
        try ok(station, ["session", "complete", id], now: time)
        return id
    }

    /// The worked example's answers: h1 pass, h2 fail, p1 pass, p2 na, t1 fail; p3 unchecked.
    static let workedExampleAnswers = [("h1", "pass"), ("h2", "fail"), ("p1", "pass"), ("p2", "na"), ("t1", "fail")]

    /// A station with enterprise A and the worked example recorded and completed through the CLI.
    static func workedExampleStation() throws -> (TemporaryStation, String) {
        let station = try TemporaryStation(checklists: checklists)
        try ok(station, ["enterprise", "add", "--credit-code", codeA, "--name", "测试企业", "--township", "孝顺镇"],
               now: "2026-03-01T09:00:00+08:00")
        let id = try ok(station, ["session", "start", "--checklist", "score-example", "--enterprise", codeA,
                                  "--inspector", "张三"], now: "2026-03-01T09:30:00+08:00").trimmedStdout
        try ok(station, ["record", id, "h1", "pass"], now: "2026-03-01T09:31:00+08:00")
        try ok(station, ["record", id, "h2", "fail", "--note", "x"], now: "2026-03-01T09:32:00+08:00")
        try ok(station, ["record", id, "p1", "pass"], now: "2026-03-01T09:33:00+08:00")
        try ok(station, ["record", id, "p2", "na"], now: "2026-03-01T09:34:00+08:00")
        try ok(station, ["record", id, "t1", "fail", "--note", "y"], now: "2026-03-01T09:35:00+08:00")
        try ok(station, ["session", "complete", id], now: "2026-03-01T10:00:00+08:00")
        return (station, id)
    }

    static func layer(_ json: [String: Any], _ name: String) -> [String: Any] {
        (json["layers"] as? [String: Any])?[name] as? [String: Any] ?? [:]
    }

    static func number(_ value: Any?) -> Double? {
        (value as? NSNumber)?.doubleValue
    }

    // MARK: - checkup score SESSION

    @Test func workedExampleHumanLayerIsFullyCoveredWithTwoThirdsCompliance() throws {
        let (station, id) = try Self.workedExampleStation()
        let human = Self.layer(try Self.ok(station, ["score", id, "--format", "json"]).jsonObject(), "human")
        #expect(Self.number(human["applicable"]) == 3)
        #expect(Self.number(human["examined"]) == 3)
        #expect(Self.number(human["passed"]) == 2)
        #expect(Self.number(human["coverage"]) == 1)
        #expect(Self.number(human["compliance"]) == 0.667)
        #expect(Self.number(human["score"]) == 0.667)
        #expect(human["covered"] as? Bool == true)
    }

    @Test func workedExamplePhysicalLayerScoresOneThird() throws {
        let (station, id) = try Self.workedExampleStation()
        let physical = Self.layer(try Self.ok(station, ["score", id, "--format", "json"]).jsonObject(), "physical")
        #expect(Self.number(physical["applicable"]) == 3)
        #expect(Self.number(physical["coverage"]) == 0.333)
        #expect(Self.number(physical["compliance"]) == 1)
        #expect(Self.number(physical["score"]) == 0.333)
    }

    @Test func workedExampleTechnicalLayerScoresZero() throws {
        let (station, id) = try Self.workedExampleStation()
        let technical = Self.layer(try Self.ok(station, ["score", id, "--format", "json"]).jsonObject(), "technical")
        #expect(Self.number(technical["coverage"]) == 1)
        #expect(Self.number(technical["compliance"]) == 0)
        #expect(Self.number(technical["score"]) == 0)
    }

    @Test func workedExampleJointLayerIsNotCoveredWithNullFigures() throws {
        let (station, id) = try Self.workedExampleStation()
        let joint = Self.layer(try Self.ok(station, ["score", id, "--format", "json"]).jsonObject(), "joint")
        #expect(joint["covered"] as? Bool == false)
        for key in ["coverage", "compliance", "score"] {
            #expect(joint[key] is NSNull, "joint.\(key) must be present and null")
        }
    }

    @Test func workedExampleLevelIsOnePointOneOneOne() throws {
        let (station, id) = try Self.workedExampleStation()
        let json = try Self.ok(station, ["score", id, "--format", "json"]).jsonObject()
        #expect(Self.number(json["level"]) == 1.111)
        #expect(json["session"] as? Int == Int(id))
        #expect(json["kind"] as? String == "inspection")
    }

    @Test func workedExampleRanksGainsTechnicalThenPhysicalThenHuman() throws {
        let (station, id) = try Self.workedExampleStation()
        let gains = try Self.ok(station, ["score", id, "--format", "json"]).jsonObject()["gains"] as? [[String: Any]] ?? []
        #expect(gains.map { $0["item"] as? String } == ["t1", "p3", "h2"])
        #expect(gains.map { Self.number($0["delta_level"]) } == [0.333, 0.222, 0])
        #expect(gains.map { Self.number($0["delta_layer_score"]) } == [1, 0.667, 0.333])
        #expect(gains.map { $0["result"] as? String } == ["fail", "unchecked", "fail"])
    }

    @Test func workedExampleCountsTwoOpenGeneralHazards() throws {
        let (station, id) = try Self.workedExampleStation()
        let json = try Self.ok(station, ["score", id, "--format", "json"]).jsonObject()
        let open = (json["hazards"] as? [String: Any])?["open"] as? [String: Any] ?? [:]
        #expect(open["major"] as? Int == 0)
        #expect(open["general"] as? Int == 2)
    }

    @Test func textScoreCardShowsTheLevelHeadlineAndOneBarPerLayer() throws {
        let (station, id) = try Self.workedExampleStation()
        let text = try Self.ok(station, ["score", id]).stdout
        #expect(text.contains("防控等级 L = 1.111（1.0 → 2.0）"))
        let bars = text.split(separator: "\n").filter { $0.contains("█") || $0.contains("░") || $0.contains("·") }
        #expect(bars.count == 4)
        #expect(bars.first?.hasPrefix("  人防  █████████████░░░░░░░  0.667") == true)
    }

    @Test func englishTextUsesEnglishLayerNames() throws {
        let (station, id) = try Self.workedExampleStation()
        let text = try Self.ok(station, ["score", id, "--lang", "en"]).stdout
        #expect(text.contains("Defence level L = 1.111"))
        #expect(text.contains("  technical  "))
        #expect(!text.contains("人防"))
    }

    // MARK: - checkup score --enterprise

    @Test func enterpriseTrendListsCompletedInspectionsOldestFirst() throws {
        let (station, first) = try Self.workedExampleStation()
        let second = try Self.completedSession(
            station, checklist: "score-example", enterprise: Self.codeA, at: "2026-09-01T09:00:00+08:00",
            answers: [("h1", "pass"), ("h2", "pass"), ("p1", "pass"), ("p2", "na"), ("p3", "pass"), ("t1", "pass")])
        let json = try Self.ok(station, ["score", "--enterprise", Self.codeA, "--format", "json"]).jsonObject()
        let trend = json["trend"] as? [[String: Any]] ?? []
        #expect(trend.map { $0["session"] as? Int } == [Int(first), Int(second)])
        #expect(trend.map { $0["date"] as? String } == ["2026-03-01", "2026-09-01"])
        #expect(trend.map { Self.number($0["level"]) } == [1.111, 1.667])
        #expect((json["latest"] as? [String: Any])?["session"] as? Int == Int(second))
        #expect((json["self_checks"] as? [String: Any])?["trend"] as? [Any] != nil)
    }

    // MARK: - checkup score --township

    /// Five enterprises in 孝顺镇 and one elsewhere: A worked example (L 1.111), B all four layers
    /// passed (L 2, reaches 2.0), C human and physical only (L 1.333, on the last evening of the
    /// period), D never inspected, E inspected before the period, F in another township.
    static func townshipStation() throws -> TemporaryStation {
        let station = try TemporaryStation(checklists: checklists)
        for (code, name) in [(codeA, "甲企业"), (codeB, "乙企业"), (codeC, "丙企业"), (codeD, "丁企业"), (codeE, "戊企业")] {
            try addEnterprise(station, code: code, name: name)
        }
        try addEnterprise(station, code: "91330106MA27XK4Q9N", name: "外镇企业", township: "义亭镇")
        _ = try completedSession(station, checklist: "score-example", enterprise: codeA,
                                 at: "2026-03-01T09:00:00+08:00", answers: workedExampleAnswers)
        _ = try completedSession(station, checklist: "score-four-layers", enterprise: codeB,
                                 at: "2026-05-01T09:00:00+08:00",
                                 answers: [("h1", "pass"), ("p1", "pass"), ("t1", "pass"), ("j1", "pass")])
        _ = try completedSession(station, checklist: "score-four-layers", enterprise: codeC,
                                 at: "2026-12-31T23:30:00+08:00",
                                 answers: [("h1", "pass"), ("p1", "pass"), ("t1", "fail"), ("j1", "fail")])
        _ = try completedSession(station, checklist: "score-four-layers", enterprise: codeE,
                                 at: "2025-12-31T10:00:00+08:00",
                                 answers: [("h1", "pass"), ("p1", "pass"), ("t1", "pass"), ("j1", "pass")])
        _ = try completedSession(station, checklist: "score-four-layers", enterprise: "91330106MA27XK4Q9N",
                                 at: "2026-06-01T10:00:00+08:00",
                                 answers: [("h1", "pass"), ("p1", "pass"), ("t1", "pass"), ("j1", "pass")])
        return station
    }

    @Test func townshipCountsLevelBandsAndEnterprisesReachingTwoPointZero() throws {
        let station = try Self.townshipStation()
        let json = try Self.ok(station, ["score", "--township", "孝顺镇", "--from", "2026-01-01", "--to", "2026-12-31",
                                         "--format", "json"]).jsonObject()
        #expect(json["enterprises"] as? Int == 5)
        #expect(json["inspected"] as? Int == 3)
        let bands = json["bands"] as? [String: Int] ?? [:]
        #expect(bands == ["1.00-1.25": 1, "1.25-1.50": 1, "1.50-1.75": 0, "1.75-2.00": 1])
        #expect(json["reached_2_0"] as? Int == 1)
        #expect(Self.number(json["mean_level"]) == 1.481)
    }

    @Test func townshipListsRegisteredEnterprisesNotInspectedInThePeriod() throws {
        let station = try Self.townshipStation()
        let json = try Self.ok(station, ["score", "--township", "孝顺镇", "--from", "2026-01-01", "--to", "2026-12-31",
                                         "--format", "json"]).jsonObject()
        #expect(json["not_inspected"] as? Int == 2)
        let listed = (json["not_inspected_enterprises"] as? [[String: Any]] ?? []).compactMap { $0["credit_code"] as? String }
        #expect(Set(listed) == [Self.codeD, Self.codeE])
    }

    @Test func townshipPeriodEndingOnADayIncludesThatWholeDay() throws {
        let station = try Self.townshipStation()
        let json = try Self.ok(station, ["score", "--township", "孝顺镇", "--from", "2026-12-31", "--to", "2026-12-31",
                                         "--format", "json"]).jsonObject()
        let units = (json["units"] as? [[String: Any]] ?? []).compactMap { $0["credit_code"] as? String }
        #expect(units == [Self.codeC])
    }

    // MARK: - Refusals and usage errors

    @Test(arguments: [
        ["score"],
        ["score", "1", "--enterprise", "91350100M000100Y43"],
        ["score", "--enterprise", "91350100M000100Y43", "--township", "孝顺镇"],
        ["score", "1", "--from", "2026-01-01"],
        ["score", "--township", "孝顺镇", "--to", "31/12/2026"],
    ])
    func scoreWithoutExactlyOneTargetOrWithBadPeriodIsAUsageError(arguments: [String]) throws {
        let station = try TemporaryStation(checklists: [])
        let result = try station.run(arguments)
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout.isEmpty)
    }

    @Test func unknownSessionIsRefusedWithOneLine() throws {
        let (station, _) = try Self.workedExampleStation()
        let result = try station.run(["score", "999"])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr == "checkup: 没有编号为 999 的会话\n")
    }

    @Test func aRefusalSpeaksEnglishWithLangEnOrCheckupLang() throws {
        let (station, _) = try Self.workedExampleStation()
        #expect(try station.run(["score", "999", "--lang", "en"]).stderr == "checkup: no session 999\n")
        let environment = try station.runner.run(["score", "999"] + station.stationArguments,
                                                 environment: ["CHECKUP_LANG": "en"])
        #expect(environment.stderr == "checkup: no session 999\n")
    }

    @Test func unknownEnterpriseIsRefused() throws {
        let (station, _) = try Self.workedExampleStation()
        let result = try station.run(["score", "--enterprise", Self.codeB])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains(Self.codeB))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func townshipWithoutRegisteredEnterprisesIsRefused() throws {
        let (station, _) = try Self.workedExampleStation()
        let result = try station.run(["score", "--township", "无此镇"])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("无此镇"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }
}
