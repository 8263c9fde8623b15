import CheckupCore
import CheckupReports
import CheckupServer
import CheckupStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The two actions — verify (复查销号, with note and evidence) and escalate (上报) — as forms and
/// through the API: recorded in the hazard's history with the user's name, as the CLI records them;
/// refused without the CSRF token; 413 over the upload limit.
@Suite("Actions")
struct ActionTests {
    @Test("verifying by form records the user's name, the note and the uploaded evidence, and redirects to the hazard",
          arguments: Backend.all)
    func verifiesByForm(_ backend: Backend) async throws {
        let fixture = try ServerFixture(backend)
        let id = fixture.hazardsA.general.id
        let photo: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0] + Array("复查照片".utf8)
        try await fixture.test { client in
            let a = try await client.signIn(ServerFixture.userA)
            let answer = try await client.postMultipart("/hazards/\(id)/verify",
                                                        [("csrf", a.csrf), ("note", "已整改到位")],
                                                        files: [("evidence", "../现场 照片.jpg", photo)], as: a)
            #expect(answer.status == .seeOther)
            #expect(answer.headers[.location]?.hasPrefix("/hazards/\(id)") == true)
            let hazard = try #require(try fixture.station.store.hazard(id))
            #expect(hazard.status == .verified)
            #expect(hazard.verifiedBy == ServerFixture.userA)
            let last = try #require(try fixture.station.store.hazardHistory(id).last)
            #expect(last.by == ServerFixture.userA && last.note == "已整改到位" && last.to == .verified)
            let evidence = try #require(hazard.evidence.last)
            #expect(evidence.originalName == "现场 照片.jpg")
            // The evidence is downloadable by the township's user, as the very bytes uploaded.
            let download = try await client.get("/hazards/\(id)/evidence/\(evidence.sha256)?inline=1", as: a)
            #expect(download.status == .ok)
            #expect(download.bytes == photo)
            #expect(download.headers[.contentType] == "image/jpeg")
        }
    }

    @Test("the history entry is the one `hazard verify --inspector USER --reason NOTE` writes", arguments: Backend.all)
    func sameAsCLI(_ backend: Backend) async throws {
        let web = try ServerFixture(backend)
        let cli = try ServerFixture(backend)
        try await web.test { client in
            let a = try await client.signIn(ServerFixture.userA)
            _ = try await client.post("/hazards/\(web.hazardsA.general.id)/verify", [("csrf", a.csrf), ("note", "资料齐全")],
                                      as: a)
        }
        _ = try cli.station.verifyHazard(cli.hazardsA.general.id, by: ServerFixture.userA, at: cli.clock.now, refuse: false,
                                         reason: "资料齐全")
        let fromWeb = try #require(try web.station.store.hazardHistory(web.hazardsA.general.id).last)
        let fromCLI = try #require(try cli.station.store.hazardHistory(cli.hazardsA.general.id).last)
        #expect(fromWeb == fromCLI)
    }

    @Test("a post without the CSRF token, or with a wrong one, is refused (403) and changes nothing",
          arguments: Backend.all)
    func csrfRefused(_ backend: Backend) async throws {
        let fixture = try ServerFixture(backend)
        let general = fixture.hazardsA.general.id
        let major = fixture.hazardsA.major.id
        try await fixture.test { client in
            let a = try await client.signIn(ServerFixture.userA)
            let escalation = [("to", "区应急管理局"), ("reference", "孝安报〔2026〕1号"), ("at", "2026-11-30")]
            for csrf in [nil, "0123", String(a.csrf.reversed())] {
                let token = csrf.map { [("csrf", $0)] } ?? []
                for path in ["/hazards/\(general)/verify", "/api/v1/hazards/\(general)/verify"] {
                    #expect(try await client.post(path, token + [("note", "x")], as: a).status == .forbidden, "\(path)")
                }
                for path in ["/hazards/\(major)/escalate", "/api/v1/hazards/\(major)/escalate"] {
                    #expect(try await client.post(path, token + escalation, as: a).status == .forbidden, "\(path)")
                }
                let multipart = try await client.postMultipart("/hazards/\(general)/verify", token + [("note", "x")],
                                                               files: [], as: a)
                #expect(multipart.status == .forbidden)
            }
            #expect(try fixture.station.store.hazard(general)?.status == .rectified)
            #expect(try fixture.station.store.hazard(major)?.escalations.isEmpty == true)
        }
    }

    @Test("escalating by form records the report with the user as reporter; a general hazard is refused with 400",
          arguments: Backend.all)
    func escalates(_ backend: Backend) async throws {
        let fixture = try ServerFixture(backend)
        let major = fixture.hazardsA.major.id
        try await fixture.test { client in
            let a = try await client.signIn(ServerFixture.userA)
            let fields = [("csrf", a.csrf), ("to", "区应急管理局"), ("reference", "孝安报〔2026〕1号"), ("at", "2026-11-30")]
            let answer = try await client.post("/hazards/\(major)/escalate", fields, as: a)
            #expect(answer.status == .seeOther)
            let hazard = try #require(try fixture.station.store.hazard(major))
            #expect(hazard.escalations.map(\.reference) == ["孝安报〔2026〕1号"])
            #expect(hazard.escalations.first?.by == ServerFixture.userA)
            #expect(try fixture.station.store.hazardHistory(major).last?.by == ServerFixture.userA)
            let general = try await client.post("/hazards/\(fixture.hazardsA.general.id)/escalate", fields, as: a)
            #expect(general.status == .badRequest)
            let missing = try await client.post("/hazards/\(major)/escalate", [("csrf", a.csrf), ("to", "x")], as: a)
            #expect(missing.status == .badRequest)
            #expect(!missing.body.contains("SELECT") && !missing.body.contains("Swift/"))
        }
    }

    @Test("an upload over the limit is refused with 413 and nothing is verified")
    func tooLarge() async throws {
        let fixture = try ServerFixture(uploadLimit: 4096)
        let id = fixture.hazardsA.general.id
        try await fixture.test { client in
            let a = try await client.signIn(ServerFixture.userA)
            let answer = try await client.postMultipart("/hazards/\(id)/verify", [("csrf", a.csrf)],
                                                        files: [("evidence", "big.jpg", [UInt8](repeating: 7, count: 8192))],
                                                        as: a)
            #expect(answer.status == .contentTooLarge)
            #expect(try fixture.station.store.hazard(id)?.status == .rectified)
        }
    }

    @Test("the API verifies with an API token (no CSRF needed) and answers the hazard as `hazard show --format json`",
          arguments: Backend.all)
    func apiTokenVerifies(_ backend: Backend) async throws {
        let fixture = try ServerFixture(backend)
        let id = fixture.hazardsA.general.id
        let token = APIToken.generate()
        try fixture.station.store.setToken(of: ServerFixture.userA, tokenHash: APIToken.hash(token))
        try await fixture.test { client in
            let answer = try await client.post("/api/v1/hazards/\(id)/verify", [("note", "复查合格")],
                                               headers: [.authorization: "Bearer \(token)"])
            #expect(answer.status == .ok)
            let hazard = try #require(try fixture.station.store.hazard(id))
            let enterprise = try fixture.station.store.enterprise(hazard.enterpriseCode)
            let expected = try JSONOutput.encode(HazardJSON(hazard, enterprise: enterprise, now: fixture.clock.now,
                                                            history: try fixture.station.store.hazardHistory(id)))
            #expect(answer.bytes == Array(expected))
            // A JSON body works too; a refused verification (not rectified any more) is a 400.
            let again = try await client.request(.post, "/api/v1/hazards/\(id)/verify",
                                                 headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
                                                 body: Array(#"{"note": "再次"}"#.utf8))
            #expect(again.status == .badRequest)
            let object = try #require(try again.json() as? [String: Any])
            #expect((object["error"] as? [String: Any])?["status"] as? Int == 400)
        }
    }
}
