import CheckupCore
import CheckupReports
import CheckupStore
import Foundation
import Hummingbird

extension StationServer {
    /// The downloads: the very files the CLI writes (the same queries and exporters), for the
    /// viewer's township only.
    func addDownloadRoutes(to router: Router<ServerContext>) {
        router.get("/plan.ics") { request, context in
            let viewer = try self.viewer(context)
            let query = self.query(request)
            let township = try await self.township(viewer, query, required: true) ?? ""
            let plan = try await self.plan(query, township: township, language: context.language)
            let ics = PlanExport.ics(township: township, plan, stamp: self.now)
            return Self.download(Data(ics.utf8), type: "text/calendar; charset=utf-8", filename: "plan-\(township).ics")
        }
        router.get("/reports/ledger.xlsx") { request, context in
            let (ledger, name) = try await self.ledger(request, context)
            let data = try await self.store { _ in try ledger.xlsx() }
            return Self.download(data, type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                 filename: name + ".xlsx")
        }
        router.get("/reports/ledger.csv") { request, context in
            let (ledger, name) = try await self.ledger(request, context)
            let data = try await self.store { _ in ledger.csv() }
            return Self.download(data, type: "text/csv; charset=utf-8", filename: name + ".csv")
        }
        router.get("/reports/township.html") { request, context in
            let report = try await self.townshipReport(request, context)
            let html = try await self.store { _ in try report.html() }
            return Self.html(html)
        }
        router.get("/sessions/:id/notice.html") { _, context in
            let viewer = try self.viewer(context)
            let (session, _) = try await self.session(context.parameters.get("id"), for: viewer)
            let id = session.id
            let now = self.now
            let language = context.language
            let policy = self.configuration.policy
            let html = try await self.store { station in
                let issuer = NoticeIssuer(explicit: nil, stored: try station.store.stationIdentity())
                return try station.notice(session: id, issuer: issuer, now: now, language: language, policy: policy).html()
            }
            return Self.html(html)
        }
        router.get("/hazards/:id/evidence/:sha256") { request, context in
            let viewer = try self.viewer(context)
            let (hazard, _) = try await self.hazard(context.parameters.get("id"), for: viewer)
            let hash = context.parameters.get("sha256") ?? ""
            let references = hazard.evidence + (hazard.remediationPlan.map { [$0] } ?? [])
            guard let reference = references.first(where: { $0.sha256 == hash }) else { throw ServerError.notFound }
            let path = self.station.evidence.path(for: reference.sha256)
            let data = try await self.store { _ -> Data? in
                guard (try? RegularFile.check(path)) != nil else { return nil }
                return FileManager.default.contents(atPath: path)
            }
            guard let data else { throw ServerError.notFound }
            let image = EvidenceImage.kind(of: data)
            let inline = try image != nil && QueryParameters.flag(self.query(request), "inline", context.language)
            return Self.download(data, type: image?.rawValue ?? "application/octet-stream", filename: reference.originalName,
                                 inline: inline)
        }
    }

    /// The ledger of the request's township (every township for a district user who names none),
    /// as `report ledger` makes it, and the download's name.
    private func ledger(_ request: Request, _ context: ServerContext) async throws -> (HazardLedger, String) {
        let viewer = try viewer(context)
        let query = self.query(request)
        let township = try await self.township(viewer, query, required: false)
        let asked = try QueryParameters.ledger(query, township: township, context.language)
        let now = self.now
        let language = context.language
        let ledger = try await store { station in try station.store.ledger(asked, now: now, language: language) }
        let name = (language == .zh ? "隐患台账" : "hazard-ledger") + (township.map { "-" + $0 } ?? "")
        return (ledger, name)
    }
}
