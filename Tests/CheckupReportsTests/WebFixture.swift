import CheckupCore
import CheckupReports
import CheckupStore
import Foundation

/// The report test station (`ReportStation`) seen through the web pages: the values the server
/// queries, handed to the page views as they are.
struct WebFixture {
    let station: ReportStation
    let policy: SupervisionPolicy
    let grades: [SupervisionGrade]
    static let now = ReportStation.now
    static let csrf = "tok-3f9a"

    init() throws {
        station = try ReportStation()
        policy = try SupervisionPolicies.load(path: nil)
        grades = try station.station.grades(township: ReportStation.township, policy: policy, now: Self.now)
    }

    /// A township user's chrome on `section`.
    func chrome(_ section: WebSection?, language: Language = .zh, path: String = "/", query: [WebQueryItem] = [],
                flash: WebFlash? = nil) -> WebChrome {
        WebChrome(userName: "李明", role: .township, township: ReportStation.township, language: language,
                  csrf: Self.csrf, section: section, flash: flash, path: path, query: query)
    }

    var enterprises: [String: Enterprise] {
        Dictionary(grades.map { ($0.enterprise.creditCode, $0.enterprise) }, uniquingKeysWith: { first, _ in first })
    }

    var hazards: [Hazard] {
        get throws { try station.station.store.hazards(HazardFilter(township: ReportStation.township)) }
    }

    func dashboard(_ language: Language = .zh) throws -> DashboardView {
        var report = try station.township(language: language)
        report.supervision = TownshipSupervision(grades: grades, day: CalendarDay(Self.now), changes: [], patrols: [],
                                                 enterprises: grades.map(\.enterprise), language: language)
        let overdue = try hazards.filter { $0.isOverdue(at: Self.now) }.sorted { $0.deadline < $1.deadline }
        return DashboardView(report: report, plan: VisitPlan(grades, asOf: CalendarDay(Self.now), days: 7),
                             overdueHazards: overdue)
    }

    func enterpriseList(_ filter: EnterpriseListView.Filter = .init()) -> EnterpriseListView {
        EnterpriseListView(all: grades, filter: filter, today: CalendarDay(Self.now))
    }

    func enterprise(_ code: String = ReportStation.jincheng) throws -> EnterpriseView {
        let (enterprise, sessions) = try station.station.completedSessions(enterprise: code)
        return EnterpriseView(
            enterprise: enterprise, grade: grades.first { $0.enterprise.creditCode == code },
            trend: EnterpriseTrendReport(enterprise: enterprise, sessions: sessions),
            sessions: try station.station.store.sessions(enterprise: code, checklistID: nil, kind: nil, status: nil),
            hazards: try hazards.filter { $0.enterpriseCode == code },
            comparison: CompareReport(try station.station.pair(enterprise: code)), now: Self.now)
    }

    func hazardList(_ filter: HazardListView.Filter = .init()) throws -> HazardListView {
        HazardListView(all: try hazards, enterprises: enterprises, filter: filter, now: Self.now)
    }

    /// Hazard 5 (锦程's major hazard), reported rectified so that both forms show, with a photo
    /// and a document as evidence.
    func hazard(_ id: Int64 = 5, rectified: Bool = true) throws -> HazardView {
        var hazard = try require(try station.station.store.hazard(id))
        if rectified { hazard.status = .rectified }
        let photo = EvidenceRef(sha256: String(repeating: "c3", count: 32), originalName: "配电箱.jpg", size: 153_600)
        let report = EvidenceRef(sha256: String(repeating: "d4", count: 32), originalName: "检测报告.pdf", size: 40_960)
        return HazardView(
            hazard: hazard, enterprise: enterprises[hazard.enterpriseCode],
            history: try station.station.store.hazardHistory(id),
            evidence: [.init(ref: photo, url: "/evidence/" + photo.sha256, imageKind: .jpeg),
                       .init(ref: report, url: "/evidence/" + report.sha256)],
            now: Self.now, canVerify: true, canEscalate: true)
    }

    func plan() -> PlanView {
        PlanView(township: ReportStation.township, plan: VisitPlan(grades, asOf: CalendarDay(Self.now), days: 30))
    }
}

/// `#require` for a throwing helper outside a test.
private func require<T>(_ value: T?) throws -> T {
    guard let value else { throw CocoaError(.fileNoSuchFile) }
    return value
}
