import CheckupCore
import CheckupReports
import CheckupStore
import Foundation

/// The one place where the station's queries meet the reports: each report is made from the
/// values a `Station` query returns (CheckupReports never reads the store).
extension Station {
    /// The rectification notice of session `id`, with its number: the one issued before, else
    /// the next of the notice date's year, issued now (`issueNotice`) and kept. A notice that
    /// is refused (open session, self-check) takes no number.
    func notice(session id: Int64, issuer: NoticeIssuer, now: Date, language: Language) throws -> RectificationNotice {
        let data = try sessionData(id)
        if let refusal = RectificationNotice.refusal(data.session) { throw refusal }
        let issued = try issueNotice(for: data.session, stationName: issuer.name, numberPrefix: issuer.numberPrefix, at: now)
        var notice = try RectificationNotice(data, station: issuer.name, number: issued.number, generatedAt: now,
                                             language: language)
        notice.stationAddress = issuer.address
        notice.stationPhone = issuer.phone
        return notice
    }

    /// The township report of `township` over `period`.
    func townshipReport(_ township: String, period: ScorePeriod, now: Date, language: Language) throws -> TownshipReport {
        var cache: [String: Checklist] = [:]
        let data = try self.township(township, period: period, cache: &cache)
        return TownshipReport(data, pairs: try pairs(data, cache: &cache),
                              hazards: try store.hazards(HazardFilter(township: township)), now: now, language: language)
    }
}

extension StationStore {
    /// The hazard ledger of `query` (it needs no checklist, so no catalog is opened for it).
    func ledger(_ query: LedgerQuery, now: Date, language: Language) throws -> HazardLedger {
        let identity = try stationIdentity()
        var ledger = try HazardLedger(enterprises: enterprises(township: query.township), query: query, now: now,
                                      language: language, sessions: hazardSessions(query.hazardFilter)) { add in
            try forEachHazard(query.hazardFilter, add)
        }
        ledger.station = identity.shortName ?? identity.name
        return ledger
    }
}
