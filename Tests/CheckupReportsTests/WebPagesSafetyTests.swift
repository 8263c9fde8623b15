import CheckupCore
import CheckupReports
import Foundation
import Testing

/// Hostile text — tags, quotes, ampersands, control and bidi characters — in every place a page
/// shows data comes out inert, and every form that posts carries the CSRF token.
@Suite("Web pages: hostile text and CSRF")
struct WebPagesSafetyTests {
    static let hostile = "<script>alert(1)</script>\"'&\u{1B}[2J\u{7}\u{202E}evil\r"
    static let hostileCode = "91330703MA2HQ3T517"

    /// Every page rendered with hostile text in the chrome, the flash and the data.
    static func pages() throws -> [String: String] {
        let fixture = try WebFixture()
        let hostile = Self.hostile
        let chrome = WebChrome(userName: hostile, role: .district, township: hostile, townships: [hostile, "孝顺镇"],
                               csrf: WebFixture.csrf, section: .hazards, flash: WebFlash(hostile, kind: .error),
                               path: "/hazards", query: [WebQueryItem("q", hostile)])
        let enterprise = Enterprise(creditCode: hostileCode, name: hostile, township: hostile, industry: hostile,
                                    address: hostile, contact: hostile, riskTags: [.dust], grid: hostile,
                                    gridMember: hostile)
        let grade = SupervisionGrading.grade(SupervisionFacts(enterprise: enterprise, openHazards: 1), policy: fixture.policy,
                                             now: WebFixture.now)
        var hazard = try #require(try fixture.hazards.first { $0.id == 5 })
        hazard.enterpriseCode = hostileCode
        hazard.description = hostile
        hazard.itemTitle = hostile
        hazard.basis = hostile
        hazard.remedy = hostile
        hazard.status = .rectified
        hazard.verificationNote = hostile
        hazard.fiveMeasures = FiveMeasures(responsible: hostile, measures: hostile, funds: hostile, timeLimit: hostile,
                                           plan: hostile)
        hazard.escalations = [HazardEscalation(to: hostile, reference: hostile, at: WebFixture.now, by: hostile)]
        let history = [HazardChange(hazardID: 5, from: .open, to: .rectified, by: hostile, at: WebFixture.now, note: hostile)]
        let file = EvidenceRef(sha256: String(repeating: "e5", count: 32), originalName: hostile, size: 10)
        var dashboard = try fixture.dashboard()
        dashboard.overdueHazards = [hazard]
        dashboard.plan = VisitPlan([grade], asOf: CalendarDay(WebFixture.now), days: 7)
        return [
            "login": try WebPages.login(LoginView(csrf: WebFixture.csrf, name: hostile, problem: .failed)),
            "error": try WebPages.error(ErrorView(status: 400, detail: hostile)),
            "dashboard": try WebPages.dashboard(dashboard, chrome: chrome),
            "enterprises": try WebPages.enterprises(
                EnterpriseListView(all: [grade], filter: .init(search: "<script>"), today: CalendarDay(WebFixture.now)),
                chrome: chrome),
            "enterprise": try WebPages.enterprise(
                EnterpriseView(enterprise: enterprise, grade: grade, trend: EnterpriseTrendReport(enterprise: enterprise, reports: []),
                               sessions: [], hazards: [hazard], comparison: nil, now: WebFixture.now), chrome: chrome),
            "hazards": try WebPages.hazards(
                HazardListView(all: [hazard], enterprises: [hostileCode: enterprise],
                               filter: .init(enterprise: hostileCode), now: WebFixture.now), chrome: chrome),
            "hazard": try WebPages.hazard(
                HazardView(hazard: hazard, enterprise: enterprise, history: history,
                           evidence: [.init(ref: file, url: "/evidence/\"><script>", imageKind: .png),
                                      .init(ref: file, url: nil)],
                           remediationPlan: .init(ref: file, url: nil), now: WebFixture.now, canVerify: true,
                           canEscalate: true),
                chrome: chrome),
            "plan": try WebPages.plan(PlanView(township: hostile, plan: VisitPlan([grade], asOf: CalendarDay(WebFixture.now),
                                                                                   days: 7)), chrome: chrome),
        ]
    }

    @Test("hostile text never reaches a page as markup or as a raw control character")
    func hostileTextIsInert() throws {
        for (name, html) in try Self.pages() {
            #expect(!html.contains("<script"), "\(name): a script tag got through")
            #expect(html.contains("&lt;script&gt;"), "\(name): the hostile text is not shown escaped")
            for scalar in html.unicodeScalars {
                let value = scalar.value
                let control = (value < 0x20 && value != 0x0A) || value == 0x7F || (0x80..<0xA0).contains(value)
                    || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
                #expect(!control, "\(name): raw U+\(String(value, radix: 16)) in the page")
                if control { break }
            }
        }
    }

    @Test("a URL the server gives stays inside its attribute")
    func urlInAttribute() throws {
        let html = try Self.pages()["hazard"] ?? ""
        #expect(html.contains("src=\"/evidence/&quot;&gt;&lt;script&gt;\""))
    }

    @Test("control characters are shown as visible stand-ins")
    func controlsVisible() throws {
        let html = try Self.pages()["hazard"] ?? ""
        #expect(html.contains("\u{241B}[2J\u{2407}&lt;U+202E&gt;evil\u{240D}"))
    }

    @Test("every form that posts carries the csrf token in a hidden field")
    func csrfInEveryPostForm() throws {
        var posts = 0
        for (name, html) in try Self.pages() {
            for form in Self.forms(html) where form.lowercased().contains("method=\"post\"") {
                posts += 1
                #expect(form.contains("<input type=\"hidden\" name=\"csrf\" value=\"\(WebFixture.csrf)\">"),
                        "\(name): a form posts without the token: \(form.prefix(120))")
            }
            for form in Self.forms(html) {
                let method = form.lowercased()
                #expect(method.contains("method=\"post\"") || method.contains("method=\"get\""),
                        "\(name): a form without an explicit method")
            }
        }
        // login, sign-out on the six signed-in pages, verify and escalate.
        #expect(posts == 1 + 6 + 2)
    }

    @Test("a page without the permission shows neither form")
    func formsOnlyWhenAllowed() throws {
        let fixture = try WebFixture()
        var view = try fixture.hazard()
        view.canVerify = false
        view.canEscalate = false
        let html = try WebPages.hazard(view, chrome: fixture.chrome(.hazards))
        #expect(!html.contains("/hazards/5/verify"))
        #expect(!html.contains("/hazards/5/escalate"))
        let open = try WebPages.hazard(try fixture.hazard(rectified: false), chrome: fixture.chrome(.hazards))
        #expect(!open.contains("/hazards/5/verify"), "verify shows only while the hazard awaits re-inspection")
        #expect(open.contains("/hazards/5/escalate"))
    }

    @Test("the verify form is multipart with note and evidence files; the escalate form has to, reference and at")
    func formFields() throws {
        let fixture = try WebFixture()
        let html = try WebPages.hazard(try fixture.hazard(), chrome: fixture.chrome(.hazards))
        let forms = Self.forms(html)
        let verify = try #require(forms.first { $0.contains("action=\"/hazards/5/verify\"") })
        #expect(verify.contains("enctype=\"multipart/form-data\""))
        #expect(verify.contains("name=\"note\"") && verify.contains("type=\"file\" name=\"evidence\" multiple"))
        let escalate = try #require(forms.first { $0.contains("action=\"/hazards/5/escalate\"") })
        for field in ["to", "reference", "at"] { #expect(escalate.contains("name=\"\(field)\"")) }
    }

    @Test("links percent-encode path parts and query values")
    func linksEncoded() throws {
        #expect(WebRoutes.enterprise("91/x?y#z") == "/enterprises/91%2Fx%3Fy%23z")
        #expect(WebRoutes.link("/enterprises", [WebQueryItem("q", "金华 &=#")]) == "/enterprises?q=%E9%87%91%E5%8D%8E%20%26%3D%23")
        let html = try Self.pages()["hazards"] ?? ""
        // The chrome's query keeps the hostile search for the language switch, encoded.
        #expect(html.contains("/hazards?q=%3Cscript%3Ealert%281%29%3C%2Fscript%3E"))
    }

    @Test("the only triple braces in the web templates are the generated SVG charts")
    func templatesEscape() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/CheckupReports/Templates")
        var triples: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasPrefix("web-") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            triples += text.matches(of: /\{\{\{([^}]*)\}\}\}/).map { String($0.output.1) }
            #expect(!text.contains("{{&") && !text.contains("{{%") && !text.contains("{{="), "\(name)")
        }
        #expect(triples.sorted() == ["colourBar", "report.charts.bands", "report.charts.byLayer", "report.charts.trend",
                                     "trendChart"])
    }

    /// Each `<form …>…</form>` of `html`.
    static func forms(_ html: String) -> [String] {
        html.matches(of: /<form[^>]*>(?s:.*?)<\/form>/).map { String($0.output) }
    }
}
