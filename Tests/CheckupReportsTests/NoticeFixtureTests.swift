import CheckupCore
import CheckupReports
import CheckupStore
import Foundation
import Testing

/// A station in a fresh temporary directory, filled through the same `Station` operations the CLI
/// uses, for the notice and township report tests.
///
/// Township 孝顺镇: 锦程 (a self-check, then an inspection with five fails — one major by the
/// item, one major by the inspector, one fixed on site), a hostile enterprise (name, address,
/// inspector and note full of markup, formulas, quotes, pipes and newlines) with one inspection,
/// 恒源 with only an open inspection, and 鑫达 registered in another township. Hazards are then
/// moved through rectification. Ids are fixed: sessions 1 (self-check), 2 (锦程 inspection),
/// 3 (hostile inspection), 4 (open); hazards 1 (self-check), 2–5 (session 2), 6 (session 3).
struct ReportStation {
    let directory: URL
    let station: Station

    static let township = "孝顺镇"
    static let jincheng = "91330703MA2HJ4C8XD"
    static let hostile = "91350100M000100Y43"
    static let hengyuan = "91330703MA2HKL1P7M"
    static let elsewhere = "91330703MA2HN06R2B"
    static let hostileName = "<script>alert(1)</script>恶意\"企业\"&'公司'"
    static let hostileAddress = "=HYPERLINK(\"http://x\")\n| 第二行 |"
    static let hostileNote = "<script>alert(1)</script>\n=HYPERLINK(\"http://evil\")\n| a | b |\n# 标题 & \"引号\""
    static let hostileInspector = "张三<b>"
    /// A place and a person full of markup and formulas (legal representative, person present,
    /// place inspected and the place of a fail).
    static let hostilePlace = "=SUM(A1)|<i>车间</i> & \"库\""
    static let hostilePerson = "@赵六<script>x</script>"
    /// The moment the reports are made as of.
    static let now = time("2026-12-20T09:00:00")

    static func time(_ text: String) -> Date {
        Timestamp.parse(text + "+08:00") ?? Date(timeIntervalSince1970: 0)
    }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("checkup-reports-\(UUID().uuidString)")
        let catalog = directory.appendingPathComponent("catalog")
        try FileManager.default.createDirectory(at: catalog.appendingPathComponent("schema"), withIntermediateDirectories: true)
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        try FileManager.default.copyItem(at: repo.appendingPathComponent("checklists/schema/checklist-1.xsd"),
                                         to: catalog.appendingPathComponent("schema/checklist-1.xsd"))
        try FileManager.default.copyItem(at: try Self.fixture("notice/checklist.xml"),
                                         to: catalog.appendingPathComponent("report-test.xml"))
        let path = directory.appendingPathComponent("station.sqlite").path
        let store = try SQLiteStationStore(path: path)
        station = Station(store: store, catalog: try ChecklistCatalog(directory: catalog.path),
                          evidence: EvidenceStore.beside(database: path))
        try fill()
    }

    /// A file under `Tests/CheckupReportsTests/Fixtures/`.
    static func fixture(_ name: String) throws -> URL {
        guard let base = Bundle.module.resourceURL else { throw CocoaError(.fileNoSuchFile) }
        let url = base.appendingPathComponent("Fixtures").appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { throw CocoaError(.fileNoSuchFile) }
        return url
    }

    private func fill() throws {
        let store = station.store
        let registered = Self.time("2026-09-01T09:00:00")
        try store.saveEnterprise(Enterprise(creditCode: Self.jincheng, name: "金华市锦程机械制造有限公司", township: Self.township,
                                            industry: "机械", address: "金东区孝顺镇工业功能区锦程路18号",
                                            contact: "王建华 13905791234", legalRepresentative: "金国强"),
                                 update: false, now: registered)
        try store.saveEnterprise(Enterprise(creditCode: Self.hostile, name: Self.hostileName, township: Self.township,
                                            address: Self.hostileAddress, contact: "O'Brien & \"Sons\"",
                                            legalRepresentative: Self.hostilePerson),
                                 update: false, now: registered)
        try store.saveEnterprise(Enterprise(creditCode: Self.hengyuan, name: "金华恒源五金制品有限公司", township: Self.township),
                                 update: false, now: registered)
        try store.saveEnterprise(Enterprise(creditCode: Self.elsewhere, name: "金华鑫达化工贸易有限公司", township: "傅村镇"),
                                 update: false, now: registered)

        // Session 1: 锦程's self-check.
        let selfCheck = try station.startOrResume(kind: .selfCheck, checklist: "report-test", enterprise: Self.jincheng,
                                                  inspectors: ["王建华"], profile: nil, now: Self.time("2026-11-02T09:00:00"))
        try answer(selfCheck.session.id, [("m1", .pass, nil), ("m2", .pass, nil), ("p1", .pass, nil),
                                          ("p2", .fail, "配电箱门损坏"), ("t1", .pass, nil), ("j1", .pass, nil)],
                   at: "2026-11-02T09:30:00")
        try station.complete(selfCheck.session.id, now: Self.time("2026-11-02T10:00:00"))

        // Session 2: the station's inspection of 锦程.
        let inspection = try station.startOrResume(checklist: "report-test", enterprise: Self.jincheng,
                                                   inspectors: ["张伟", "李娜"], profile: nil,
                                                   people: SessionPeopleInput(place: "锦程路18号 一号车间、喷涂车间",
                                                                              presentName: "王建华", presentPost: "安全管理员"),
                                                   now: Self.time("2026-11-10T09:00:00"))
        let id = inspection.session.id
        try answer(id, [("m1", .pass, nil), ("m2", .fail, "两名新员工未经三级安全教育即上岗")], at: "2026-11-10T09:30:00")
        try station.record(Answer(itemID: "p1", result: .fail, note: "二楼安全出口被成品堆放堵塞", place: "二楼成品仓库"),
                           session: id, by: "张伟", now: Self.time("2026-11-10T09:30:00"))
        try station.record(Answer(itemID: "p2", result: .fail, note: "配电箱门未关闭", fixedOnSite: true),
                           session: id, by: "张伟", now: Self.time("2026-11-10T10:00:00"))
        try station.record(Answer(itemID: "t1", result: .fail, note: "喷涂车间可燃气体报警器未与排风机联锁", major: true,
                                  place: "喷涂车间"),
                           session: id, by: "张伟", now: Self.time("2026-11-10T10:10:00"))
        try answer(id, [("j1", .pass, nil)], at: "2026-11-10T10:20:00")
        try station.complete(id, now: Self.time("2026-11-10T11:30:00"))

        // Session 3: the hostile enterprise.
        let hostile = try station.startOrResume(checklist: "report-test", enterprise: Self.hostile,
                                                inspectors: [Self.hostileInspector], profile: nil,
                                                people: SessionPeopleInput(place: Self.hostilePlace,
                                                                           presentName: Self.hostilePerson),
                                                now: Self.time("2026-12-01T09:00:00"))
        try station.record(Answer(itemID: "m1", result: .fail, note: Self.hostileNote, place: Self.hostilePlace),
                           session: hostile.session.id, by: "张伟", now: Self.time("2026-12-01T09:30:00"))
        try answer(hostile.session.id, [("p1", .pass, nil)], at: "2026-12-01T09:30:00")
        try station.complete(hostile.session.id, now: Self.time("2026-12-01T10:00:00"))

        // Session 4: 恒源, still open.
        let open = try station.startOrResume(checklist: "report-test", enterprise: Self.hengyuan, inspectors: ["王强"],
                                             profile: nil, now: Self.time("2026-12-05T09:00:00"))
        try answer(open.session.id, [("m1", .pass, nil)], at: "2026-12-05T09:30:00")

        // Rectification: hazard 2 verified on time, 3 rectifying with its five measures, 6 verified late.
        try move(2, to: .rectifying, at: "2026-11-12T09:00:00")
        try move(2, to: .rectified, at: "2026-11-20T09:00:00")
        try verify(2, at: "2026-11-22T09:00:00")
        try move(3, to: .rectifying, at: "2026-11-12T09:00:00",
                 measures: FiveMeasures(responsible: "王建华", measures: "清理通道并设置禁止堆放标识", funds: "5000元",
                                        timeLimit: "2026-11-30", plan: "专人巡查，堵塞时立即停工疏散"))
        try move(6, to: .rectifying, at: "2026-12-02T09:00:00")
        try move(6, to: .rectified, at: "2026-12-10T09:00:00")
        try verify(6, at: "2026-12-18T09:00:00")
    }

    private func answer(_ session: Int64, _ answers: [(String, ItemResult, String?)], at: String) throws {
        for (item, result, note) in answers {
            try station.record(Answer(itemID: item, result: result, note: note), session: session, by: "张伟",
                               now: Self.time(at))
        }
    }

    /// The remediation plan (治理方案) the fixture's major hazard enters rectification with.
    static let plan = EvidenceRef(sha256: String(repeating: "ab", count: 32), originalName: "锦程治理方案.pdf", size: 2048)

    private func move(_ id: Int64, to status: HazardStatus, at: String, measures: FiveMeasures = FiveMeasures()) throws {
        _ = try station.store.changeHazard(id) { hazard in
            try HazardRules.update(hazard, to: status, measures: measures, note: nil,
                                   remediationPlan: measures.responsible == nil ? nil : Self.plan, by: "王建华",
                                   at: Self.time(at))
        }
    }

    private func verify(_ id: Int64, at: String) throws {
        _ = try station.store.changeHazard(id) { hazard in
            try HazardRules.verify(hazard, by: "张伟", at: Self.time(at), refuse: false, reason: nil)
        }
    }

    /// The notice of `session` as of `now`.
    func notice(_ session: Int64 = 2, language: Language = .zh,
                stationName: String = RectificationNotice.defaultStation) throws -> RectificationNotice {
        let data = try station.sessionData(session)
        if let refusal = RectificationNotice.refusal(data.session) { throw refusal }
        let issued = try station.issueNotice(for: data.session, stationName: stationName,
                                             at: Self.time("2026-11-10T12:00:00"))
        return try RectificationNotice(data, station: stationName, number: issued.number,
                                       generatedAt: Self.time("2026-11-10T12:00:00"), language: language)
    }

    /// The township report of 孝顺镇 for `period` as of `now`.
    func township(_ period: ScorePeriod = ScorePeriod(from: "2026-11-01", to: "2026-12-31") ?? ScorePeriod(),
                  language: Language = .zh) throws -> TownshipReport {
        var cache: [String: Checklist] = [:]
        let data = try station.township(Self.township, period: period, cache: &cache)
        return TownshipReport(data, pairs: try station.pairs(data, cache: &cache),
                              hazards: try station.store.hazards(HazardFilter(township: Self.township)),
                              now: Self.now, language: language)
    }
}

/// Golden files: compared byte for byte; `CHECKUP_UPDATE_GOLDENS=1 swift test …` rewrites them in
/// the source tree instead.
enum ReportGolden {
    static func check(_ actual: String, _ name: String) throws {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["CHECKUP_UPDATE_GOLDENS"] == "1" {
            try Data(actual.utf8).write(to: source)
            return
        }
        let expected = try String(contentsOf: try ReportStation.fixture(name), encoding: .utf8)
        #expect(actual == expected, "differs from Fixtures/\(name); rerun with CHECKUP_UPDATE_GOLDENS=1 to rewrite")
    }
}

@Suite("Notice test station")
struct NoticeFixtureTests {
    @Test("the fixture station has the sessions and hazards the report tests rely on")
    func fixtureIsAsDescribed() throws {
        let fixture = try ReportStation()
        let hazards = try fixture.station.store.hazards(HazardFilter())
        #expect(hazards.map(\.id) == [1, 2, 3, 4, 5, 6])
        #expect(hazards.map(\.sessionID) == [1, 2, 2, 2, 2, 3])
        #expect(hazards.map(\.status) == [.open, .verified, .rectifying, .verified, .open, .verified])
        #expect(try fixture.station.store.session(4)?.status == .open)
    }
}
