import CheckupCore
@testable import CheckupReports
import Foundation
import Testing

/// The township figures as pure arithmetic over hazards (no database).
@Suite("Township report: figures")
struct TownshipReportTests {
    static let now = ReportStation.time("2026-12-20T09:00:00")
    static let period = ScorePeriod(from: "2026-11-01", to: "2026-12-31") ?? ScorePeriod()

    static func hazard(_ id: Int64, found: String, deadline: String, status: HazardStatus, verified: String? = nil,
                       severity: HazardSeverity = .general, layer: Layer = .physical,
                       source: HazardSource = .inspection) -> Hazard {
        Hazard(id: id, sessionID: 1, itemID: "i\(id)", enterpriseCode: ReportStation.jincheng, source: source,
               severity: severity, layer: layer, itemTitle: "项", description: "隐患", basis: "依据", remedy: nil,
               evidence: [], status: status, foundAt: ReportStation.time(found + "T10:00:00"),
               deadline: ReportStation.time(deadline + "T10:00:00"),
               rectifiedAt: verified.map { ReportStation.time($0 + "T09:00:00") },
               verifiedAt: verified.map { ReportStation.time($0 + "T09:00:00") })
    }

    static func report(_ hazards: [Hazard], period: ScorePeriod = period,
                       reliability: [TownshipReport.Reliability] = []) -> TownshipReport {
        let scores = TownshipScoreReport(township: "孝顺镇", period: period, includeSelfChecks: false, enterprises: [],
                                         units: [], notInspected: [])
        return TownshipReport(township: "孝顺镇", period: period, now: now, language: .zh, inspections: 0, selfChecks: 0,
                              hazards: hazards, scores: scores, reliability: reliability)
    }

    static let sample: [Hazard] = [
        hazard(1, found: "2026-11-02", deadline: "2026-11-17", status: .open),                                 // overdue
        hazard(2, found: "2026-11-10", deadline: "2026-11-25", status: .verified, verified: "2026-11-22"),     // on time
        hazard(3, found: "2026-11-10", deadline: "2027-01-09", status: .rectifying, severity: .major),
        hazard(4, found: "2026-11-10", deadline: "2026-11-25", status: .rectified, layer: .technical),          // awaiting check
        hazard(5, found: "2026-12-01", deadline: "2026-12-16", status: .verified, verified: "2026-12-18",
               layer: .human),                                                                                // late
        hazard(6, found: "2026-10-20", deadline: "2026-11-04", status: .verified, verified: "2026-11-03"),     // before the period
    ]

    @Test("found counts hazards found in the period; rectified includes verified; open is open or rectifying")
    func statusCounts() {
        let totals = Self.report(Self.sample).totals
        #expect(totals.found == 5)
        #expect(totals.rectified == 3)
        #expect(totals.verified == 2)
        #expect(totals.open == 2)
    }

    @Test("overdue is derived as of now: not verified and past the deadline")
    func overdue() {
        #expect(Self.report(Self.sample).totals.overdue == 2) // 1 (open) and 4 (rectified, not verified)
    }

    @Test("rectification rate is verified ÷ found; on-time rate is verified by the deadline ÷ verified")
    func rates() {
        let totals = Self.report(Self.sample).totals
        #expect(totals.rectificationRate == 2.0 / 5.0)
        #expect(totals.closedOnTime == 1)
        #expect(totals.onTimeRate == 0.5)
    }

    @Test("rates are undefined (nil, null in JSON) when their denominator is 0")
    func ratesUndefined() throws {
        let report = Self.report([Self.hazard(1, found: "2026-11-02", deadline: "2026-11-17", status: .open)])
        #expect(report.totals.onTimeRate == nil)
        #expect(Self.report([]).totals.rectificationRate == nil)
        let json = try JSONOutput.string(report.json())
        #expect(json.contains("\"on_time_rate\" : null"))
    }

    @Test("figures split by severity, layer and source, every key present")
    func splits() {
        let report = Self.report(Self.sample)
        #expect(report.bySeverity[.major]?.found == 1)
        #expect(report.bySeverity[.general]?.found == 4)
        #expect(report.byLayer[.physical]?.found == 3)
        #expect(report.byLayer[.technical]?.found == 1)
        #expect(report.byLayer[.human]?.found == 1)
        #expect(report.byLayer[.joint]?.found == 0)
        #expect(report.bySource[.selfCheck]?.found == 0)
        #expect(report.foundByLayerAndSeverity[.physical]?[.major] == 1)
        let json = report.json()
        #expect(Set(json.hazards.by_layer.keys) == ["human", "physical", "technical", "joint"])
        #expect(Set(json.hazards.by_source.keys) == ["inspection", "self_check"])
        #expect(Set(json.hazards.by_severity.keys) == ["major", "general"])
    }

    @Test("the monthly trend covers every month of the period, zeros included; verified counts by verification month")
    func trendOfThePeriod() {
        let report = Self.report(Self.sample)
        #expect(report.trend.map(\.month) == ["2026-11", "2026-12"])
        #expect(report.trend.map(\.found) == [4, 1])
        #expect(report.trend.map(\.verified) == [2, 1]) // 2026-11: hazards 2 and 6 (found before the period)
        let longer = Self.report(Self.sample, period: ScorePeriod(from: "2026-09-15", to: "2027-01-31") ?? ScorePeriod())
        #expect(longer.trend.map(\.month) == ["2026-09", "2026-10", "2026-11", "2026-12", "2027-01"])
        #expect(longer.trend.map(\.found) == [0, 1, 4, 1, 0])
    }

    @Test("an open period's trend runs from the first month with data to the month of now, at most 36 months")
    func trendOfOpenPeriod() {
        let report = Self.report(Self.sample, period: ScorePeriod())
        #expect(report.trend.map(\.month) == ["2026-10", "2026-11", "2026-12"])
        let old = Self.report([Self.hazard(1, found: "2020-01-05", deadline: "2020-01-20", status: .open)],
                              period: ScorePeriod())
        #expect(old.trend.count == TownshipReport.maxTrendMonths)
        #expect(old.trend.last?.month == "2026-12")
    }

    @Test("months are station-time (UTC+8) months, across month and year ends")
    func stationMonths() {
        let edge: [Hazard] = [
            Self.hazard(1, found: "2026-11-30", deadline: "2026-12-15", status: .open),
            Self.hazard(2, found: "2026-12-01", deadline: "2026-12-16", status: .open),
        ].enumerated().map { index, hazard in
            var moved = hazard
            // 23:30 on 30 November and 00:30 on 1 December, station time: both 30 November in UTC.
            moved.foundAt = ReportStation.time(index == 0 ? "2026-11-30T23:30:00" : "2026-12-01T00:30:00")
            return moved
        }
        let report = Self.report(edge, period: ScorePeriod(from: "2026-11-01", to: "2027-02-28") ?? ScorePeriod())
        #expect(report.trend.map(\.month) == ["2026-11", "2026-12", "2027-01", "2027-02"])
        #expect(report.trend.map(\.found) == [1, 1, 0, 0])
        let leap = Self.report([], period: ScorePeriod(from: "2024-02-29", to: "2024-03-01") ?? ScorePeriod())
        #expect(leap.trend.map(\.month) == ["2024-02", "2024-03"])
    }

    @Test("reliability is listed worst first, the worst five reported")
    func worstReliability() {
        let entries = (1...7).map { index in
            TownshipReport.Reliability(
                enterprise: Enterprise(creditCode: "C\(index)", name: "企业\(index)", township: "孝顺镇"),
                selfCheckSession: Int64(index), inspectionSession: Int64(index + 10), agreed: index, examined: 10,
                selfPassInspectorFail: 10 - index, reliability: Double(index) / 10)
        }
        let report = Self.report([], reliability: entries.reversed())
        #expect(report.worstReliability.map(\.enterprise.creditCode) == ["C1", "C2", "C3", "C4", "C5"])
        let json = report.json().reliability
        #expect(json.compared == 7)
        #expect(json.worst.map(\.reliability) == [0.1, 0.2, 0.3, 0.4, 0.5])
    }

    @Test("an open period prints the first and last day of the data, not 最早 / 至今")
    func openPeriodDates() throws {
        let report = Self.report(Self.sample, period: ScorePeriod())
        #expect(report.periodText == "2026-10-20 至 2026-12-01")
        let html = try report.html()
        #expect(!html.contains("最早") && !html.contains("至今"))
        let half = Self.report(Self.sample, period: ScorePeriod(from: "2026-11-05", to: nil) ?? ScorePeriod())
        #expect(half.periodText == "2026-11-05 至 2026-12-01")
        #expect(Self.report([], period: ScorePeriod()).periodText == "2026-12-20 至 2026-12-20")
    }

    @Test("the reliability table names the enterprise and the two sessions' dates, not database ids")
    func reliabilityDates() throws {
        let entry = TownshipReport.Reliability(
            enterprise: Enterprise(creditCode: "C1", name: "金华恒源五金制品有限公司", township: "孝顺镇"),
            selfCheckSession: 3, inspectionSession: 9, agreed: 4, examined: 5, selfPassInspectorFail: 1,
            reliability: 0.8, selfCheckDate: ReportStation.time("2026-11-03T09:00:00"),
            inspectionDate: ReportStation.time("2026-11-12T14:00:00"))
        let html = try Self.report([], reliability: [entry]).html()
        #expect(html.contains("<td>金华恒源五金制品有限公司</td>"))
        #expect(html.contains("<td class=\"num\">2026-11-03 / 2026-11-12</td>"))
        #expect(!html.contains(">3 / 9<"))
    }

    @Test("fixed on site counts apart from verified; both are closed, and the rates use closed")
    func fixedOnSiteApart() {
        var fixed = Self.hazard(6, found: "2026-11-10", deadline: "2026-11-25", status: .verified, verified: "2026-11-10")
        fixed.rectifiedAt = fixed.foundAt
        fixed.verifiedAt = fixed.foundAt
        let totals = Self.report(Self.sample + [fixed]).totals
        #expect(totals.verified == 2 && totals.fixedOnSite == 1 && totals.closed == 3)
        #expect(totals.found == totals.open + totals.awaitingVerification + totals.verified + totals.fixedOnSite)
        #expect(totals.rectificationRate == 3.0 / 6.0)
    }
}
