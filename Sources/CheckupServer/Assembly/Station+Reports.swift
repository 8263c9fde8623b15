import CheckupCore
import CheckupReports
import CheckupStore
import Foundation

/// The one place where the station's queries meet the reports: each report is made from the
/// values a `Station` query returns (CheckupReports never reads the store). The CLI's commands
/// and `checkup serve` both call these, so a download is the very file the command writes.
extension Station {
    /// The rectification notice of session `id`, with its number: the one issued before, else
    /// the next of the notice date's year, issued now (`issueNotice`) and kept. A notice that
    /// is refused (open session, self-check) takes no number. With `policy`, the notice shows
    /// the enterprise's colour and next due day.
    public func notice(session id: Int64, issuer: NoticeIssuer, now: Date, language: Language,
                policy: SupervisionPolicy? = nil) throws -> RectificationNotice {
        let data = try sessionData(id)
        if let refusal = RectificationNotice.refusal(data.session) { throw refusal }
        let issued = try issueNotice(for: data.session, stationName: issuer.name, numberPrefix: issuer.numberPrefix, at: now)
        var notice = try RectificationNotice(data, station: issuer.name, number: issued.number, generatedAt: now,
                                             language: language)
        notice.stationAddress = issuer.address
        notice.stationPhone = issuer.phone
        if let policy { notice.supervision = try grade(enterprise: data.opened.enterprise.creditCode, policy: policy, now: now) }
        notice.inspectorRegister = try store.inspectors()
        notice.evidenceImages = evidenceImages(notice.items.flatMap(\.evidence))
        return notice
    }

    /// The evidence files `references` as documents print them: each regular file in the
    /// evidence store no larger than `EvidenceImage.limit` is read (a photo among them becomes
    /// a thumbnail); anything else — larger, missing, not a regular file — is listed by name.
    public func evidenceImages(_ references: [EvidenceRef]) -> EvidenceImages {
        var images: EvidenceImages = [:]
        for reference in references where images[reference.sha256] == nil {
            let path = evidence.path(for: reference.sha256)
            var bytes: Data?
            if let size = try? RegularFile.check(path), size <= Int64(EvidenceImage.limit) {
                bytes = FileManager.default.contents(atPath: path)
            }
            images[reference.sha256] = EvidenceImage(reference, bytes: bytes)
        }
        return images
    }

    /// The verification opinion of session `session`'s notice, or of hazard `hazard` alone. The
    /// notice is made exactly as `report notice` makes it (`notice(session:issuer:now:language:)`),
    /// so the opinion carries the notice's number however that is assigned.
    public func verificationOpinion(session: Int64?, hazard: Int64?, issuer: NoticeIssuer, now: Date,
                             language: Language) throws -> VerificationOpinion {
        var sessionID = session ?? 0
        if let hazard {
            guard let found = try store.hazard(hazard) else { throw HazardError.unknownHazard(hazard) }
            sessionID = found.sessionID
        }
        let notice = try self.notice(session: sessionID, issuer: issuer, now: now, language: language)
        var histories: [Int64: [HazardChange]] = [:]
        for item in notice.toRectify where hazard == nil || item.hazardID == hazard {
            histories[item.hazardID] = try store.hazardHistory(item.hazardID)
        }
        return try VerificationOpinion(notice: notice, hazards: try store.hazards(HazardFilter(session: sessionID)),
                                       histories: histories, register: try store.inspectors(), only: hazard,
                                       generatedAt: now)
    }

    /// The township report of `township` over `period`.
    public func townshipReport(_ township: String, period: ScorePeriod, now: Date, language: Language,
                        policy: SupervisionPolicy? = nil) throws -> TownshipReport {
        var cache: [String: Checklist] = [:]
        let data = try self.township(township, period: period, cache: &cache)
        var report = TownshipReport(data, pairs: try pairs(data, cache: &cache),
                                    hazards: try store.hazards(HazardFilter(township: township)), now: now,
                                    language: language)
        if let policy { report.supervision = try townshipSupervision(township, period: period, now: now, policy: policy,
                                                                     language: language) }
        return report
    }

    /// The dashboard of `township` (`checkup serve`'s `/`): the township report over `period`
    /// with its supervision part, the visit plan as of today looking 30 days ahead, and the
    /// hazards past their deadline, oldest deadline first. The township's grades at `now` are
    /// computed once for both the report and the plan (each used to grade all its enterprises).
    public func dashboard(_ township: String, period: ScorePeriod, now: Date, language: Language,
                          policy: SupervisionPolicy) throws -> DashboardView {
        let end = min(period.end ?? now, now)
        let grades = try self.grades(township: township, policy: policy, now: end)
        var report = try townshipReport(township, period: period, now: now, language: language)
        report.supervision = try townshipSupervision(township, period: period, now: now, policy: policy,
                                                     language: language, grades: grades)
        let current = end == now ? grades : try self.grades(township: township, policy: policy, now: now)
        let plan = VisitPlan(current, asOf: CalendarDay(now), days: 30)
        let overdue = try store.hazardListing(HazardListQuery(filter: HazardFilter(township: township), overdue: true),
                                              now: now).hazards
            .sorted { ($0.deadline, $0.id) < ($1.deadline, $1.id) }
        return DashboardView(report: report, plan: plan, overdueHazards: overdue)
    }

    /// The supervision part of a township's reports: colours at the period's end (or now, if
    /// earlier), the changes since the period's start, and the patrols in the period.
    /// `grades`, when given, are the township's grades at that moment, already computed.
    public func townshipSupervision(_ township: String, period: ScorePeriod, now: Date, policy: SupervisionPolicy,
                             language: Language, grades known: [SupervisionGrade]? = nil) throws -> TownshipSupervision {
        let end = min(period.end ?? now, now)
        let grades = try known ?? self.grades(township: township, policy: policy, now: end)
        let changes = try period.start.map {
            ColourChange.between(try self.grades(township: township, policy: policy, now: $0), grades)
        } ?? []
        return TownshipSupervision(grades: grades, day: CalendarDay(end), changes: changes,
                                   patrols: try store.patrols(township: township, period: period),
                                   enterprises: grades.map(\.enterprise), language: language)
    }
}

extension StationStore {
    /// The hazard ledger of `query` (it needs no checklist, so no catalog is opened for it).
    public func ledger(_ query: LedgerQuery, now: Date, language: Language) throws -> HazardLedger {
        let identity = try stationIdentity()
        var ledger = try HazardLedger(enterprises: enterprises(township: query.township), query: query, now: now,
                                      language: language, sessions: hazardSessions(query.hazardFilter)) { add in
            try forEachHazard(query.hazardFilter, add)
        }
        ledger.station = identity.shortName ?? identity.name
        return ledger
    }
}

extension Station {
    /// The trend of an enterprise's defence level over its completed sessions (`checkup score
    /// --enterprise`, the enterprise page's trend of L).
    public func enterpriseTrend(_ code: String, language: Language) throws -> EnterpriseTrendReport {
        let (enterprise, sessions) = try completedSessions(enterprise: code)
        return EnterpriseTrendReport(enterprise: enterprise, sessions: sessions, language: language)
    }

    /// The enterprise's latest self-check against its latest inspection (`checkup compare
    /// --enterprise`, the enterprise page's reliability).
    public func comparison(enterprise code: String, language: Language) throws -> CompareReport {
        CompareReport(try pair(enterprise: code), language: language)
    }
}
