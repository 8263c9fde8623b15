import CheckupCore
import CheckupReports
import CheckupStore
import Foundation

/// The notice test station (`ReportStation`) with what the verification opinion and the
/// inspection record add: 张伟 registered with a certificate (李娜 left unregistered), and hazard 3
/// (session 2) reported rectified and refused at re-inspection on 2026-11-25.
struct DocumentStation {
    let fixture: ReportStation
    static let generatedAt = ReportStation.time("2026-11-28T16:00:00")

    init() throws {
        fixture = try ReportStation()
        try fixture.station.store.addInspector(Inspector(name: "张伟", certificate: "ZJ-AJ-2024-0031", phone: "0579-82123456"),
                                               now: ReportStation.now)
        try rectify(3, at: "2026-11-24T09:00:00")
        _ = try fixture.station.store.changeHazard(3) { hazard in
            try HazardRules.verify(hazard, by: "张伟", at: ReportStation.time("2026-11-25T10:00:00"), refuse: true,
                                   reason: "通道仍有成品堆放")
        }
    }

    /// Reports hazard `id` rectified at `at`.
    func rectify(_ id: Int64, at: String) throws {
        _ = try fixture.station.store.changeHazard(id) { hazard in
            try HazardRules.update(hazard, to: .rectified, measures: FiveMeasures(), note: nil, by: "王建华",
                                   at: ReportStation.time(at))
        }
    }

    /// The opinion on session `session`'s notice (or hazard `only`), as the CLI makes it.
    func opinion(_ session: Int64 = 2, only: Int64? = nil, language: Language = .zh) throws -> VerificationOpinion {
        let notice = try fixture.notice(session, language: language)
        return try opinion(notice, only: only)
    }

    /// The opinion on `notice`.
    func opinion(_ notice: RectificationNotice, only: Int64? = nil) throws -> VerificationOpinion {
        let store = fixture.station.store
        var histories: [Int64: [HazardChange]] = [:]
        for item in notice.items { histories[item.hazardID] = try store.hazardHistory(item.hazardID) }
        return try VerificationOpinion(notice: notice, hazards: try store.hazards(HazardFilter(session: notice.session.id)),
                                       histories: histories, register: try store.inspectors(), only: only,
                                       generatedAt: Self.generatedAt)
    }

    /// The inspection record of `session`.
    func record(_ session: Int64 = 2, language: Language = .zh) throws -> InspectionRecord {
        try InspectionRecord(try fixture.station.sessionData(session), station: RectificationNotice.defaultStation,
                             register: try fixture.station.store.inspectors(), generatedAt: Self.generatedAt,
                             language: language)
    }
}
