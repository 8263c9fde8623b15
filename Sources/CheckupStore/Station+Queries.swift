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
        try sessionData(session, enterprise: enterprise, cache: &cache, read: nil)
    }

    /// `sessionData`, with the findings and hazards taken from `read` (sessions read at once)
    /// when it holds them.
    private func sessionData(_ session: Session, enterprise: Enterprise, cache: inout [String: Checklist],
                             read: (findings: [Int64: [Finding]], hazards: [Int64: [Hazard]])?) throws -> SessionData {
        let checklist = try checklist(of: session, cache: &cache)
        let findings = try read?.findings[session.id] ?? store.findings(session: session.id)
        let hazards = session.status == .open ? [] : try read?.hazards[session.id]
            ?? store.hazards(HazardFilter(session: session.id))
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
        var counted: [(Enterprise, Session)] = []
        var notInspected: [Enterprise] = []
        for enterprise in enterprises {
            if let session = SessionPairing.latestEligible(sessions[enterprise.creditCode] ?? [], in: period,
                                                           includeSelfChecks: includeSelfChecks) {
                counted.append((enterprise, session))
            } else {
                notInspected.append(enterprise)
            }
        }
        // A server store reads the counted sessions' findings and hazards in two queries, not
        // two per enterprise (StationBatchReads); the values are the same.
        let read = try (store as? any StationBatchReads).map { batch in
            (findings: try batch.findings(sessions: counted.map(\.1.id)),
             hazards: try batch.hazards(sessions: counted.filter { $0.1.status != .open }.map(\.1.id)))
        }
        let latest = try counted.map { try sessionData($0.1, enterprise: $0.0, cache: &cache, read: read) }
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
        var found: [(Enterprise, Session, Session)] = []
        for enterprise in data.enterprises {
            let (inspection, selfCheck) = SessionPairing.pair(data.sessions[enterprise.creditCode] ?? [],
                                                              in: data.period)
            guard let inspection, let selfCheck else { continue }
            found.append((enterprise, inspection, selfCheck))
        }
        // A server store reads the answers not already at hand in one go (StationBatchReads).
        let unread = found.flatMap { [$0.1.id, $0.2.id] }.filter { counted[$0] == nil }
        let read = try (store as? any StationBatchReads).map { try $0.findings(sessions: unread) } ?? [:]
        var pairs: [SessionPair] = []
        for (enterprise, inspection, selfCheck) in found {
            let inspectionAnswers = try counted[inspection.id]?.findings.map(\.answer)
                ?? (read[inspection.id] ?? store.findings(session: inspection.id)).map(\.answer)
            pairs.append(SessionPair(enterprise: enterprise, inspection: inspection, selfCheck: selfCheck,
                                     checklist: try counted[inspection.id]?.checklist
                                         ?? checklist(of: inspection, cache: &cache),
                                     inspectionAnswers: inspectionAnswers,
                                     selfCheckAnswers: try (read[selfCheck.id] ?? store.findings(session: selfCheck.id))
                                         .map(\.answer)))
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
