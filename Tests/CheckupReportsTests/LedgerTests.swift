import CheckupCore
import CheckupReports
import CheckupStore
import Foundation
import Testing

/// A small fixed ledger built in code: fixed dates, fixed `now`, two townships, every status.
enum LedgerSample {
    static let codeA = "91350100M000100Y43"
    static let codeB = "91350100M000200Y4T"
    static let now = date("2026-11-29T09:00:00+08:00")

    static func date(_ text: String) -> Date {
        Timestamp.parse(text) ?? Date(timeIntervalSince1970: 0)
    }

    static let enterprises = [
        Enterprise(creditCode: codeA, name: "金华市安泰机械有限公司", township: "孝顺镇", industry: "机械",
                   contact: "王建华 13905791234"),
        Enterprise(creditCode: codeB, name: "傅村\"红星\"五金厂, 二车间", township: "傅村镇", contact: "+86 579 8888"),
    ]

    /// The finding sessions: hazard n was found by session 10 n; session 20's notice was issued.
    static let sessions: [Int64: HazardSessionInfo] = [
        10: HazardSessionInfo(sessionID: 10, inspectors: ["张伟"], noticeNumber: nil),
        20: HazardSessionInfo(sessionID: 20, inspectors: ["张伟", "李娜"], noticeNumber: "孝顺安体〔2026〕第0003号"),
        30: HazardSessionInfo(sessionID: 30, inspectors: ["王五"], noticeNumber: nil),
    ]

    static func hazard(_ id: Int64, _ code: String, item: String, title: String, severity: HazardSeverity = .general,
                       layer: Layer = .human, description: String, status: HazardStatus, found: String,
                       deadline: String, source: HazardSource = .inspection, responsible: String? = nil,
                       verified: String? = nil) -> Hazard {
        Hazard(id: id, sessionID: id * 10, itemID: item, enterpriseCode: code, source: source, severity: severity,
               layer: layer, itemTitle: title, description: description, basis: "《安全生产法》第四十一条",
               remedy: "立即整改", evidence: [], status: status, foundAt: date(found), deadline: date(deadline),
               fiveMeasures: FiveMeasures(responsible: responsible), rectifiedAt: verified.map(date),
               verifiedAt: verified.map(date), verifiedBy: verified == nil ? nil : "张三")
    }

    /// Four hazards: overdue open, major rectifying, verified self-check found late on a
    /// station-time evening, rectified found just after station midnight (still 28 Nov in UTC).
    static let hazards = [
        hazard(1, codeA, item: "H-01", title: "安全生产责任制", description: "未建立全员安全生产责任制",
               status: .open, found: "2026-11-01T10:00:00+08:00", deadline: "2026-11-16T10:00:00+08:00"),
        hazard(2, codeA, item: "P-03", title: "疏散通道", severity: .major, layer: .physical,
               description: "疏散通道堆放成品, \"安全出口\"标识被遮挡\r\n二楼尤甚", status: .rectifying,
               found: "2026-11-01T10:00:00+08:00", deadline: "2026-12-31T10:00:00+08:00", responsible: "李四"),
        hazard(3, codeB, item: "T-02", title: "可燃气体报警", layer: .technical, description: "报警器未联动",
               status: .verified, found: "2026-11-20T23:30:00+08:00", deadline: "2026-12-05T23:30:00+08:00",
               source: .selfCheck, responsible: "王五", verified: "2026-11-25T15:00:00+08:00"),
        hazard(4, codeB, item: "J-01", title: "", layer: .joint, description: "=HYPERLINK(\"http://x\",\"y\")",
               status: .rectified, found: "2026-11-28T16:30:00Z", deadline: "2026-12-13T16:30:00Z",
               responsible: "@SUM(1)"),
    ].map(escalated)

    /// Hazard 2 (major) reported, listed for supervision, with work stopped, its remediation plan
    /// and all five measures; hazard 3 verified with a note.
    static func escalated(_ hazard: Hazard) -> Hazard {
        var hazard = hazard
        if hazard.id == 2 {
            hazard.fiveMeasures = FiveMeasures(responsible: "李四", measures: "清理通道", funds: "5000元",
                                               timeLimit: "2026-12-31", plan: "专人值守")
            hazard.evidence = [EvidenceRef(sha256: String(repeating: "cd", count: 32), originalName: "通道.jpg", size: 10)]
            hazard.remediationPlan = EvidenceRef(sha256: String(repeating: "ab", count: 32), originalName: "治理方案.pdf",
                                                 size: 2048)
            hazard.escalations = [HazardEscalation(to: "金东区应急管理局", reference: "孝顺安体报〔2026〕1号",
                                                   at: date("2026-11-02T09:00:00+08:00"), by: "张伟")]
            hazard.supervision = HazardSupervision(number: "金东督〔2026〕1号", authority: "金东区安委办",
                                                   at: date("2026-11-03T09:00:00+08:00"))
            hazard.stopWork = HazardStopWork(scope: "成品仓库", at: date("2026-11-02T09:00:00+08:00"))
            hazard.place = "二楼成品仓库"
        }
        if hazard.id == 3 { hazard.verificationNote = "资料齐全" }
        return hazard
    }

    static func ledger(_ language: Language = .zh, query: LedgerQuery = LedgerQuery()) -> HazardLedger {
        HazardLedger(hazards: hazards, enterprises: enterprises, now: now, language: language, query: query,
                     sessions: sessions)
    }

    /// Hostile text of every kind the issue names, for the inertness tests.
    static let hostile = ["<script>alert(1)</script>", "=HYPERLINK(\"http://x\",\"y\")", "say \"hi\", then go",
                          "line one\nline two", "@SUM(1)", "+1", "-1", "=1+2", "\tTAB", "a]]>b & <c>"]

    /// A ledger whose enterprise name, township, description and responsible are hostile text.
    static func hostileLedger(_ language: Language = .zh) -> HazardLedger {
        let enterprises = hostile.indices.map { index in
            Enterprise(creditCode: "91350100M0\(index)0000000", name: hostile[index],
                       township: hostile[(index + 1) % hostile.count])
        }
        let hazards = hostile.indices.map { index in
            var hostileHazard = hazard(Int64(index + 1), "91350100M0\(index)0000000", item: hostile[(index + 2) % hostile.count],
                                       title: hostile[(index + 3) % hostile.count], description: hostile[index],
                                       status: .rectifying, found: "2026-11-01T10:00:00+08:00",
                                       deadline: "2026-11-16T10:00:00+08:00", responsible: hostile[(index + 4) % hostile.count])
            hostileHazard.place = hostile[(index + 5) % hostile.count]
            return hostileHazard
        }
        return HazardLedger(hazards: hazards, enterprises: enterprises, now: now, language: language)
    }
}

@Suite("Hazard ledger rows")
struct LedgerTests {
    @Test("columns come in the township's order with Chinese headers by default")
    func chineseHeaders() {
        #expect(LedgerSample.ledger().headers == [
            "序号", "发现日期", "企业名称", "统一社会信用代码", "乡镇", "检查项", "防控层级", "隐患级别", "隐患描述", "依据",
            "整改要求", "整改期限", "状态", "责任人", "销号日期", "逾期天数", "来源",
            "隐患编号", "通知书编号", "检查人员", "隐患部位", "隐患类别", "行业", "联系人", "整改措施", "整改资金", "整改时限",
            "应急预案", "治理方案", "整改完成日期", "复查人", "复查意见", "证据数", "已上报", "挂牌督办",
        ])
    }

    @Test("--lang en gives English headers in the same order")
    func englishHeaders() {
        #expect(LedgerSample.ledger(.en).headers == [
            "No.", "Found", "Enterprise", "Credit code", "Township", "Item", "Layer", "Severity", "Description",
            "Basis", "Remedy", "Deadline", "Status", "Responsible", "Verified", "Overdue days", "Source",
            "Hazard ID", "Notice No.", "Inspectors", "Place", "Category", "Industry", "Contact", "Measures", "Funds",
            "Time limit", "Contingency plan", "Remediation plan", "Rectified", "Verified by", "Verification opinion",
            "Evidence", "Reported", "Listed",
        ])
    }

    @Test("a row carries every field a township keeps, named as the station names them")
    func rowFields() {
        let row = LedgerSample.ledger().row(2)
        #expect(row.number == 3)
        #expect(row.found.description == "2026-11-20")
        #expect(row.enterprise == "傅村\"红星\"五金厂, 二车间")
        #expect(row.creditCode == LedgerSample.codeB)
        #expect(row.township == "傅村镇")
        #expect(row.item == "T-02 可燃气体报警")
        #expect(row.layer == "技防")
        #expect(row.severity == "一般")
        #expect(row.status == "复查销号")
        #expect(row.responsible == "王五")
        #expect(row.verified?.description == "2026-11-25")
        #expect(row.overdueDays == 0)
        #expect(row.source == "自查")
    }

    @Test("a major hazard's row carries id, notice, inspectors, category, five measures, plan, reports and listing")
    func escalationColumns() {
        let row = LedgerSample.ledger().row(1)
        #expect(row.hazardID == 2)
        #expect(row.noticeNumber == "孝顺安体〔2026〕第0003号")
        #expect(row.inspectors == "张伟、李娜")
        #expect(row.place == "二楼成品仓库")
        #expect(row.category == "物的不安全状态")
        #expect(row.industry == "机械" && row.contact == "王建华 13905791234")
        #expect([row.responsible, row.measures, row.funds, row.timeLimit, row.plan]
                == ["李四", "清理通道", "5000元", "2026-12-31", "专人值守"])
        #expect(row.remediationPlan == "治理方案.pdf")
        #expect(row.evidenceCount == 1)
        #expect(row.escalated == "是" && row.supervised == "是")
    }

    @Test("a verified hazard's row has its rectified day, verifier and opinion; a general one no report flags")
    func verificationColumns() {
        let row = LedgerSample.ledger().row(2)
        #expect(row.rectified?.description == "2026-11-25")
        #expect(row.verifiedBy == "张三")
        #expect(row.opinion == "合格：资料齐全")
        #expect(row.escalated == "" && row.supervised == "")
        #expect(LedgerSample.ledger(.en).row(2).opinion == "accepted: 资料齐全")
    }

    @Test("the category maps the layer: 人防 → person, 物防 and 技防 → thing, 联防 → management")
    func categoryFromLayer() {
        #expect(LedgerSample.ledger().rows.map(\.category) == ["人的不安全行为", "物的不安全状态", "物的不安全状态", "管理缺陷"])
    }

    @Test("overdue days are whole days past the deadline as of now, 0 when not overdue")
    func overdueDays() {
        let rows = LedgerSample.ledger().rows
        #expect(rows.map(\.overdueDays) == [13, 0, 0, 0])
    }

    @Test("dates are station-time (UTC+8) days: 16:30Z on 28 Nov is found on 29 Nov")
    func stationTimeDays() {
        let row = LedgerSample.ledger().row(3)
        #expect(row.found.description == "2026-11-29")
        #expect(row.deadline.description == "2026-12-14")
    }

    @Test("an item without a title shows its id alone")
    func itemWithoutTitle() {
        #expect(LedgerSample.ledger().row(3).item == "J-01")
    }

    @Test("line breaks become LF and XML-forbidden control characters are dropped")
    func cleanText() {
        #expect(HazardLedger.clean("a\r\nb\rc\nd") == "a\nb\nc\nd")
        #expect(HazardLedger.clean("x\u{0}y\u{7}z\u{1F}\tw\u{FFFE}\u{FFFF}，") == "xyz\tw，")
    }

    @Test("totals count hazards by township and standing, with total and overdue, and a grand total")
    func totals() {
        let totals = LedgerSample.ledger().totals
        #expect(totals.townships.map(\.township) == ["傅村镇", "孝顺镇"].sorted())
        let xiaoshun = totals.townships.first { $0.township == "孝顺镇" }
        #expect(xiaoshun?.byStanding == [.open: 1, .rectifying: 1, .rectified: 0, .verified: 0, .fixedOnSite: 0])
        #expect(xiaoshun?.total == 2)
        #expect(xiaoshun?.overdue == 1)
        #expect(totals.all.total == 4)
        #expect(totals.all.byStanding == [.open: 1, .rectifying: 1, .rectified: 1, .verified: 1, .fixedOnSite: 0])
        #expect(totals.all.overdue == 1)
    }

    @Test("a fail fixed on site is 现场整改 in its row and in the totals, apart from 复查销号")
    func fixedOnSite() {
        var fixed = LedgerSample.hazard(5, LedgerSample.codeA, item: "H-02", title: "灭火器", description: "灭火器过期",
                                        status: .verified, found: "2026-11-10T10:00:00+08:00",
                                        deadline: "2026-11-25T10:00:00+08:00", verified: "2026-11-10T10:00:00+08:00")
        fixed.source = .inspection
        let ledger = HazardLedger(hazards: LedgerSample.hazards + [fixed], enterprises: LedgerSample.enterprises,
                                  now: LedgerSample.now)
        #expect(ledger.rows.map(\.status) == ["待整改", "整改中", "复查销号", "已整改待复查", "现场整改"])
        #expect(ledger.totals.all.byStanding == [.open: 1, .rectifying: 1, .rectified: 1, .verified: 1, .fixedOnSite: 1])
        #expect(ledger.totals.all.tally.closed == 2)
    }

    @Test("the totals headers are township, the five standings (fixed on site apart), total and overdue")
    func totalsHeaders() {
        #expect(LedgerSample.ledger().totalsHeaders == ["乡镇", "待整改", "整改中", "已整改待复查", "复查销号", "现场整改", "合计", "逾期"])
        #expect(LedgerSample.ledger(.en).totalsHeaders == ["Township", "open", "rectifying", "rectified", "verified",
                                                           "fixed on site", "Total", "Overdue"])
    }
}

@Suite("Ledger query and station days")
struct LedgerQueryTests {
    @Test("--to takes the whole day: the store filter ends at the next station midnight")
    func toIsInclusive() throws {
        let query = LedgerQuery(from: StationDay(parsing: "2026-11-01"), to: StationDay(parsing: "2026-11-30"))
        let filter = query.hazardFilter
        #expect(filter.from == LedgerSample.date("2026-11-01T00:00:00+08:00"))
        #expect(filter.to == LedgerSample.date("2026-12-01T00:00:00+08:00"))
    }

    @Test("township and status pass through to the store filter")
    func passThrough() {
        let filter = LedgerQuery(township: "孝顺镇", status: .open).hazardFilter
        #expect(filter.township == "孝顺镇")
        #expect(filter.status == .open)
        #expect(filter.from == nil && filter.to == nil)
    }

    @Test("a time given as a bound counts as its station-time day")
    func timeCountsAsDay() {
        #expect(StationDay(parsing: "2026-11-30T23:59:00+08:00")?.description == "2026-11-30")
        #expect(StationDay(parsing: "2026-11-30T16:00:00Z")?.description == "2026-12-01")
        #expect(StationDay(parsing: "30/11/2026") == nil)
    }

    @Test("station days agree with Timestamp.day across years, leap days and midnight")
    func agreesWithTimestamp() {
        for text in ["1970-01-01T00:00:00+08:00", "1969-12-31T23:59:59+08:00", "2000-02-29T12:00:00+08:00",
                     "2024-12-31T23:59:59+08:00", "2026-11-28T16:00:00Z", "2026-11-28T15:59:59Z",
                     "2100-03-01T00:00:00+08:00"] {
            let date = LedgerSample.date(text)
            #expect(StationDay(date).description == Timestamp.day(date), "\(text)")
            let parts = StationDay(date).components
            #expect(StationDay(year: parts.year, month: parts.month, day: parts.day) == StationDay(date))
        }
    }

    @Test("Excel serials count from 1899-12-30: 1970-01-01 is 25569, 2026-11-29 is 46355")
    func excelSerials() {
        #expect(StationDay(year: 1970, month: 1, day: 1).excelSerial == 25_569)
        #expect(StationDay(year: 2026, month: 11, day: 29).excelSerial == 46_355)
        #expect(StationDay(year: 1900, month: 3, day: 1).excelSerial == 61)
    }
}

/// A real station database with hazards created through the store, for the ledger read through `StationQueries.forEachHazard`.
struct LedgerStore {
    let directory: URL
    let store: SQLiteStationStore

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ledger-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try SQLiteStationStore(path: directory.appendingPathComponent("station.sqlite").path)
        for enterprise in LedgerSample.enterprises + [Enterprise(creditCode: "91350100M000300Y4J", name: "澧浦化工",
                                                                  township: "澧浦镇")] {
            try store.saveEnterprise(enterprise, update: false, now: LedgerSample.now)
        }
        let snapshot = ChecklistSnapshot(hash: "sample", checklistID: "sample", version: "1", content: Array("<x/>".utf8))
        // Sessions completed in an order that interleaves enterprises, so the ledger must sort.
        let plan: [(String, [(String, HazardStatus, String)])] = [
            (LedgerSample.codeB, [("B-1", .open, "2026-11-03T09:00:00+08:00"), ("B-2", .verified, "2026-11-01T08:00:00+08:00")]),
            (LedgerSample.codeA, [("A-1", .open, "2026-11-02T09:00:00+08:00"), ("A-2", .rectifying, "2026-11-30T23:59:00+08:00")]),
            ("91350100M000300Y4J", [("C-1", .open, "2026-11-02T09:00:00+08:00"), ("C-2", .open, "2026-12-01T00:00:00+08:00")]),
        ]
        for (code, hazards) in plan {
            let session = try store.createSession(NewSession(kind: .inspection, enterpriseCode: code, snapshot: snapshot,
                                                             profileID: nil, inspectors: ["张三"],
                                                             startedAt: LedgerSample.now))
            _ = try store.complete(session: session.id, at: LedgerSample.now) { session, _ in
                hazards.map { item, status, found in
                    LedgerSample.hazard(0, code, item: item, title: "检查项\(item)", description: "描述\(item)",
                                        status: status, found: found, deadline: "2026-12-31T00:00:00+08:00")
                }.map { hazard in
                    var hazard = hazard
                    hazard.sessionID = session.id
                    return hazard
                }
            }
        }
    }
}

@Suite("Hazard ledger from the store")
struct LedgerLoadTests {
    @Test("loading enterprise by enterprise gives the store's order: found date, then id")
    func storeOrder() throws {
        let station = try LedgerStore()
        defer { try? FileManager.default.removeItem(at: station.directory) }
        let ledger = try HazardLedger.loaded(from: station.store, query: LedgerQuery(), now: LedgerSample.now)
        let expected = try station.store.hazards(HazardFilter())
        #expect(ledger.hazards.map(\.id) == expected.map(\.id))
        #expect(ledger.hazards.map(\.itemID) == ["B-2", "A-1", "C-1", "B-1", "A-2", "C-2"])
    }

    @Test("--from and --to take whole station-time days: 30 Nov 23:59 is in, 1 Dec 00:00 is out")
    func dateRange() throws {
        let station = try LedgerStore()
        defer { try? FileManager.default.removeItem(at: station.directory) }
        let query = LedgerQuery(from: StationDay(parsing: "2026-11-02"), to: StationDay(parsing: "2026-11-30"))
        let ledger = try HazardLedger.loaded(from: station.store, query: query, now: LedgerSample.now)
        #expect(ledger.hazards.map(\.itemID) == ["A-1", "C-1", "B-1", "A-2"])
    }

    @Test("township and status select through the register and the hazard's status")
    func townshipAndStatus() throws {
        let station = try LedgerStore()
        defer { try? FileManager.default.removeItem(at: station.directory) }
        let township = try HazardLedger.loaded(from: station.store, query: LedgerQuery(township: "孝顺镇"),
                                             now: LedgerSample.now)
        #expect(township.hazards.map(\.itemID) == ["A-1", "A-2"])
        let open = try HazardLedger.loaded(from: station.store, query: LedgerQuery(status: .open), now: LedgerSample.now)
        #expect(open.hazards.map(\.itemID) == ["A-1", "C-1", "B-1", "C-2"])
    }

    @Test("interning keeps every value: the ledger's hazards equal the store's")
    func interningKeepsValues() throws {
        let station = try LedgerStore()
        defer { try? FileManager.default.removeItem(at: station.directory) }
        let ledger = try HazardLedger.loaded(from: station.store, query: LedgerQuery(), now: LedgerSample.now)
        #expect(ledger.hazards == (try station.store.hazards(HazardFilter())))
    }
}

@Suite("Hazard ledger from the store, larger than one chunk")
struct LedgerLoadLargeTests {
    @Test("6,000 hazards of two enterprises, interleaved in time, come out in the store's order")
    func interleaved() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ledger-large-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try SQLiteStationStore(path: directory.appendingPathComponent("station.sqlite").path)
        let snapshot = ChecklistSnapshot(hash: "large", checklistID: "large", version: "1", content: Array("<x/>".utf8))
        let base = LedgerSample.date("2026-01-01T08:00:00+08:00")
        for (offset, enterprise) in LedgerSample.enterprises.enumerated() {
            try store.saveEnterprise(enterprise, update: false, now: base)
            let session = try store.createSession(NewSession(kind: .inspection, enterpriseCode: enterprise.creditCode,
                                                             snapshot: snapshot, profileID: nil, inspectors: ["张三"],
                                                             startedAt: base))
            _ = try store.complete(session: session.id, at: base) { session, _ in
                (0..<3000).map { index in
                    Hazard(id: 0, sessionID: session.id, itemID: "I-\(index)", enterpriseCode: enterprise.creditCode,
                           source: .inspection, severity: .general, layer: .human, itemTitle: "检查项",
                           description: "描述\(index)", basis: "依据", remedy: nil, evidence: [], status: .open,
                           foundAt: base.addingTimeInterval(TimeInterval(120 * index + 60 * offset)),
                           deadline: base.addingTimeInterval(86_400 * 15))
                }
            }
        }
        let ledger = try HazardLedger.loaded(from: store, query: LedgerQuery(), now: LedgerSample.now)
        #expect(ledger.count == 6000)
        #expect(ledger.hazards.map(\.id) == (try store.hazards(HazardFilter())).map(\.id))
        #expect(ledger.row(5999).number == 6000)
    }
}

extension HazardLedger {
    /// The ledger of `query` read from `store`, as `checkup report ledger` reads it.
    static func loaded(from store: some StationStore, query: LedgerQuery, now: Date) throws -> HazardLedger {
        try HazardLedger(enterprises: store.enterprises(township: query.township), query: query, now: now) { add in
            try store.forEachHazard(query.hazardFilter, add)
        }
    }
}
