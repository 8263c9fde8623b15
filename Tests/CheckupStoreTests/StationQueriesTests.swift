import CheckupCore
import CheckupStore
import Foundation
import Testing

/// `StationQueries`: the reads reports are made from, answered by the store.
@Suite("Station queries")
struct StationQueriesTests {
    static let other = "91330703MA2HXXXX1Y"

    /// A completed inspection of `code` started at `time`.
    @discardableResult
    static func inspect(_ fixture: StoreFixture, _ code: String = StoreFixture.code, at time: String) throws -> Session {
        let start = try #require(Timestamp.parse(time))
        let opened = try fixture.station.startOrResume(checklist: "mini", enterprise: code, inspectors: ["张三"],
                                                       profile: nil, now: start)
        return try fixture.station.complete(opened.session.id, now: start).0
    }

    static func withOtherTownship(_ backend: Backend = .sqlite) throws -> StoreFixture {
        let fixture = try StoreFixture(backend)
        try fixture.store.saveEnterprise(Enterprise(creditCode: CreditCode.normalise(other), name: "别镇企业",
                                                    township: "傅村镇", industry: "机械"),
                                         update: false, now: StoreFixture.now)
        return fixture
    }

    @Test(arguments: Backend.all) func completedSessionsAreThoseOfTheTownshipNewestFirst(_ backend: Backend) throws {
        let fixture = try Self.withOtherTownship(backend)
        defer { try? FileManager.default.removeItem(at: fixture.directory) }
        let first = try Self.inspect(fixture, at: "2026-03-01T09:00:00+08:00")
        try Self.inspect(fixture, CreditCode.normalise(Self.other), at: "2026-04-01T09:00:00+08:00")
        let second = try Self.inspect(fixture, at: "2026-05-01T09:00:00+08:00")
        _ = try fixture.start()     // open: never listed
        let listed = try fixture.store.completedSessions(township: "孝顺镇", period: ScorePeriod())
        #expect(listed.map(\.id) == [second.id, first.id])
        #expect(try fixture.store.completedSessions(township: nil, period: ScorePeriod()).count == 3)
    }

    @Test(arguments: Backend.all) func thePeriodsEndsAreTheRulesOwn(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        defer { try? FileManager.default.removeItem(at: fixture.directory) }
        let atEnd = try Self.inspect(fixture, at: "2026-06-30T23:59:59+08:00")
        try Self.inspect(fixture, at: "2026-07-01T00:00:00+08:00")
        let exact = try Self.inspect(fixture, at: "2026-05-01T10:00:00+08:00")
        let byDay = try #require(ScorePeriod(from: "2026-05-01T10:00:00+08:00", to: "2026-06-30"))
        #expect(try fixture.store.completedSessions(township: "孝顺镇", period: byDay).map(\.id) == [atEnd.id, exact.id])
        let byTime = try #require(ScorePeriod(from: nil, to: "2026-05-01T10:00:00+08:00"))
        #expect(try fixture.store.completedSessions(township: "孝顺镇", period: byTime).map(\.id) == [exact.id])
    }

    @Test(arguments: Backend.all) func hazardsStreamInLedgerOrder(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        defer { try? FileManager.default.removeItem(at: fixture.directory) }
        let base = try #require(Timestamp.parse("2026-05-01T09:00:00+08:00"))
        let opened = try fixture.start()
        _ = try fixture.store.complete(session: opened.session.id, at: base) { session, _ in
            (0..<5).map { index in
                Hazard(id: 0, sessionID: session.id, itemID: "I-\(index)", enterpriseCode: StoreFixture.code,
                       source: .inspection, severity: .general, layer: .human, itemTitle: "检查项",
                       description: "描述\(index)", basis: "依据", remedy: nil, evidence: [], status: .open,
                       foundAt: base.addingTimeInterval(TimeInterval([300, 100, 100, 200, 0][index])),
                       deadline: base.addingTimeInterval(86_400 * 15))
            }
        }
        var streamed: [Hazard] = []
        try fixture.store.forEachHazard(HazardFilter(township: "孝顺镇")) { streamed.append($0) }
        #expect(streamed.map(\.itemID) == ["I-4", "I-1", "I-2", "I-3", "I-0"])
        #expect(streamed.map(\.id) == (try fixture.store.hazards(HazardFilter(township: "孝顺镇"))).map(\.id))
    }
}
