import CheckupCore
import CheckupReports
import CheckupStore
import Foundation
import Hummingbird

extension StationServer {
    /// The JSON API under /api/v1/: the keys of the CLI's `--format json` (the same writers),
    /// for the session cookie (with the CSRF token on POST) or an API token.
    func addAPIRoutes(to router: Router<ServerContext>) {
        let api = router.group("/api/v1")
        api.get("/session") { _, context in
            let viewer = try self.viewer(context)
            return Self.json(try JSONOutput.encode(SessionJSON(user: UserJSON(viewer.user), csrf: viewer.csrf)))
        }
        api.get("/enterprises") { request, context in
            let viewer = try self.viewer(context)
            let query = self.query(request)
            let township = try await self.township(viewer, query, required: false)
            let language = context.language
            let detail = ["q", "tag", "colour"].map { "\($0)=\(query[$0] ?? "")" }.joined(separator: "&")
            let data = try await self.cached("api-enterprises", township: township, detail: detail) { () async throws -> Data in
                let enterprises = try await self.enterprises(query, township: township, language: language)
                return try JSONOutput.encode(enterprises.map(EnterpriseJSON.init))
            }
            return Self.json(data)
        }
        api.get("/enterprises/:code") { _, context in
            let viewer = try self.viewer(context)
            let enterprise = try await self.enterprise(context.parameters.get("code") ?? "", for: viewer)
            let code = enterprise.creditCode
            let sessions = try await self.store { station in
                try station.store.sessions(enterprise: code, checklistID: nil, kind: nil, status: nil)
            }
            return Self.json(try JSONOutput.encode(EnterpriseJSON(enterprise, sessions: sessions)))
        }
        api.get("/hazards") { request, context in
            let viewer = try self.viewer(context)
            let query = self.query(request)
            let township = try await self.township(viewer, query, required: false)
            let asked = try QueryParameters.hazards(query, township: township, context.language)
            let now = self.now
            let listing = try await self.store { try $0.store.hazardListing(asked, now: now) }
            let visible = listing.hazards.filter { hazard in
                listing.enterprises[hazard.enterpriseCode].map { viewer.user.mayAccess(township: $0.township) } ?? false
            }
            return Self.json(HazardJSONWriter.document(count: visible.count) { index in
                HazardJSON(visible[index], enterprise: listing.enterprises[visible[index].enterpriseCode], now: now)
            })
        }
        api.get("/hazards/:id") { _, context in
            let viewer = try self.viewer(context)
            let (hazard, enterprise) = try await self.hazard(context.parameters.get("id"), for: viewer)
            return Self.json(try await self.hazardJSON(hazard, enterprise))
        }
        api.post("/hazards/:id/verify") { request, context in
            let (hazard, enterprise) = try await self.verify(request, context)
            return Self.json(try await self.hazardJSON(hazard, enterprise))
        }
        api.post("/hazards/:id/escalate") { request, context in
            let (hazard, enterprise) = try await self.escalate(request, context)
            return Self.json(try await self.hazardJSON(hazard, enterprise))
        }
        api.get("/plan") { request, context in
            let viewer = try self.viewer(context)
            let query = self.query(request)
            let township = try await self.township(viewer, query, required: true) ?? ""
            let plan = try await self.plan(query, township: township, language: context.language)
            return Self.json(try JSONOutput.encode(PlanJSON(township: township, plan: plan)))
        }
        api.get("/reports/township") { request, context in
            let report = try await self.townshipReport(request, context)
            return Self.json(try JSONOutput.encode(report.json()))
        }
        api.get("/users") { _, context in
            let viewer = try self.viewer(context)
            guard viewer.user.role == .admin else { throw ServerError.notFound }
            let users = try await self.store { try $0.store.users() }
            return Self.json(try JSONOutput.encode(users.map(UserJSON.init)))
        }
    }

    /// `hazard show --format json` of a hazard: with its history.
    func hazardJSON(_ hazard: Hazard, _ enterprise: Enterprise) async throws -> Data {
        let id = hazard.id
        let history = try await store { try $0.store.hazardHistory(id) }
        return try JSONOutput.encode(HazardJSON(hazard, enterprise: enterprise, now: now, history: history))
    }

    /// The enterprises of `township` (every one when nil) a query's `q` (name or credit code),
    /// `tag` and `colour` keep, in register order.
    func enterprises(_ query: FormData, township: String?, language: Language) async throws -> [Enterprise] {
        let search = (query["q"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let tag = try query["tag"].flatMap { text -> RiskTag? in
            if text.isEmpty { return nil }
            guard let tag = RiskTag(name: text) else { throw ServerError.badParameter("tag", text, language) }
            return tag
        }
        let colour = try query["colour"].flatMap { text -> RiskColour? in
            if text.isEmpty { return nil }
            guard let colour = RiskColour(name: text) else { throw ServerError.badParameter("colour", text, language) }
            return colour
        }
        let policy = configuration.policy
        let now = self.now
        var enterprises = try await store { station -> [Enterprise] in
            guard let colour else { return try station.store.enterprises(township: township) }
            return try station.grades(township: township, policy: policy, now: now).filter { $0.colour == colour }
                .map(\.enterprise)
        }
        if let tag { enterprises = enterprises.filter { $0.riskTags?.contains(tag) == true } }
        if !search.isEmpty {
            enterprises = enterprises.filter {
                $0.name.range(of: search, options: .caseInsensitive) != nil
                    || $0.creditCode.range(of: search, options: .caseInsensitive) != nil
            }
        }
        return enterprises
    }

    /// The visit plan of `township` as of today, looking `days` ahead (default 30, as `checkup plan`).
    func plan(_ query: FormData, township: String, language: Language) async throws -> VisitPlan {
        let days = try QueryParameters.integer(query, "days", in: 0...3650, fallback: 30, language)
        let policy = configuration.policy
        let now = self.now
        return try await store { station in
            try station.visitPlan(township: township, policy: policy, now: now, asOf: CalendarDay(now), days: days)
        }
    }

    /// The township report of the request's township over `from`–`to`, as `report township` makes it.
    func townshipReport(_ request: Request, _ context: ServerContext) async throws -> TownshipReport {
        let viewer = try self.viewer(context)
        let query = self.query(request)
        let township = try await self.township(viewer, query, required: true) ?? ""
        let period = try QueryParameters.period(query, context.language)
        let policy = configuration.policy
        let now = self.now
        let language = context.language
        return try await store { station in
            try station.townshipReport(township, period: period, now: now, language: language, policy: policy)
        }
    }
}

/// `GET /api/v1/session`: who is signed in, and the CSRF token scripts send as `X-CSRF-Token`
/// (null for an API token, which needs none).
struct SessionJSON: Encodable {
    var user: UserJSON
    @NullEncoded var csrf: String?
}
