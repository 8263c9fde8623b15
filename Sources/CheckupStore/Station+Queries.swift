import CheckupCore
import Foundation

/// The station's reads for reports: each returns CheckupCore values (sessions with their
/// checklist snapshots, answers and hazards) that CheckupReports renders. Sessions are chosen by
/// `SessionPairing`; checklist snapshots are parsed at most once per content hash in `cache`.
extension Station {
    /// Session `id` with what its reports need; `SessionError.unknownSession` if there is none.
    public func sessionData(_ id: Int64) throws -> SessionData {
        guard let session = try store.session(id) else { throw SessionError.unknownSession(id) }
        var cache: [String: Checklist] = [:]
        return try sessionData(session, enterprise: requireEnterprise(session.enterpriseCode), cache: &cache)
    }

    /// `session` of `enterprise` with its checklist snapshot, answers and (once it is no longer
    /// open) the hazards it created.
    public func sessionData(_ session: Session, enterprise: Enterprise,
                            cache: inout [String: Checklist]) throws -> SessionData {
        let checklist = try checklist(of: session, cache: &cache)
        let findings = try store.findings(session: session.id)
        let hazards = session.status == .open ? [] : try store.hazards(HazardFilter(session: session.id))
        return SessionData(opened: OpenedSession(session: session, checklist: checklist, enterprise: enterprise),
                           findings: findings, hazards: hazards)
    }

    /// Every completed session of a registered enterprise, newest first;
    /// `SessionError.unknownEnterprise` if the code is not registered.
    public func completedSessions(enterprise code: String) throws -> (Enterprise, [SessionData]) {
        let enterprise = try requireEnterprise(code)
        var cache: [String: Checklist] = [:]
        let sessions = try store.sessions(enterprise: enterprise.creditCode, checklistID: nil, kind: nil,
                                          status: .completed)
        return (enterprise, try sessions.map { try sessionData($0, enterprise: enterprise, cache: &cache) })
    }

    /// The township's enterprises, their completed sessions in `period` and each one's session
    /// that counts. `ScoreError.noEnterprisesInTownship` if none is registered there.
    public func township(_ township: String, period: ScorePeriod = ScorePeriod(), includeSelfChecks: Bool = false,
                         cache: inout [String: Checklist]) throws -> TownshipData {
        let enterprises = try store.enterprises(township: township)
        guard !enterprises.isEmpty else { throw ScoreError.noEnterprisesInTownship(township) }
        let sessions = Dictionary(grouping: try store.completedSessions(township: township, period: period),
                                  by: \.enterpriseCode)
        var latest: [SessionData] = []
        var notInspected: [Enterprise] = []
        for enterprise in enterprises {
            if let session = SessionPairing.latestEligible(sessions[enterprise.creditCode] ?? [], in: period,
                                                           includeSelfChecks: includeSelfChecks) {
                latest.append(try sessionData(session, enterprise: enterprise, cache: &cache))
            } else {
                notInspected.append(enterprise)
            }
        }
        return TownshipData(township: township, period: period, includeSelfChecks: includeSelfChecks,
                            enterprises: enterprises, sessions: sessions, latest: latest, notInspected: notInspected)
    }

    /// The inspection and self-check of a registered enterprise to compare (any time);
    /// `SessionError.unknownEnterprise` if the code is not registered.
    public func pair(enterprise code: String) throws -> SessionPair {
        let enterprise = try requireEnterprise(code)
        var cache: [String: Checklist] = [:]
        let sessions = try store.sessions(enterprise: enterprise.creditCode, checklistID: nil, kind: nil,
                                          status: .completed)
        return try pair(enterprise, sessions: sessions, period: ScorePeriod(), cache: &cache)
    }

    /// The comparison pair of every enterprise registered in `township` (any time), in register order.
    public func pairs(township: String) throws -> [SessionPair] {
        let enterprises = try store.enterprises(township: township)
        let sessions = Dictionary(grouping: try store.completedSessions(township: township, period: ScorePeriod()),
                                  by: \.enterpriseCode)
        var cache: [String: Checklist] = [:]
        return try enterprises.map {
            try pair($0, sessions: sessions[$0.creditCode] ?? [], period: ScorePeriod(), cache: &cache)
        }
    }

    /// The comparison pair of every enterprise of `data` that has both an inspection and a
    /// self-check in its period, in register order; the inspection answers come from `data`.
    public func pairs(_ data: TownshipData, cache: inout [String: Checklist]) throws -> [SessionPair] {
        let counted = Dictionary(data.latest.map { ($0.session.id, $0) }, uniquingKeysWith: { first, _ in first })
        var pairs: [SessionPair] = []
        for enterprise in data.enterprises {
            let (inspection, selfCheck) = SessionPairing.pair(data.sessions[enterprise.creditCode] ?? [],
                                                              in: data.period)
            guard let inspection, let selfCheck else { continue }
            let inspectionAnswers = try counted[inspection.id]?.findings.map(\.answer)
                ?? store.findings(session: inspection.id).map(\.answer)
            pairs.append(SessionPair(enterprise: enterprise, inspection: inspection, selfCheck: selfCheck,
                                     checklist: try counted[inspection.id]?.checklist
                                         ?? checklist(of: inspection, cache: &cache),
                                     inspectionAnswers: inspectionAnswers,
                                     selfCheckAnswers: try store.findings(session: selfCheck.id).map(\.answer)))
        }
        return pairs
    }

    /// One enterprise's pair from its completed sessions.
    private func pair(_ enterprise: Enterprise, sessions: [Session], period: ScorePeriod,
                      cache: inout [String: Checklist]) throws -> SessionPair {
        let (inspection, selfCheck) = SessionPairing.pair(sessions, in: period)
        guard let inspection, let selfCheck else {
            return SessionPair(enterprise: enterprise, inspection: inspection, selfCheck: selfCheck, checklist: nil,
                               inspectionAnswers: [], selfCheckAnswers: [])
        }
        return SessionPair(enterprise: enterprise, inspection: inspection, selfCheck: selfCheck,
                           checklist: try checklist(of: inspection, cache: &cache),
                           inspectionAnswers: try store.findings(session: inspection.id).map(\.answer),
                           selfCheckAnswers: try store.findings(session: selfCheck.id).map(\.answer))
    }
}
