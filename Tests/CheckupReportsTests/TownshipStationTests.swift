import CheckupCore
import CheckupReports
import CheckupStore
import Foundation
import Testing

/// The township report loaded from a station database.
@Suite("Township report: from the station")
struct TownshipStationTests {
    @Test("sessions count completed inspections and self-checks of the township started in the period")
    func sessions() throws {
        let report = try ReportStation().township()
        #expect(report.inspections == 2) // session 4 is open
        #expect(report.selfChecks == 1)
        let early = try ReportStation().township(ScorePeriod(from: "2026-11-01", to: "2026-11-05") ?? ScorePeriod())
        #expect(early.inspections == 0)
        #expect(early.selfChecks == 1)
    }

    @Test("hazards of the township only, as of now")
    func hazards() throws {
        let totals = try ReportStation().township().totals
        #expect(totals.found == 6)
        #expect(totals.verified == 2)   // 2 (on time), 6 (late): verified after rectification
        #expect(totals.fixedOnSite == 1) // 4, counted apart (现场整改)
        #expect(totals.closed == 3)
        #expect(totals.closedOnTime == 2) // 2 and 4
        #expect(totals.overdue == 1)    // the self-check's hazard 1, due 2026-11-17
        #expect(totals.open == 3)
    }

    @Test("levels are those of checkup score --township: each enterprise's latest completed inspection in the period")
    func levels() throws {
        let fixture = try ReportStation()
        let report = try fixture.township()
        var cache: [String: Checklist] = [:]
        let expected = TownshipScoreReport(try fixture.station.township(ReportStation.township, period: report.period,
                                                                        cache: &cache))
        #expect(report.scores.aggregate == expected.aggregate)
        #expect(report.scores.units.map(\.session.id) == [3, 2] || report.scores.units.map(\.session.id) == [2, 3])
        #expect(report.scores.notInspected.map(\.creditCode) == [ReportStation.hengyuan])
        let json = report.json()
        #expect(json.enterprises.registered == 3)
        #expect(json.levels.count == 2)
        #expect(json.not_inspected.map(\.name) == ["金华恒源五金制品有限公司"])
    }

    @Test("self-check reliability compares the latest self-check and inspection on the same checklist")
    func reliability() throws {
        let report = try ReportStation().township()
        let entry = try #require(report.reliability.first)
        #expect(report.reliability.count == 1)
        #expect(entry.enterprise.creditCode == ReportStation.jincheng)
        #expect([entry.selfCheckSession, entry.inspectionSession] == [1, 2])
        #expect(entry.examined == 6)
        #expect(entry.agreed == 3)            // m1, p2, j1
        #expect(entry.selfPassInspectorFail == 3)
        #expect(entry.reliability == 0.5)
    }

    @Test("a township with no registered enterprise is refused")
    func unknownTownship() throws {
        let fixture = try ReportStation()
        #expect(throws: ScoreError.noEnterprisesInTownship("无此镇")) {
            var cache: [String: Checklist] = [:]
            _ = try fixture.station.township("无此镇", cache: &cache)
        }
    }
}
