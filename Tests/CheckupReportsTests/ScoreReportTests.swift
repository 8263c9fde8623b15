import CheckupCore
import CheckupReports
import CheckupStore
import Foundation
import Testing

/// Specification of the score reports behind `checkup score`: the session score card, the
/// enterprise trend and the township summary, as JSON values and terminal text. The numbers are
/// those of the worked example in docs/scoring.md.
@Suite("Score reports")
struct ScoreReportTests {
    // MARK: - Fixtures

    static func item(_ id: String, _ layer: Layer, weight: Double = 1, major: Bool = false,
                     _ zh: String, _ en: String) -> ChecklistItem {
        ChecklistItem(id: id, layer: layer, weight: weight, major: major,
                      title: LocalizedText(zh, translations: [.en: en]), basis: LocalizedText("示例依据"))
    }

    /// h1 human w2, h2 human w1, p1 physical w1, p2 physical w1, p3 physical w2, t1 technical w1.
    static let workedChecklist = Checklist(
        id: "score-example", version: "1.0", title: LocalizedText("评分示例检查表", translations: [.en: "Scoring example"]),
        sections: [], items: [
            item("h1", .human, weight: 2, "配备专职安全员", "Safety officer appointed"),
            item("h2", .human, "培训记录完整", "Training records complete"),
            item("p1", .physical, "灭火器配置到位", "Extinguishers in place"),
            item("p2", .physical, "气瓶防倾倒措施", "Gas cylinder cage"),
            item("p3", .physical, weight: 2, "安全出口畅通", "Emergency exits clear"),
            item("t1", .technical, major: true, "烟感报警器有效", "Smoke alarms working"),
        ])

    /// One item per layer.
    static let fourLayers = Checklist(
        id: "four", version: "1.0", title: LocalizedText("四防"), sections: [], items: [
            item("h1", .human, "安全员到岗", "Officer present"),
            item("p1", .physical, "防护栏完好", "Guard rails intact"),
            item("t1", .technical, "监控在线", "Cameras online"),
            item("j1", .joint, "网格员联络畅通", "Grid member reachable"),
        ])

    static let enterpriseA = Enterprise(creditCode: "91350100M000100Y43", name: "测试企业", township: "孝顺镇")
    static let enterpriseB = Enterprise(creditCode: "91350100M000200Y4T", name: "乙企业", township: "孝顺镇")

    static func date(_ text: String) -> Date {
        Timestamp.parse(text) ?? Date(timeIntervalSince1970: 0)
    }

    static func session(_ id: Int64, kind: SessionKind = .inspection, status: SessionStatus = .completed,
                        enterprise: Enterprise = enterpriseA, checklist: Checklist = workedChecklist,
                        at time: String = "2026-03-01T09:30:00+08:00") -> Session {
        Session(id: id, kind: kind, enterpriseCode: enterprise.creditCode, checklistID: checklist.id,
                checklistVersion: checklist.version, checklistHash: "hash-\(checklist.id)", profileID: nil,
                inspectors: ["张三"], status: status, startedAt: date(time),
                completedAt: status == .open ? nil : date(time))
    }

    static func finding(_ session: Int64, _ item: String, _ result: ItemResult, major: Bool = false,
                        fixedOnSite: Bool = false) -> Finding {
        Finding(sessionID: session,
                answer: Answer(itemID: item, result: result, note: result == .fail ? "问题" : nil, major: major,
                               fixedOnSite: fixedOnSite),
                recordedBy: "张三", recordedAt: date("2026-03-01T09:40:00+08:00"))
    }

    /// h1 pass, h2 fail, p1 pass, p2 na, t1 fail; p3 unchecked.
    static func workedFindings(_ session: Int64 = 1) -> [Finding] {
        [finding(session, "h1", .pass), finding(session, "h2", .fail), finding(session, "p1", .pass),
         finding(session, "p2", .na), finding(session, "t1", .fail)]
    }

    static func workedReport(id: Int64 = 1, kind: SessionKind = .inspection, status: SessionStatus = .completed,
                             at time: String = "2026-03-01T09:30:00+08:00", language: Language = .zh) -> ScoreReport {
        ScoreReport(session: session(id, kind: kind, status: status, at: time), checklist: workedChecklist,
                    enterprise: enterpriseA, findings: workedFindings(id), language: language)
    }

    static func fourLayerReport(id: Int64, enterprise: Enterprise = enterpriseB, passing: Set<String>,
                                kind: SessionKind = .inspection, at time: String) -> ScoreReport {
        let findings = fourLayers.items.map { finding(id, $0.id, passing.contains($0.id) ? .pass : .fail) }
        return ScoreReport(session: session(id, kind: kind, enterprise: enterprise, checklist: fourLayers, at: time),
                           checklist: fourLayers, enterprise: enterprise, findings: findings)
    }

    static func jsonObject(_ value: some Encodable) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: JSONOutput.encode(value)) as? [String: Any] ?? [:]
    }

    // MARK: - One session: JSON

    @Test func workedExampleGivesTheDocumentedLayerFigures() {
        let layers = Self.workedReport().json().layers
        #expect([layers.human.coverage, layers.human.compliance, layers.human.score] == [1, 0.667, 0.667])
        #expect([layers.physical.coverage, layers.physical.compliance, layers.physical.score] == [0.333, 1, 0.333])
        #expect([layers.technical.coverage, layers.technical.compliance, layers.technical.score] == [1, 0, 0])
        #expect([layers.joint.coverage, layers.joint.compliance, layers.joint.score] == [nil, nil, nil])
        #expect(!layers.joint.covered)
    }

    @Test func workedExampleGivesTheDocumentedSums() {
        let layers = Self.workedReport().json().layers
        #expect([layers.human.applicable, layers.human.examined, layers.human.passed] == [3, 3, 2])
        #expect([layers.physical.applicable, layers.physical.examined, layers.physical.passed] == [3, 1, 1])
        #expect([layers.technical.applicable, layers.technical.examined, layers.technical.passed] == [1, 1, 0])
    }

    @Test func workedExampleLevelIsRoundedToThreeDecimals() {
        #expect(Self.workedReport().json().level == 1.111)
    }

    @Test func undefinedFiguresAreEncodedAsNullRatherThanLeftOut() throws {
        let object = try Self.jsonObject(Self.workedReport().json())
        let joint = (object["layers"] as? [String: Any])?["joint"] as? [String: Any] ?? [:]
        for key in ["coverage", "compliance", "score"] {
            #expect(joint[key] is NSNull, "layers.joint.\(key)")
        }
    }

    @Test func sessionJSONHasEveryDocumentedTopLevelKey() throws {
        let object = try Self.jsonObject(Self.workedReport().json())
        for key in ["session", "kind", "level", "layers", "weights", "hazards", "gains"] {
            #expect(object[key] != nil, "\(key)")
        }
        #expect(Set((object["layers"] as? [String: Any] ?? [:]).keys) == ["human", "physical", "technical", "joint"])
        #expect(Set((object["weights"] as? [String: Any] ?? [:]).keys) == ["physical", "technical", "joint"])
    }

    @Test func gainsRankTechnicalThenPhysicalThenHuman() {
        let gains = Self.workedReport().json().gains
        #expect(gains.map(\.item) == ["t1", "p3", "h2"])
        #expect(gains.map(\.delta_level) == [0.333, 0.222, 0])
        #expect(gains.map(\.delta_layer_score) == [1, 0.667, 0.333])
    }

    @Test func gainTitlesFollowTheLanguage() {
        #expect(Self.workedReport(language: .en).json().gains.first?.title == "Smoke alarms working")
        #expect(Self.workedReport(language: .zh).json().gains.first?.title == "烟感报警器有效")
    }

    // MARK: - Open hazards

    @Test func failsNotFixedOnSiteAreOpenHazardsMajorWhenTheItemIsMajor() {
        // t1 is a major item in the fixture; h2 is general.
        #expect(Self.workedReport().openHazards == OpenHazardCount(major: 1, general: 1))
    }

    @Test func aFailFixedOnSiteByAnInspectorIsNotOpen() {
        let findings = [Self.finding(1, "h2", .fail, fixedOnSite: true), Self.finding(1, "p1", .fail)]
        #expect(OpenHazardCount.countedFromSessionFindings(findings) == OpenHazardCount(major: 0, general: 1))
    }

    @Test func aSelfCheckFixedOnSiteStaysOpen() {
        let findings = [Self.finding(1, "h2", .fail, fixedOnSite: true)]
        #expect(OpenHazardCount.countedFromSessionFindings(findings, kind: .selfCheck) == OpenHazardCount(general: 1))
    }

    @Test func hazardTableCountsEveryHazardNotYetVerified() {
        let session = Self.session(1)
        func hazard(_ id: Int64, _ severity: HazardSeverity, _ status: HazardStatus) -> Hazard {
            Hazard(id: id, sessionID: 1, itemID: "h2", enterpriseCode: Self.enterpriseA.creditCode, source: .inspection,
                   severity: severity, layer: .human, itemTitle: "", description: "", basis: "", remedy: nil,
                   evidence: [], status: status, foundAt: session.startedAt, deadline: session.startedAt)
        }
        let hazards = [hazard(1, .major, .rectifying), hazard(2, .general, .open), hazard(3, .general, .rectified),
                       hazard(4, .general, .verified)]
        let count = OpenHazardCount.forSession(session, checklist: Self.workedChecklist,
                                               findings: Self.workedFindings(), hazards: hazards)
        #expect(count == OpenHazardCount(major: 1, general: 2))
    }

    // MARK: - One session: text

    @Test func textShowsTheLevelHeadline() {
        #expect(Self.workedReport().text().contains("防控等级 L = 1.111（1.0 → 2.0）"))
        #expect(Self.workedReport(language: .en).text().contains("Defence level L = 1.111"))
    }

    @Test(arguments: [Language.zh, .en])
    func layerBarsStartInTheSameColumnWhateverTheLabelWidth(language: Language) {
        let bars = Self.workedReport(language: language).text().split(separator: "\n").map(String.init)
            .filter { line in Layer.allCases.contains { line.hasPrefix("  " + $0.name(language) + " ") } }
        #expect(bars.count == 4)
        let columns = bars.map { line in TextWidth.of(String(line.prefix { $0 != "█" && $0 != "░" && $0 != "·" })) }
        #expect(Set(columns).count == 1, "\(bars)")
    }

    @Test func barFillsInProportionToTheScoreAndDotsALayerNotCovered() {
        #expect(LayerBars.bar(0.5, width: 10) == "█████░░░░░")
        #expect(LayerBars.bar(2.0 / 3, width: 20) == String(repeating: "█", count: 13) + String(repeating: "░", count: 7))
        #expect(LayerBars.bar(nil, width: 4) == "····")
    }

    // MARK: - Enterprise trend

    @Test func enterpriseTrendIsOldestFirstWithTheLatestInspectionInFull() {
        let later = Self.workedReport(id: 7, at: "2026-09-01T09:00:00+08:00")
        let earlier = Self.workedReport(id: 3, at: "2026-03-01T09:00:00+08:00")
        let json = EnterpriseTrendReport(enterprise: Self.enterpriseA, reports: [later, earlier]).json()
        #expect(json.trend.map(\.session) == [3, 7])
        #expect(json.trend.map(\.date) == ["2026-03-01", "2026-09-01"])
        #expect(json.latest?.session == 7)
    }

    @Test func selfChecksAreReportedApartFromInspections() {
        let inspection = Self.workedReport(id: 1, at: "2026-03-01T09:00:00+08:00")
        let selfCheck = Self.workedReport(id: 2, kind: .selfCheck, at: "2026-04-01T09:00:00+08:00")
        let json = EnterpriseTrendReport(enterprise: Self.enterpriseA, reports: [inspection, selfCheck]).json()
        #expect(json.trend.map(\.session) == [1])
        #expect(json.latest?.session == 1)
        #expect(json.self_checks.trend.map(\.session) == [2])
        #expect(json.self_checks.latest?.kind == "self-check")
    }

    @Test func sessionsNotCompletedAreLeftOutOfTheTrend() {
        let open = Self.workedReport(id: 9, status: .open, at: "2026-10-01T09:00:00+08:00")
        let done = Self.workedReport(id: 4, at: "2026-03-01T09:00:00+08:00")
        let json = EnterpriseTrendReport(enterprise: Self.enterpriseA, reports: [open, done]).json()
        #expect(json.trend.map(\.session) == [4])
    }

    @Test func enterpriseWithoutInspectionsHasNullLatestAndEmptyTrend() throws {
        let object = try Self.jsonObject(EnterpriseTrendReport(enterprise: Self.enterpriseA, reports: []).json())
        #expect(object["latest"] is NSNull)
        #expect((object["trend"] as? [Any])?.isEmpty == true)
    }

    // MARK: - Township: which session counts

    static let period2026 = ScorePeriod(from: "2026-01-01", to: "2026-12-31") ?? ScorePeriod()

    @Test func theLatestCompletedInspectionInThePeriodCounts() {
        let sessions = [Self.session(1, at: "2026-02-01T09:00:00+08:00"), Self.session(2, at: "2026-08-01T09:00:00+08:00"),
                        Self.session(3, status: .open, at: "2026-09-01T09:00:00+08:00"),
                        Self.session(4, at: "2027-01-01T00:00:00+08:00")]
        #expect(SessionPairing.latestEligible(sessions, in: Self.period2026, includeSelfChecks: false)?.id == 2)
    }

    @Test func selfChecksCountOnlyWhenIncluded() {
        let sessions = [Self.session(1, at: "2026-02-01T09:00:00+08:00"),
                        Self.session(2, kind: .selfCheck, at: "2026-08-01T09:00:00+08:00")]
        #expect(SessionPairing.latestEligible(sessions, in: Self.period2026, includeSelfChecks: false)?.id == 1)
        #expect(SessionPairing.latestEligible(sessions, in: Self.period2026, includeSelfChecks: true)?.id == 2)
    }

    @Test func aPeriodEndingOnADateIncludesThatWholeDayInStationTime() throws {
        let period = try #require(ScorePeriod(from: nil, to: "2026-12-31"))
        #expect(period.contains(Self.date("2026-12-31T23:59:59+08:00")))
        #expect(!period.contains(Self.date("2027-01-01T00:00:00+08:00")))
        #expect(period.toLabel == "2026-12-31")
    }

    @Test func aPeriodStartingOnADateBeginsAtMidnightStationTime() throws {
        let period = try #require(ScorePeriod(from: "2026-01-01", to: nil))
        #expect(period.contains(Self.date("2026-01-01T00:00:00+08:00")))
        #expect(!period.contains(Self.date("2025-12-31T23:59:59+08:00")))
    }

    @Test func anUnparseableBoundIsRejected() {
        #expect(ScorePeriod(from: "31/12/2026", to: nil) == nil)
    }

    // MARK: - Township: figures

    static func township(units: [ScoreReport], notInspected: [Enterprise] = []) -> TownshipScoreReport {
        let enterprises = units.map(\.enterprise) + notInspected
        return TownshipScoreReport(township: "孝顺镇", period: period2026, includeSelfChecks: false,
                                   enterprises: enterprises, units: units, notInspected: notInspected)
    }

    @Test func townshipCountsEnterprisesPerLevelBandWithAllFourBandsPresent() {
        let json = Self.township(units: [
            Self.workedReport(id: 1),
            Self.fourLayerReport(id: 2, passing: ["h1", "p1", "t1", "j1"], at: "2026-05-01T09:00:00+08:00"),
        ]).json()
        #expect(json.bands == ["1.00-1.25": 1, "1.25-1.50": 0, "1.50-1.75": 0, "1.75-2.00": 1])
    }

    @Test func townshipCountsOnlyEnterprisesWithEveryLayerAtPointEightAsReachingTwoPointZero() {
        let json = Self.township(units: [
            Self.workedReport(id: 1),
            Self.fourLayerReport(id: 2, passing: ["h1", "p1", "t1", "j1"], at: "2026-05-01T09:00:00+08:00"),
            Self.fourLayerReport(id: 3, enterprise: Self.enterpriseA, passing: ["p1", "t1", "j1"],
                                 at: "2026-05-01T09:00:00+08:00"),
        ]).json()
        #expect(json.reached_2_0 == 1)
    }

    @Test func townshipMeanLayerScoresCountALayerNotCoveredAsZero() {
        let json = Self.township(units: [
            Self.workedReport(id: 1),
            Self.fourLayerReport(id: 2, passing: ["h1", "p1", "t1", "j1"], at: "2026-05-01T09:00:00+08:00"),
        ]).json()
        #expect(json.mean_layers.joint == 0.5)
        #expect(json.mean_level == 1.556)
        #expect(json.covered.joint == 1)
    }

    @Test func townshipListsAndCountsTheEnterprisesNotInspected() {
        let json = Self.township(units: [Self.workedReport(id: 1)], notInspected: [Self.enterpriseB]).json()
        #expect(json.enterprises == 2)
        #expect(json.inspected == 1)
        #expect(json.not_inspected == 1)
        #expect(json.not_inspected_enterprises.map(\.credit_code) == [Self.enterpriseB.creditCode])
    }

    @Test func townshipWithNobodyInspectedHasNullMeans() throws {
        let object = try Self.jsonObject(Self.township(units: [], notInspected: [Self.enterpriseA]).json())
        #expect(object["mean_level"] is NSNull)
        let means = object["mean_layers"] as? [String: Any] ?? [:]
        #expect(means.count == 4 && means.values.allSatisfy { $0 is NSNull })
    }

    @Test func townshipTextShowsTheMeanLevelAndTheBands() {
        let text = Self.township(units: [Self.workedReport(id: 1)], notInspected: [Self.enterpriseB]).text()
        #expect(text.contains("平均防控等级 L = 1.111（1.0 → 2.0）"))
        #expect(text.contains("1.75-2.00"))
        #expect(text.contains(Self.enterpriseB.name))
    }

    // MARK: - Loading from a station

    /// A station on a temporary database with the repository's checklists as catalog.
    static func temporaryStation() throws -> (Station, URL) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("score-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let database = directory.appendingPathComponent("station.sqlite").path
        let station = Station(store: try SQLiteStationStore(path: database),
                              catalog: try ChecklistCatalog(directory: root.appendingPathComponent("checklists").path),
                              evidence: EvidenceStore.beside(database: database))
        return (station, directory)
    }

    @Test func townshipFromAStationUsesSelfChecksOnlyWhenAsked() throws {
        let (station, directory) = try Self.temporaryStation()
        defer { try? FileManager.default.removeItem(at: directory) }
        let now = Self.date("2026-05-01T09:00:00+08:00")
        try station.store.saveEnterprise(Self.enterpriseA, update: false, now: now)
        let selfCheck = try station.startOrResume(kind: .selfCheck, checklist: "gm-general",
                                                  enterprise: Self.enterpriseA.creditCode, inspectors: ["企业"],
                                                  profile: nil, now: now)
        try station.complete(selfCheck.session.id, now: now)
        var cache: [String: Checklist] = [:]
        let inspectionsOnly = TownshipScoreReport(try station.township("孝顺镇", period: Self.period2026, cache: &cache)).json()
        let withSelfChecks = TownshipScoreReport(try station.township("孝顺镇", period: Self.period2026,
                                                                      includeSelfChecks: true, cache: &cache)).json()
        #expect(inspectionsOnly.inspected == 0)
        #expect(withSelfChecks.units.map(\.session) == [selfCheck.session.id])
    }

    @Test func aTownshipWithNoRegisteredEnterpriseIsRefused() throws {
        let (station, directory) = try Self.temporaryStation()
        defer { try? FileManager.default.removeItem(at: directory) }
        var cache: [String: Checklist] = [:]
        #expect(throws: ScoreError.noEnterprisesInTownship("无此镇")) { try station.township("无此镇", cache: &cache) }
    }
}
