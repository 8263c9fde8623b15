import CheckupCore
import CheckupStore
import Foundation
import Testing

/// The store's side of risk-based supervision: the profile columns, the facts as of a moment,
/// overrides and patrols, and the built-in policy.
@Suite("Supervision store")
struct SupervisionStoreTests {
    static let now = StoreFixture.now

    /// An inspection of the fixture's enterprise with m1 pass, m2 `m2`, f1 fail, completed at `now`.
    static func inspect(_ fixture: StoreFixture, m2: ItemResult = .pass) throws -> Int64 {
        let id = try fixture.start().session.id
        try fixture.station.record(Answer(itemID: "m1", result: .pass), session: id, by: "张三", now: now)
        try fixture.station.record(Answer(itemID: "m2", result: m2, note: m2 == .fail ? "无承包管理" : nil, major: m2 == .fail),
                                   session: id, by: "张三", now: now)
        try fixture.station.record(Answer(itemID: "f1", result: .fail, note: "报警器损坏"), session: id, by: "张三", now: now)
        try fixture.station.complete(id, now: now)
        return id
    }

    @Test("the built-in policy holds issue 17's default rules and intervals")
    func builtInPolicy() throws {
        let policy = try SupervisionPolicies.load(path: nil)
        #expect(policy.rules.map(\.id) == ["major-hazard", "considerable", "general"])
        #expect(policy.rules.map(\.colour) == [.red, .orange, .yellow])
        #expect(policy.rules[0].when == [[.openMajorHazards(atLeast: 1)], [.tag(.majorHazardInstallation), .levelBelow(1.5)]])
        #expect(policy.rules[1].when == [[.overdueHazards(atLeast: 1)], [.levelBelow(1.5)], [.untrueSelfCheck(atLeast: 3)]])
        #expect(policy.rules[2].when == [[.levelBelow(1.75)], [.neverInspected]])
        #expect(policy.otherwise == .blue)
        #expect(policy.intervals == [.red: 30, .orange: 60, .yellow: 90, .blue: 180])
    }

    @Test("a policy breaking the schema is refused at its file:line:col")
    func schemaRefusal() throws {
        let fixture = try StoreFixture()
        let path = fixture.directory.appendingPathComponent("policy.xml").path
        try """
            <?xml version="1.0" encoding="UTF-8"?>
            <supervision-policy xmlns="urn:checkup:supervision-policy:1" version="1">
              <rule id="a" colour="purple"><when><never-inspected/></when></rule>
              <otherwise colour="blue"/>
            </supervision-policy>
            """.write(toFile: path, atomically: true, encoding: .utf8)
        #expect {
            _ = try SupervisionPolicies.load(path: path)
        } throws: { error in
            "\(error)".hasPrefix("\(path):3:") && "\(error)".contains("purple")
        }
    }

    @Test("the profile is stored and read back; an import without profile columns keeps it", arguments: Backend.all)
    func profileRoundTrip(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        var enterprise = try #require(try fixture.store.enterprise(StoreFixture.code))
        #expect(enterprise.riskTags == nil)
        enterprise.riskTags = [.hazchem, .dust]
        enterprise.standardisation = .level3
        enterprise.employees = 45
        enterprise.grid = "第3网格"
        enterprise.gridMember = "王五"
        try fixture.store.saveEnterprise(enterprise, update: true, now: Self.now)
        #expect(try fixture.store.enterprise(StoreFixture.code) == enterprise)
        let plain = Enterprise(creditCode: StoreFixture.code, name: "新名称", township: "孝顺镇", industry: "化工")
        _ = try fixture.store.saveEnterprises([plain], now: Self.now)
        let merged = try #require(try fixture.store.enterprise(StoreFixture.code))
        #expect(merged.name == "新名称")
        #expect(merged.riskTags == [.hazchem, .dust])
        #expect(merged.gridMember == "王五")
        #expect(merged.employees == 45)
    }

    @Test("facts: the latest inspection's level and hazards, and nothing before it happened", arguments: Backend.all)
    func facts(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        _ = try Self.inspect(fixture, m2: .fail)
        let facts = try #require(try fixture.station.supervisionFacts(township: "孝顺镇", asOf: Self.now.addingTimeInterval(60)).first)
        // physical not covered (0), technical 0/1, joint 0/1 → L = 1.
        #expect(facts.level == 1)
        #expect(facts.openMajorHazards == 1)
        #expect(facts.openHazards == 2)
        #expect(facts.overdueHazards == 0)
        let later = try #require(try fixture.station.supervisionFacts(township: nil, asOf: Self.now.addingTimeInterval(16 * 86_400)).first)
        #expect(later.overdueHazards == 1)
        let before = try #require(try fixture.station.supervisionFacts(township: nil, asOf: Self.now.addingTimeInterval(-60)).first)
        #expect(before.lastInspection == nil)
        #expect(before.openHazards == 0)
    }

    @Test("the level is the score of the latest inspection as checkup score computes it", arguments: Backend.all)
    func level(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        _ = try Self.inspect(fixture)
        let facts = try #require(try fixture.station.supervisionFacts(township: nil, asOf: Self.now.addingTimeInterval(60)).first)
        let expected = 1 + (0 + 0 + 1) / 3.0
        #expect(abs((facts.level ?? 0) - expected) < 1e-9)
    }

    @Test("untrue self-check: items the latest self-check passed and the inspection after it failed", arguments: Backend.all)
    func untrueSelfCheck(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let selfCheck = try fixture.station.startOrResume(kind: .selfCheck, checklist: "mini", enterprise: StoreFixture.code,
                                                          inspectors: ["企业"], profile: nil,
                                                          now: Self.now.addingTimeInterval(-3600)).session.id
        for item in ["m1", "m2", "f1"] {
            try fixture.station.record(Answer(itemID: item, result: .pass), session: selfCheck, by: "企业",
                                       now: Self.now.addingTimeInterval(-3600))
        }
        try fixture.station.complete(selfCheck, now: Self.now.addingTimeInterval(-3000))
        let before = try fixture.station.supervisionFacts(township: nil, asOf: Self.now.addingTimeInterval(-60))
        #expect(before.first?.untrueSelfCheckItems == nil)
        _ = try Self.inspect(fixture, m2: .fail)
        let after = try fixture.station.supervisionFacts(township: nil, asOf: Self.now.addingTimeInterval(60))
        // m2 and f1 passed by the self-check, failed by the inspection.
        #expect(after.first?.untrueSelfCheckItems == 2)
    }

    @Test("an unknown township is refused", arguments: Backend.all)
    func unknownTownship(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        #expect(throws: SupervisionError.noEnterprises("无此镇")) {
            _ = try fixture.station.supervisionFacts(township: "无此镇", asOf: Self.now)
        }
    }

    @Test("overrides are kept newest first and the one in force is read with the facts", arguments: Backend.all)
    func overrides(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let first = ColourOverride(enterpriseCode: StoreFixture.code, colour: .blue, reason: "停产", setBy: "站长",
                                   setAt: Self.now, expiresAt: Self.now.addingTimeInterval(86_400))
        _ = try fixture.store.saveOverride(first)
        var second = first
        second.colour = .red
        second.setAt = Self.now.addingTimeInterval(3600)
        _ = try fixture.store.saveOverride(second)
        #expect(try fixture.store.overrides(enterprise: StoreFixture.code).map(\.colour) == [.red, .blue])
        let facts = try fixture.station.supervisionFacts(township: nil, asOf: Self.now.addingTimeInterval(7200))
        #expect(facts.first?.override?.colour == .red)
        let expired = try fixture.station.supervisionFacts(township: nil, asOf: Self.now.addingTimeInterval(2 * 86_400))
        #expect(expired.first?.override == nil)
    }

    @Test("a referred patrol makes the enterprise due until an inspection after it", arguments: Backend.all)
    func patrols(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        _ = try fixture.store.savePatrol(Patrol(enterpriseCode: StoreFixture.code, patrolledBy: "王五",
                                                patrolledAt: Self.now.addingTimeInterval(-86_400), note: "堆放杂物",
                                                referred: true))
        let facts = try fixture.station.supervisionFacts(township: nil, asOf: Self.now.addingTimeInterval(-60))
        #expect(facts.first?.referredAt != nil)
        _ = try Self.inspect(fixture)
        let after = try fixture.station.supervisionFacts(township: nil, asOf: Self.now.addingTimeInterval(60))
        #expect(after.first?.referredAt == nil)
        #expect(try fixture.store.patrols(township: "孝顺镇", period: ScorePeriod()).count == 1)
    }

    @Test("a patrol not referred leaves the enterprise's due day alone", arguments: Backend.all)
    func unreferredPatrol(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        _ = try fixture.store.savePatrol(Patrol(enterpriseCode: StoreFixture.code, patrolledBy: "王五",
                                                patrolledAt: Self.now.addingTimeInterval(-86_400), note: "正常"))
        let facts = try fixture.station.supervisionFacts(township: nil, asOf: Self.now)
        #expect(facts.first?.referredAt == nil)
    }
}
