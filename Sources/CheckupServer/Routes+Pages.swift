import CheckupCore
import CheckupReports
import CheckupStore
import Foundation
import Hummingbird

extension StationServer {
    /// The pages: `/`, `/enterprises`, `/enterprises/{code}`, `/hazards`, `/hazards/{id}`, `/plan`,
    /// each filled from the same queries the CLI uses and rendered by CheckupReports' `WebPages`.
    func addPageRoutes(to router: Router<ServerContext>) {
        router.get("/") { request, context in
            let page = try await self.page(request, context, section: .dashboard)
            let township = page.chrome.township
            let period = try QueryParameters.period(page.query, context.language)
            let (policy, now, language) = (self.configuration.policy, self.now, context.language)
            let detail = "\(period.start?.timeIntervalSince1970 ?? -1)/\(period.end?.timeIntervalSince1970 ?? -1)/\(language)"
            // The page itself is kept too, per chrome (user, CSRF token, language …): rendering
            // it costs more than serving it.
            let chrome = page.chrome
            let html = try await self.cached("dashboard-page", township: township,
                                             detail: detail + "|" + String(describing: chrome)) { () async throws -> String in
                let view = try await self.cached("dashboard", township: township, detail: detail) {
                    try await self.store { station -> DashboardView in
                        try station.dashboard(township, period: period, now: now, language: language, policy: policy)
                    }
                }
                return try WebPages.dashboard(view, chrome: chrome)
            }
            return Self.html(html)
        }
        router.get("/enterprises") { request, context in
            var page = try await self.page(request, context, section: .enterprises)
            let fields = page.query.fields
            if let bad = EnterpriseListView.Filter.problems(query: fields).first {
                throw ServerError.badParameter(bad, fields[bad] ?? "", context.language)
            }
            let filter = EnterpriseListView.Filter(query: fields)
            let number = try QueryParameters.integer(page.query, "page", in: 1...100_000, fallback: 1, context.language)
            page.chrome.query = filter.queryItems
            let township = page.chrome.township
            let (policy, now) = (self.configuration.policy, self.now)
            let grades = try await self.cached("grades", township: township) {
                try await self.store { try $0.grades(township: township, policy: policy, now: now) }
            }
            let view = EnterpriseListView(all: grades, filter: filter, page: number, today: CalendarDay(now))
            return Self.html(try WebPages.enterprises(view, chrome: page.chrome))
        }
        router.get("/enterprises/:code") { request, context in
            let viewer = try self.viewer(context)
            let enterprise = try await self.enterprise(context.parameters.get("code") ?? "", for: viewer)
            var page = try await self.page(request, context, section: .enterprises, township: enterprise.township)
            page.chrome.path = WebRoutes.enterprise(enterprise.creditCode)
            let code = enterprise.creditCode
            let (policy, now, language) = (self.configuration.policy, self.now, context.language)
            let view = try await self.store { station -> EnterpriseView in
                let grade = try? station.grade(enterprise: code, policy: policy, now: now)
                let trend = try station.enterpriseTrend(code, language: language)
                let sessions = try station.store.sessions(enterprise: code, checklistID: nil, kind: nil, status: nil)
                let hazards = try station.store.hazards(HazardFilter(enterprise: code))
                let comparison = try? station.comparison(enterprise: code, language: language)
                return EnterpriseView(enterprise: enterprise, grade: grade, trend: trend, sessions: sessions, hazards: hazards,
                                      comparison: comparison, now: now)
            }
            return Self.html(try WebPages.enterprise(view, chrome: page.chrome))
        }
        router.get("/hazards") { request, context in
            var page = try await self.page(request, context, section: .hazards)
            let fields = page.query.fields
            if let bad = HazardListView.Filter.problems(query: fields).first {
                throw ServerError.badParameter(bad, fields[bad] ?? "", context.language)
            }
            let filter = HazardListView.Filter(query: fields)
            let number = try QueryParameters.integer(page.query, "page", in: 1...100_000, fallback: 1, context.language)
            page.chrome.query = filter.queryItems
            let township = page.chrome.township
            let asked = HazardListQuery(filter: filter.storeFilter(township: township), overdue: filter.overdue,
                                        unreported: filter.unreported, supervised: filter.supervised)
            let now = self.now
            let listing = try await self.store { try $0.store.hazardListing(asked, now: now) }
            let view = HazardListView(all: listing.hazards, enterprises: listing.enterprises, filter: filter, page: number,
                                      now: now)
            return Self.html(try WebPages.hazards(view, chrome: page.chrome))
        }
        router.get("/hazards/:id") { request, context in
            let viewer = try self.viewer(context)
            let (hazard, enterprise) = try await self.hazard(context.parameters.get("id"), for: viewer)
            var page = try await self.page(request, context, section: .hazards, township: enterprise.township)
            page.chrome.path = WebRoutes.hazard(hazard.id)
            page.chrome.flash = Self.flash(page.query["done"], context.language)
            let id = hazard.id
            let evidenceStore = self.station.evidence
            let (history, kinds) = try await self.store { station -> ([HazardChange], [String: EvidenceImage.Kind]) in
                var kinds: [String: EvidenceImage.Kind] = [:]
                for reference in hazard.evidence + (hazard.remediationPlan.map { [$0] } ?? []) {
                    let path = evidenceStore.path(for: reference.sha256)
                    guard (try? RegularFile.check(path)) != nil, let handle = FileHandle(forReadingAtPath: path) else { continue }
                    let head = (try? handle.read(upToCount: 8)) ?? Data()
                    try? handle.close()
                    kinds[reference.sha256] = EvidenceImage.kind(of: head)
                }
                return (try station.store.hazardHistory(id), kinds)
            }
            func evidence(_ reference: EvidenceRef) -> HazardView.Evidence {
                HazardView.Evidence(ref: reference, url: "/hazards/\(id)/evidence/\(reference.sha256)",
                                    imageKind: kinds[reference.sha256])
            }
            let view = HazardView(hazard: hazard, enterprise: enterprise, history: history,
                                  evidence: hazard.evidence.map(evidence), remediationPlan: hazard.remediationPlan.map(evidence),
                                  now: self.now, canVerify: true, canEscalate: true, uploadLimit: self.configuration.uploadLimit)
            return Self.html(try WebPages.hazard(view, chrome: page.chrome))
        }
        router.get("/plan") { request, context in
            var page = try await self.page(request, context, section: .plan)
            let township = page.chrome.township
            let days = try QueryParameters.integer(page.query, "days", in: 0...3650, fallback: 30, context.language)
            if days != 30 { page.chrome.query = [WebQueryItem("days", String(days))] }
            let plan = try await self.plan(page.query, township: township, language: context.language)
            return Self.html(try WebPages.plan(PlanView(township: township, plan: plan), chrome: page.chrome))
        }
    }

    /// What every page needs: the query, and the chrome (user, township, the district user's
    /// choice of townships, language, CSRF token, section, path).
    private func page(_ request: Request, _ context: ServerContext, section: WebSection,
                      township fixed: String? = nil) async throws -> (query: FormData, chrome: WebChrome) {
        let viewer = try viewer(context)
        let query = self.query(request)
        let township: String
        if let fixed {
            township = fixed
        } else {
            township = try await self.township(viewer, query, required: true) ?? ""
        }
        let chrome = WebChrome(userName: viewer.user.name, role: WebRole(rawValue: viewer.user.role.rawValue) ?? .township,
                               township: township, townships: try await townshipChoices(viewer),
                               language: context.language, csrf: viewer.csrf ?? "", section: section,
                               path: request.uri.path)
        return (query, chrome)
    }

    /// The message after an action (`?done=verify|escalate`).
    private static func flash(_ done: String?, _ language: Language) -> WebFlash? {
        switch done {
        case "verify": WebFlash(ServerText.doneVerify.text(in: language))
        case "escalate": WebFlash(ServerText.doneEscalate.text(in: language))
        default: nil
        }
    }
}
