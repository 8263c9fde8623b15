import CheckupCore
import CheckupReports
import Foundation
import Testing

/// Every page of `checkup serve` against its golden file (`Fixtures/web/`): Chinese by default,
/// the dashboard also in English. `CHECKUP_UPDATE_GOLDENS=1` rewrites them.
@Suite("Web pages: golden HTML")
struct WebPagesGoldenTests {
    @Test("sign-in page")
    func login() throws {
        try ReportGolden.check(try WebPages.login(LoginView(csrf: WebFixture.csrf, name: "李明", problem: .failed)),
                               "web/login.zh.html")
    }

    @Test("dashboard, Chinese")
    func dashboard() throws {
        let fixture = try WebFixture()
        try ReportGolden.check(try WebPages.dashboard(try fixture.dashboard(), chrome: fixture.chrome(.dashboard)),
                               "web/dashboard.zh.html")
    }

    @Test("dashboard, English")
    func dashboardEnglish() throws {
        let fixture = try WebFixture()
        try ReportGolden.check(try WebPages.dashboard(try fixture.dashboard(.en),
                                                      chrome: fixture.chrome(.dashboard, language: .en)),
                               "web/dashboard.en.html")
    }

    @Test("enterprise list")
    func enterprises() throws {
        let fixture = try WebFixture()
        try ReportGolden.check(try WebPages.enterprises(fixture.enterpriseList(),
                                                        chrome: fixture.chrome(.enterprises, path: WebRoutes.enterprises)),
                               "web/enterprises.zh.html")
    }

    @Test("enterprise page")
    func enterprise() throws {
        let fixture = try WebFixture()
        try ReportGolden.check(try WebPages.enterprise(try fixture.enterprise(),
                                                       chrome: fixture.chrome(.enterprises,
                                                                              path: WebRoutes.enterprise(ReportStation.jincheng))),
                               "web/enterprise.zh.html")
    }

    @Test("hazard list")
    func hazards() throws {
        let fixture = try WebFixture()
        try ReportGolden.check(try WebPages.hazards(try fixture.hazardList(),
                                                    chrome: fixture.chrome(.hazards, path: WebRoutes.hazards)),
                               "web/hazards.zh.html")
    }

    @Test("hazard page with both forms")
    func hazard() throws {
        let fixture = try WebFixture()
        try ReportGolden.check(try WebPages.hazard(try fixture.hazard(),
                                                   chrome: fixture.chrome(.hazards, path: WebRoutes.hazard(5),
                                                                          flash: WebFlash("已记录上报"))),
                               "web/hazard.zh.html")
    }

    @Test("plan")
    func plan() throws {
        let fixture = try WebFixture()
        try ReportGolden.check(try WebPages.plan(fixture.plan(), chrome: fixture.chrome(.plan, path: WebRoutes.plan)),
                               "web/plan.zh.html")
    }

    @Test("error page")
    func error() throws {
        try ReportGolden.check(try WebPages.error(ErrorView(status: 404)), "web/error.zh.html")
    }
}
