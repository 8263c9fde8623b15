import CheckupCore
import CheckupServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// What a township user of another township gets: nothing. Every route that names a record of
/// township A, asked by township B's user, answers 404 — the same as for an id that does not
/// exist — and the lists never show A's rows.
@Suite("Access control")
struct AccessControlTests {
    /// Every route naming one of township A's records (GET), by its path.
    static func recordRoutes(_ fixture: ServerFixture) -> [String] {
        let code = ServerFixture.codeA
        let hazards = [fixture.hazardsA.general, fixture.hazardsA.major]
        var paths = ["/enterprises/\(code)", "/api/v1/enterprises/\(code)", "/sessions/\(fixture.sessionA)/notice.html"]
        for hazard in hazards {
            paths += ["/hazards/\(hazard.id)", "/api/v1/hazards/\(hazard.id)",
                      "/hazards/\(hazard.id)/evidence/" + String(repeating: "0", count: 64)]
        }
        return paths
    }

    /// Every route that takes a township, asked for township A.
    static let townshipRoutes = ["/", "/enterprises", "/hazards", "/plan", "/plan.ics", "/reports/ledger.xlsx",
                                 "/reports/ledger.csv", "/reports/township.html", "/api/v1/enterprises",
                                 "/api/v1/hazards", "/api/v1/plan", "/api/v1/reports/township"]

    @Test("a township user of another township gets 404 for every route and id of the first, as for unknown ids",
          arguments: Backend.all)
    func otherTownshipIsNotFound(_ backend: Backend) async throws {
        let fixture = try ServerFixture(backend)
        try await fixture.test { client in
            let b = try await client.signIn(ServerFixture.userB)
            for path in Self.recordRoutes(fixture) {
                let answer = try await client.get(path, as: b)
                #expect(answer.status == .notFound, "\(path)")
                #expect(!answer.body.contains(ServerFixture.codeA) && !answer.body.contains("孝顺化工"), "\(path)")
            }
            let township = ServerFixture.townshipA.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            for path in Self.townshipRoutes {
                let answer = try await client.get(path + "?township=" + township, as: b)
                #expect(answer.status == .notFound, "\(path)")
            }
            for hazard in [fixture.hazardsA.general, fixture.hazardsA.major] {
                for action in ["verify", "escalate"] {
                    for prefix in ["", "/api/v1"] {
                        let path = "\(prefix)/hazards/\(hazard.id)/\(action)"
                        let answer = try await client.post(path, [("csrf", b.csrf), ("note", "x"), ("to", "区应急管理局"),
                                                                  ("reference", "1号"), ("at", "2026-11-30")], as: b)
                        #expect(answer.status == .notFound, "\(path)")
                    }
                }
            }
            // Nothing was changed by those posts.
            #expect(try fixture.station.store.hazard(fixture.hazardsA.general.id)?.status == .rectified)
            #expect(try fixture.station.store.hazard(fixture.hazardsA.major.id)?.escalations.isEmpty == true)
        }
    }

    @Test("unknown and malformed ids are 404 for everyone", arguments: Backend.all)
    func unknownIds(_ backend: Backend) async throws {
        let fixture = try ServerFixture(backend)
        try await fixture.test { client in
            let district = try await client.signIn(ServerFixture.district)
            for path in ["/hazards/999999", "/hazards/abc", "/api/v1/hazards/0", "/enterprises/NOPE",
                         "/api/v1/enterprises/91000000000000000X", "/sessions/999999/notice.html", "/no/such/page"] {
                #expect(try await client.get(path, as: district).status == .notFound, "\(path)")
            }
        }
    }

    @Test("the lists of a township user never show another township's rows", arguments: Backend.all)
    func listsAreScoped(_ backend: Backend) async throws {
        let fixture = try ServerFixture(backend)
        try await fixture.test { client in
            let b = try await client.signIn(ServerFixture.userB)
            for path in ["/api/v1/enterprises", "/api/v1/hazards", "/api/v1/plan", "/api/v1/reports/township",
                         "/api/v1/hazards?enterprise=\(ServerFixture.codeA)", "/reports/ledger.csv", "/plan.ics",
                         "/reports/township.html", "/", "/enterprises", "/hazards", "/plan"] {
                let answer = try await client.get(path, as: b)
                #expect(answer.status == .ok, "\(path): \(answer.status)")
                #expect(!answer.body.contains(ServerFixture.codeA), "\(path)")
                #expect(!answer.body.contains("孝顺化工"), "\(path)")
            }
            let hazards = try #require(try await client.get("/api/v1/hazards", as: b).json() as? [[String: Any]])
            #expect(Set(hazards.compactMap { $0["township"] as? String }) == [ServerFixture.townshipB])
        }
    }

    @Test("a district user sees every township and picks one with ?township=; an unknown township is 404",
          arguments: Backend.all)
    func districtSeesAll(_ backend: Backend) async throws {
        let fixture = try ServerFixture(backend)
        try await fixture.test { client in
            let district = try await client.signIn(ServerFixture.district)
            let all = try #require(try await client.get("/api/v1/enterprises", as: district).json() as? [[String: Any]])
            #expect(Set(all.compactMap { $0["credit_code"] as? String }) == [ServerFixture.codeA, ServerFixture.codeB])
            let township = ServerFixture.townshipB.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            let one = try #require(try await client.get("/api/v1/enterprises?township=\(township)", as: district).json()
                as? [[String: Any]])
            #expect(one.compactMap { $0["credit_code"] as? String } == [ServerFixture.codeB])
            #expect(try await client.get("/api/v1/hazards/\(fixture.hazardsA.major.id)", as: district).status == .ok)
            #expect(try await client.get("/api/v1/plan?township=%E6%97%A0", as: district).status == .notFound)
        }
    }

    @Test("only an admin lists the users; for anyone else the route does not exist")
    func adminOnly() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let admin = try await client.signIn(ServerFixture.admin)
            let users = try #require(try await client.get("/api/v1/users", as: admin).json() as? [[String: Any]])
            #expect(users.count == 4)
            #expect(users.allSatisfy { $0.keys.sorted() == ["created_at", "disabled", "name", "role", "township"] })
            for name in [ServerFixture.userA, ServerFixture.district] {
                let signed = try await client.signIn(name)
                #expect(try await client.get("/api/v1/users", as: signed).status == .notFound)
            }
        }
    }
}
