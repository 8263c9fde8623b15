import CheckupCore
import Foundation

/// A station's working set: the checklist catalog, the database and the evidence store. The
/// operations here are what the CLI calls; each checks its input with CheckupCore's rules and
/// saves in one transaction, so a refused command writes nothing.
public struct Station: Sendable {
    /// The database.
    public let store: any StationStore
    /// The checklist catalog (needed to start sessions; restoring one uses its snapshot).
    public let catalog: ChecklistCatalog
    /// Where evidence files are copied.
    public let evidence: EvidenceStore

    /// Creates a station.
    public init(store: any StationStore, catalog: ChecklistCatalog, evidence: EvidenceStore) {
        self.store = store
        self.catalog = catalog
        self.evidence = evidence
    }

    // MARK: Enterprises

    /// The registered enterprise, or a refusal naming the code.
    public func requireEnterprise(_ code: String) throws -> Enterprise {
        let normalised = CreditCode.normalise(code)
        guard let enterprise = try store.enterprise(normalised) else { throw SessionError.unknownEnterprise(normalised) }
        return enterprise
    }

    // MARK: Sessions

    /// A session with its snapshotted checklist and enterprise (see `CheckupCore.OpenedSession`).
    public typealias OpenedSession = CheckupCore.OpenedSession

    /// Starts a session, or resumes the open one of the same kind for that enterprise and
    /// checklist id (`resumed` says which). There is at most one: the store decides inside its
    /// writing transaction, so of several processes starting at once one starts it and the
    /// others resume it.
    public func startOrResume(kind: SessionKind = .inspection, checklist name: String, enterprise code: String,
                              inspectors: [String], profile: String?, people: SessionPeopleInput = SessionPeopleInput(),
                              now: Date) throws -> OpenedSession {
        let enterprise = try requireEnterprise(code)
        let names = inspectors.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !names.isEmpty else { throw SessionError.noInspector }
        let loaded = try catalog.resolve(name)
        if let open = try store.sessions(enterprise: enterprise.creditCode, checklistID: loaded.checklist.id,
                                         kind: kind, status: .open).first {
            return try resumed(open.id, people: people)
        }
        // An inspection records where it was made and who was present; a self-check neither.
        var initial: (place: String?, present: PersonPresent?) = (nil, nil)
        if kind == .inspection {
            initial = try SessionPeople.initial(place: people.place, enterprise: enterprise,
                                                presentName: people.presentName, presentPost: people.presentPost)
        }
        if let profile, loaded.checklist.profile(profile) == nil {
            throw ChecklistError.unknownProfile(profile, checklist: loaded.checklist.id,
                                                known: loaded.checklist.profiles.map(\.id))
        }
        let snapshot = ChecklistSnapshot(hash: loaded.contentHash, checklistID: loaded.checklist.id,
                                         version: loaded.checklist.version, content: loaded.bytes)
        let session: Session
        do {
            session = try store.createSession(NewSession(kind: kind, enterpriseCode: enterprise.creditCode,
                                                         snapshot: snapshot, profileID: profile,
                                                         inspectors: names, startedAt: now, place: initial.place,
                                                         present: initial.present))
        } catch StoreError.sessionAlreadyOpen(let id) {
            // Another process started it since the look-up above.
            return try resumed(id, people: people)
        }
        return OpenedSession(session: session, checklist: loaded.checklist, enterprise: enterprise, resumed: false)
    }

    /// The open session `id`, resumed, with the place and person present given now (if any)
    /// recorded on it.
    private func resumed(_ id: Int64, people: SessionPeopleInput) throws -> OpenedSession {
        if !people.isEmpty { _ = try updatePeople(id, people) }
        var opened = try self.open(id)
        opened.resumed = true
        return opened
    }

    /// Changes the place inspected and the person present of session `id` (`SessionPeople.apply`,
    /// against the session as stored, in one transaction).
    public func updatePeople(_ id: Int64, _ people: SessionPeopleInput) throws -> Session {
        try store.updateSessionPeople(id) { session in
            try SessionPeople.apply(to: session, place: people.place, presentName: people.presentName,
                                    presentPost: people.presentPost)
        }
    }

    /// Opens a session by id with its snapshotted checklist.
    public func open(_ id: Int64) throws -> OpenedSession {
        guard let session = try store.session(id) else { throw SessionError.unknownSession(id) }
        let checklist = try checklist(of: session)
        let enterprise = try requireEnterprise(session.enterpriseCode)
        return OpenedSession(session: session, checklist: checklist, enterprise: enterprise, resumed: false)
    }

    /// The checklist `session` used, parsed at most once per snapshot into `cache` (by content
    /// hash): reports over many sessions mostly share one or two snapshots, and parsing one with
    /// its schema costs more than the rest of a comparison or a score.
    public func checklist(of session: Session, cache: inout [String: Checklist]) throws -> Checklist {
        if let known = cache[session.checklistHash] { return known }
        let checklist = try checklist(of: session)
        cache[session.checklistHash] = checklist
        return checklist
    }

    /// The checklist a session used, from its snapshot.
    public func checklist(of session: Session) throws -> Checklist {
        guard let snapshot = try store.snapshot(hash: session.checklistHash) else {
            throw SessionError.snapshotUnreadable(session.id, reason: "missing")
        }
        do {
            return try catalog.load(bytes: snapshot.content, label: "snapshot:\(session.id)").checklist
        } catch {
            throw SessionError.snapshotUnreadable(session.id, reason: error.description)
        }
    }

    /// Records an answer at once. Evidence files are copied into the evidence store first (a
    /// missing one refuses the answer, and nothing is written).
    @discardableResult
    public func record(_ answer: Answer, evidencePaths: [String] = [], session id: Int64, by: String,
                       now: Date) throws -> FindingChange {
        try record(answer, evidencePaths: evidencePaths, in: try open(id), by: by, now: now)
    }

    /// Records an answer in a session already opened, so a conversation that gives many answers
    /// parses the checklist snapshot once rather than once per answer. The session's status is
    /// still read again inside the saving transaction.
    @discardableResult
    public func record(_ answer: Answer, evidencePaths: [String] = [], in opened: OpenedSession, by: String,
                       now: Date) throws -> FindingChange {
        let id = opened.session.id
        var answer = answer
        // Validate before copying evidence, so a refused answer leaves no files behind.
        try SessionRules.validate(answer, session: opened.session, checklist: opened.checklist,
                                  industry: opened.enterprise.industry)
        for path in evidencePaths {
            answer.evidence.append(try evidence.add(file: path))
        }
        return try store.record(answer, session: id, by: by, at: now) { current in
            try SessionRules.validate(answer, session: current, checklist: opened.checklist,
                                      industry: opened.enterprise.industry)
        }
    }

    /// Completes a session and, in the same transaction, creates a hazard for each fail (an
    /// inspection's fails fixed on site are created verified). `deadline` overrides every
    /// hazard's computed deadline.
    @discardableResult
    public func complete(_ id: Int64, now: Date, deadline: Date? = nil) throws -> (Session, [Hazard]) {
        try complete(try open(id), now: now, deadline: deadline)
    }

    /// Completes a session already opened (see `record(_:evidencePaths:in:by:now:)`).
    @discardableResult
    public func complete(_ opened: OpenedSession, now: Date, deadline: Date? = nil) throws -> (Session, [Hazard]) {
        let id = opened.session.id
        return try store.complete(session: id, at: now) { session, findings in
            HazardRules.hazards(session: session, checklist: opened.checklist,
                                findings: findings, foundAt: now, deadlineOverride: deadline)
        }
    }


    /// The scoring inputs of a session, from its current findings.
    public func scoringItems(_ opened: OpenedSession, findings: [Finding], language: Language = .zh) -> [ScoringItem] {
        SessionRules.scoringItems(checklist: opened.checklist, session: opened.session, findings: findings,
                                  industry: opened.enterprise.industry, language: language)
    }
}


// MARK: Hazard actions shared by the CLI and the server

extension Station {
    /// `hazard verify`: the re-inspection of hazard `id` by `inspector` (verify, or refuse with
    /// `reason`), with the re-inspection's evidence files copied into the evidence store first
    /// (only once the hazard is known to be rectified, so a refusal copies nothing). One
    /// transaction; the history records `inspector`.
    public func verifyHazard(_ id: Int64, by inspector: String, at: Date, refuse: Bool, reason: String?,
                             evidencePaths: [String] = []) throws -> Hazard {
        guard let current = try store.hazard(id) else { throw HazardError.unknownHazard(id) }
        if current.status != .rectified { throw HazardError.notRectified(id, current.status) }
        let refs = try evidencePaths.map { try evidence.add(file: $0) }
        return try store.changeHazard(id) { hazard in
            try HazardRules.verify(hazard, by: Names.normalised(inspector), at: at, refuse: refuse, reason: reason,
                                   evidence: refs)
        }
    }

    /// `hazard escalate`: a report of major hazard `id` to `body` under `reference` on `at`, by
    /// `by` (recorded as `recordedBy` when nil). One transaction.
    public func escalateHazard(_ id: Int64, to body: String, reference: String, at: Date, by: String?,
                               recordedBy: String) throws -> Hazard {
        try store.changeHazard(id) { hazard in
            try EscalationRules.escalate(hazard, to: body, reference: reference, at: at, by: by, recordedBy: recordedBy)
        }
    }
}
