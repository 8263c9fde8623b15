import CheckupCore
import CheckupReports
import CheckupServer
import CheckupStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The downloads and the JSON API: the very bytes the CLI's commands write (the same queries and
/// writers), and 400 for parameters that are not allowed.
@Suite("Downloads and API")
struct DownloadTests {
    @Test("the ledger CSV and XLSX are the files `report ledger --township T` writes", arguments: Backend.all)
    func ledger(_ backend: Backend) async throws {
        let fixture = try ServerFixture(backend)
        let now = fixture.clock.now
        let ledger = try fixture.station.store.ledger(LedgerQuery(township: ServerFixture.townshipA), now: now, language: .zh)
        let csv = ledger.csv()
        try await fixture.test { client in
            let a = try await client.signIn(ServerFixture.userA)
            let answer = try await client.get("/reports/ledger.csv", as: a)
            #expect(answer.status == .ok)
            #expect(answer.bytes == Array(csv))
            #expect(answer.headers[.contentDisposition]?.hasPrefix("attachment;") == true)
            let xlsx = try await client.get("/reports/ledger.xlsx", as: a)
            #expect(xlsx.status == .ok)
            #expect(xlsx.bytes.starts(with: Array("PK".utf8)))
            #expect(try await client.get("/reports/ledger.csv?status=nonsense", as: a).status == .badRequest)
            #expect(try await client.get("/reports/ledger.csv?from=2026-12-01&to=2026-11-01", as: a).status == .badRequest)
        }
    }

    @Test("the township report, the plan (JSON and iCalendar) and the notice are those of the CLI", arguments: Backend.all)
    func reports(_ backend: Backend) async throws {
        let fixture = try ServerFixture(backend)
        let now = fixture.clock.now
        let policy = try SupervisionPolicies.load(path: nil)
        let report = try fixture.station.townshipReport(ServerFixture.townshipA, period: ScorePeriod(), now: now, language: .zh,
                                                        policy: policy)
        let plan = try fixture.station.visitPlan(township: ServerFixture.townshipA, policy: policy, now: now,
                                                 asOf: CalendarDay(now), days: 30)
        try await fixture.test { client in
            let a = try await client.signIn(ServerFixture.userA)
            let html = try await client.get("/reports/township.html", as: a)
            #expect(html.status == .ok)
            #expect(html.body == (try report.html()))
            let json = try await client.get("/api/v1/reports/township", as: a)
            #expect(json.bytes == Array(try JSONOutput.encode(report.json())))
            let planJSON = try await client.get("/api/v1/plan", as: a)
            #expect(planJSON.bytes == Array(try JSONOutput.encode(PlanJSON(township: ServerFixture.townshipA, plan: plan))))
            let ics = try await client.get("/plan.ics", as: a)
            #expect(ics.body == PlanExport.ics(township: ServerFixture.townshipA, plan, stamp: now))
            #expect(ics.headers[.contentType]?.hasPrefix("text/calendar") == true)
            let notice = try await client.get("/sessions/\(fixture.sessionA)/notice.html", as: a)
            #expect(notice.status == .ok)
            #expect(notice.body.contains("孝顺化工有限公司"))
            #expect(try await client.get("/api/v1/plan?days=-1", as: a).status == .badRequest)
            #expect(try await client.get("/api/v1/reports/township?from=yesterday", as: a).status == .badRequest)
        }
    }

    @Test("the API's lists are `enterprise list`, `enterprise show` and `hazard list` in JSON", arguments: Backend.all)
    func lists(_ backend: Backend) async throws {
        let fixture = try ServerFixture(backend)
        let now = fixture.clock.now
        let store = fixture.station.store
        let enterprises = try store.enterprises(township: ServerFixture.townshipA)
        let listing = try store.hazardListing(HazardListQuery(filter: HazardFilter(township: ServerFixture.townshipA)), now: now)
        let sessions = try store.sessions(enterprise: ServerFixture.codeA, checklistID: nil, kind: nil, status: nil)
        try await fixture.test { client in
            let a = try await client.signIn(ServerFixture.userA)
            let list = try await client.get("/api/v1/enterprises", as: a)
            #expect(list.bytes == Array(try JSONOutput.encode(enterprises.map(EnterpriseJSON.init))))
            let one = try await client.get("/api/v1/enterprises/\(ServerFixture.codeA)", as: a)
            #expect(one.bytes == Array(try JSONOutput.encode(EnterpriseJSON(enterprises[0], sessions: sessions))))
            let hazards = try await client.get("/api/v1/hazards", as: a)
            #expect(hazards.bytes == Array(HazardJSONWriter.document(count: listing.hazards.count) { index in
                HazardJSON(listing.hazards[index], enterprise: listing.enterprises[listing.hazards[index].enterpriseCode],
                           now: now)
            }))
            let major = try #require(try await client.get("/api/v1/hazards?severity=major", as: a).json() as? [[String: Any]])
            #expect(major.compactMap { $0["id"] as? Int } == [Int(fixture.hazardsA.major.id)])
            let search = try #require(try await client.get("/api/v1/enterprises?q=%E5%AD%9D%E9%A1%BA", as: a).json()
                as? [[String: Any]])
            #expect(search.count == 1)
            for bad in ["status=closed", "severity=huge", "overdue=maybe", "tag=none-such"] {
                let path = bad.hasPrefix("tag") ? "/api/v1/enterprises?" + bad : "/api/v1/hazards?" + bad
                let answer = try await client.get(path, as: a)
                #expect(answer.status == .badRequest, "\(bad)")
            }
        }
    }

    @Test("every answer carries the headers that keep it from being framed, sniffed or cached")
    func securityHeaders() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            for answer in [try await client.get("/login"), try await client.get("/api/v1/hazards")] {
                #expect(answer.headers[.init("X-Content-Type-Options")!] == "nosniff")
                #expect(answer.headers[.init("X-Frame-Options")!] == "DENY")
                #expect(answer.headers[.cacheControl] == "no-store")
                #expect(answer.headers[.init("Content-Security-Policy")!]?.contains("frame-ancestors 'none'") == true)
            }
        }
    }
}
