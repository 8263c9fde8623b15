import CheckupCore
import CheckupServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The pages, for every role: what each shows, the forms with the session's token, the language
/// switch, and the error pages (Chinese by default, without stack traces or SQL).
@Suite("Pages")
struct PageTests {
    static func pages(_ fixture: ServerFixture) -> [String] {
        ["/", "/enterprises", "/enterprises/\(ServerFixture.codeA)", "/hazards", "/hazards/\(fixture.hazardsA.general.id)",
         "/plan", "/enterprises?colour=red", "/hazards?status=rectified&overdue=1", "/plan?days=7"]
    }

    @Test("every page answers 200 in HTML for the township user, the district user and the admin", arguments: Backend.all)
    func everyPageForEveryRole(_ backend: Backend) async throws {
        let fixture = try ServerFixture(backend)
        try await fixture.test { client in
            for name in [ServerFixture.userA, ServerFixture.district, ServerFixture.admin] {
                let signed = try await client.signIn(name)
                for path in Self.pages(fixture) {
                    let township = ServerFixture.townshipA.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
                    let asked = name == ServerFixture.userA || path.contains("/enterprises/") || path.contains("/hazards/")
                        ? path : path + (path.contains("?") ? "&" : "?") + "township=" + township
                    let answer = try await client.get(asked, as: signed)
                    #expect(answer.status == .ok, "\(name) \(asked): \(answer.status)")
                    #expect(answer.headers[.contentType] == "text/html; charset=utf-8")
                    #expect(answer.body.contains(name), "\(name) \(asked)")
                    #expect(answer.body.contains(ServerFixture.townshipA), "\(name) \(asked)")
                }
            }
        }
    }

    @Test("the hazard page offers the verify form with the session's token, and says what was done after it")
    func hazardPageForms() async throws {
        let fixture = try ServerFixture()
        let id = fixture.hazardsA.general.id
        try await fixture.test { client in
            let a = try await client.signIn(ServerFixture.userA)
            let page = try await client.get("/hazards/\(id)", as: a)
            #expect(page.body.contains("action=\"/hazards/\(id)/verify\""))
            #expect(page.body.contains("name=\"csrf\" value=\"\(a.csrf)\""))
            let major = try await client.get("/hazards/\(fixture.hazardsA.major.id)", as: a)
            #expect(major.body.contains("action=\"/hazards/\(fixture.hazardsA.major.id)/escalate\""))
            let done = try await client.post("/hazards/\(id)/verify", [("csrf", a.csrf), ("note", "复查合格")], as: a)
            let location = try #require(done.headers[.location])
            let after = try await client.get(location, as: a)
            #expect(after.body.contains("已记录复查结果"))
            #expect(after.body.contains("复查合格"))
        }
    }

    @Test("?lang=en answers in English and keeps the choice in a cookie; ?lang=zh switches back")
    func languageSwitch() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let a = try await client.signIn(ServerFixture.userA)
            let chinese = try await client.get("/plan", as: a)
            #expect(chinese.body.contains("lang=\"zh"))
            let english = try await client.get("/plan?lang=en", as: a)
            #expect(english.body.contains("lang=\"en"))
            #expect(english.setCookie("checkup_lang")?.hasPrefix("checkup_lang=en") == true)
            let kept = try await client.get("/plan", as: a, headers: [.cookie: "checkup_session=\(a.cookie); checkup_lang=en"])
            #expect(kept.body.contains("lang=\"en"))
        }
    }

    @Test("the sign-in page is Chinese by default and carries its token in the csrf field")
    func loginPage() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let page = try await client.request(.get, "/login")
            #expect(page.status == .ok)
            let token = try #require(page.cookieValue("checkup_login"))
            #expect(page.body.contains("name=\"csrf\" value=\"\(token)\""))
            #expect(page.body.contains("name=\"password\""))
            #expect(page.body.contains("lang=\"zh"))
            let cookie = try #require(page.setCookie("checkup_login"))
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"))
            // Loading the form again (another tab, a favicon's redirect) keeps the browser's token.
            let again = try await client.request(.get, "/login", headers: [.cookie: "checkup_login=\(token)"])
            #expect(again.cookieValue("checkup_login") == token)
            #expect(try await client.request(.get, "/favicon.ico").status == .notFound)
        }
    }

    @Test("error pages are short, Chinese by default, English with the switch, and never show SQL or a trace")
    func errorPages() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let a = try await client.signIn(ServerFixture.userA)
            let missing = try await client.get("/hazards/999999", as: a)
            #expect(missing.status == .notFound)
            #expect(missing.body.contains("未找到"))
            let english = try await client.get("/hazards/999999?lang=en", as: a)
            #expect(english.body.contains("No such page or record"))
            let bad = try await client.get("/hazards?status=closed", as: a)
            #expect(bad.status == .badRequest)
            #expect(bad.body.contains("closed"))
            for answer in [missing, english, bad] {
                #expect(answer.headers[.contentType] == "text/html; charset=utf-8")
                for leak in ["SELECT", "sqlite", "Swift/", ".swift:", "Fatal"] {
                    #expect(!answer.body.contains(leak))
                }
            }
        }
    }
}
