import CheckupCore
import CheckupServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Signing in and out: the cookie's attributes, the sign-in form's token, the throttle on wrong
/// passwords, idle expiry, and a disabled user's cookie.
@Suite("Sign-in and sessions")
struct SignInTests {
    @Test("the right password signs in with an HttpOnly, SameSite=Lax session cookie, not Secure over plain HTTP",
          arguments: Backend.all)
    func signsIn(_ backend: Backend) async throws {
        let fixture = try ServerFixture(backend)
        try await fixture.test { client in
            let answer = try await client.signInAnswer(ServerFixture.userA)
            #expect(answer.status == .seeOther)
            #expect(answer.headers[.location] == "/")
            let cookie = try #require(answer.setCookie("checkup_session"))
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            #expect(!cookie.contains("Secure"))
            #expect(cookie.contains("Path=/"))
        }
    }

    @Test("behind a trusted proxy that says https, the cookie is Secure; without --trust-proxy the header is ignored")
    func secureBehindProxy() async throws {
        let fixture = try ServerFixture()
        for trusted in [true, false] {
            try await fixture.test(trustProxy: trusted) { client in
                let page = try await client.request(.get, "/login")
                let token = try #require(page.cookieValue("checkup_login"))
                let answer = try await client.post("/login", [("name", ServerFixture.userA), ("password", ServerFixture.password),
                                                              ("csrf", token)],
                                                   headers: [.cookie: "checkup_login=\(token)",
                                                             .init("X-Forwarded-Proto")!: "https"])
                let cookie = try #require(answer.setCookie("checkup_session"))
                #expect(cookie.contains("Secure") == trusted)
            }
        }
    }

    @Test("a wrong password, an unknown name and a disabled user are refused alike with 401 and no session",
          arguments: Backend.all)
    func refusesWrongPassword(_ backend: Backend) async throws {
        let fixture = try ServerFixture(backend)
        _ = try fixture.station.store.disableUser(ServerFixture.userB)
        try await fixture.test { client in
            for (name, password) in [(ServerFixture.userA, "wrong password"), ("nobody", ServerFixture.password),
                                     (ServerFixture.userB, ServerFixture.password)] {
                let answer = try await client.signInAnswer(name, password: password)
                #expect(answer.status == .unauthorized)
                #expect(answer.setCookie("checkup_session") == nil)
                #expect(!answer.body.contains(password))
            }
        }
    }

    @Test("a sign-in without the form's token, or with another, is refused with 403")
    func signInNeedsToken() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let fields = [("name", ServerFixture.userA), ("password", ServerFixture.password)]
            let none = try await client.post("/login", fields)
            #expect(none.status == .forbidden)
            let page = try await client.request(.get, "/login")
            let token = try #require(page.cookieValue("checkup_login"))
            let wrong = try await client.post("/login", fields + [("csrf", String(token.reversed()))],
                                              headers: [.cookie: "checkup_login=\(token)"])
            #expect(wrong.status == .forbidden)
            #expect(wrong.setCookie("checkup_session") == nil)
        }
    }

    @Test("after five wrong passwords the user is throttled (429, Retry-After), even with the right one, from any address")
    func throttlesPerUser() async throws {
        let fixture = try ServerFixture()
        try await fixture.test(trustProxy: true) { client in
            for attempt in 1...5 {
                let answer = try await client.signInAnswer(ServerFixture.userA, password: "wrong \(attempt)",
                                                           forwardedFor: "10.0.0.\(attempt)")
                #expect(answer.status == .unauthorized)
            }
            let right = try await client.signInAnswer(ServerFixture.userA, forwardedFor: "10.0.0.99")
            #expect(right.status == .tooManyRequests)
            #expect(right.headers[.retryAfter] == "15")
            #expect(right.setCookie("checkup_session") == nil)
            // Another user is not held back from another address.
            let other = try await client.signInAnswer(ServerFixture.userB, forwardedFor: "10.0.0.98")
            #expect(other.status == .seeOther)
            // Once the wait is over the right password works again.
            fixture.clock.advance(16)
            let later = try await client.signInAnswer(ServerFixture.userA, forwardedFor: "10.0.0.99")
            #expect(later.status == .seeOther)
        }
    }

    @Test("after five wrong passwords from one address, any user from that address is throttled")
    func throttlesPerAddress() async throws {
        let fixture = try ServerFixture()
        try await fixture.test(trustProxy: true) { client in
            for attempt in 1...5 {
                _ = try await client.signInAnswer("guess\(attempt)", password: "wrong password", forwardedFor: "10.1.1.1")
            }
            let answer = try await client.signInAnswer(ServerFixture.userA, forwardedFor: "10.1.1.1")
            #expect(answer.status == .tooManyRequests)
            let elsewhere = try await client.signInAnswer(ServerFixture.userA, forwardedFor: "10.1.1.2")
            #expect(elsewhere.status == .seeOther)
        }
    }

    @Test("a disabled user's session stops working at the next request", arguments: Backend.all)
    func disabledUserIsSignedOut(_ backend: Backend) async throws {
        let fixture = try ServerFixture(backend)
        try await fixture.test { client in
            let signed = try await client.signIn(ServerFixture.userA)
            #expect(try await client.get("/api/v1/hazards", as: signed).status == .ok)
            _ = try fixture.station.store.disableUser(ServerFixture.userA)
            #expect(try await client.get("/api/v1/hazards", as: signed).status == .unauthorized)
            let page = try await client.get("/", as: signed)
            #expect(page.status == .seeOther)
            #expect(page.headers[.location] == "/login")
        }
    }

    @Test("a session unused for longer than the idle time ends")
    func idleExpiry() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let signed = try await client.signIn(ServerFixture.userA)
            fixture.clock.advance(29 * 60)
            #expect(try await client.get("/api/v1/hazards", as: signed).status == .ok)
            fixture.clock.advance(29 * 60)
            #expect(try await client.get("/api/v1/hazards", as: signed).status == .ok)
            fixture.clock.advance(31 * 60)
            #expect(try await client.get("/api/v1/hazards", as: signed).status == .unauthorized)
        }
    }

    @Test("signing out needs the token, ends the session and clears the cookie")
    func signsOut() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let signed = try await client.signIn(ServerFixture.userA)
            #expect(try await client.post("/logout", [], as: signed).status == .forbidden)
            let out = try await client.post("/logout", [("csrf", signed.csrf)], as: signed)
            #expect(out.status == .seeOther)
            #expect(out.headers[.location] == "/login?out=1")
            #expect(out.setCookie("checkup_session")?.contains("Max-Age=0") == true)
            #expect(try await client.get("/api/v1/hazards", as: signed).status == .unauthorized)
        }
    }

    @Test("without signing in, pages redirect to /login, the API and posts answer 401")
    func notSignedIn() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            for path in ["/", "/enterprises", "/hazards", "/plan", "/reports/ledger.csv"] {
                let answer = try await client.get(path)
                #expect(answer.status == .seeOther, "\(path)")
                #expect(answer.headers[.location] == "/login")
            }
            let api = try await client.get("/api/v1/hazards")
            #expect(api.status == .unauthorized)
            #expect(api.headers[.contentType]?.hasPrefix("application/json") == true)
            let post = try await client.post("/hazards/\(fixture.hazardsA.general.id)/verify", [("note", "x")])
            #expect(post.status == .unauthorized)
            #expect(try await client.get("/api/v1/hazards", headers: [.authorization: "Bearer ck_nope"]).status
                    == .unauthorized)
        }
    }
}
