import CheckupCore
import Foundation

/// Risk-based supervision over the station's records: the facts of each enterprise as of a
/// moment (with the level L of its latest inspection scored from the stored answers, each
/// checklist snapshot parsed once) and their grades under a policy.
extension Station {
    /// The facts of every enterprise of `township` (every one when nil) as of `asOf`, in
    /// register order. `SupervisionError.noEnterprises` when a named township has none.
    public func supervisionFacts(township: String?, asOf: Date) throws -> [SupervisionFacts] {
        let rows = try store.supervisionRows(township: township, asOf: asOf)
        if let township, rows.isEmpty { throw SupervisionError.noEnterprises(township) }
        let levels = try inspectionLevels(rows)
        return rows.map { row in
            SupervisionFacts(enterprise: row.enterprise, lastInspection: row.inspection?.startedAt,
                             level: row.inspection.flatMap { levels[$0.id] }, openMajorHazards: row.openMajorHazards,
                             overdueHazards: row.overdueHazards, openHazards: row.openHazards,
                             untrueSelfCheckItems: row.untrueSelfCheckItems, override: row.override,
                             referredAt: row.referredAt)
        }
    }

    /// The grades of every enterprise of `township` (every one when nil) at `now`.
    public func grades(township: String?, policy: SupervisionPolicy, now: Date) throws -> [SupervisionGrade] {
        SupervisionGrading.grade(try supervisionFacts(township: township, asOf: now), policy: policy, now: now)
    }

    /// The grade of one registered enterprise at `now`.
    public func grade(enterprise code: String, policy: SupervisionPolicy, now: Date) throws -> SupervisionGrade {
        let enterprise = try requireEnterprise(code)
        let facts = try supervisionFacts(township: enterprise.township, asOf: now)
        guard let mine = facts.first(where: { $0.enterprise.creditCode == enterprise.creditCode }) else {
            throw SessionError.unknownEnterprise(enterprise.creditCode)
        }
        return SupervisionGrading.grade(mine, policy: policy, now: now)
    }

    /// The level L of each row's inspection, by session id, scored as `checkup score` scores it
    /// (the snapshot's items within the session's profile and the enterprise's industry, the
    /// checklist's layer weights).
    private func inspectionLevels(_ rows: [SupervisionRow]) throws -> [Int64: Double] {
        struct Scheme {
            var items: [(id: String, layer: Layer, weight: Double)]
            var weights: LayerWeights
        }
        var checklists: [String: Checklist] = [:]
        var schemes: [String: Scheme] = [:]
        var schemeOf: [Int64: String] = [:]
        for row in rows {
            guard let inspection = row.inspection else { continue }
            let key = "\(inspection.checklistHash)\u{1}\(inspection.profileID ?? "")\u{1}\(row.enterprise.industry ?? "")"
            schemeOf[inspection.id] = key
            if schemes[key] != nil { continue }
            let checklist: Checklist
            if let known = checklists[inspection.checklistHash] {
                checklist = known
            } else {
                guard let snapshot = try store.snapshot(hash: inspection.checklistHash) else {
                    throw SessionError.snapshotUnreadable(inspection.id, reason: "missing")
                }
                do {
                    checklist = try catalog.load(bytes: snapshot.content, label: "snapshot:\(inspection.id)").checklist
                } catch {
                    throw SessionError.snapshotUnreadable(inspection.id, reason: error.description)
                }
                checklists[inspection.checklistHash] = checklist
            }
            let profile = inspection.profileID.flatMap { checklist.profile($0) }
            schemes[key] = Scheme(items: checklist.applicableItems(profile: profile, industry: row.enterprise.industry)
                                    .map { ($0.id, $0.layer, $0.weight) },
                                  weights: checklist.layerWeights)
        }
        var levels: [Int64: Double] = [:]
        var current: Int64?
        var results: [String: ItemResult] = [:]
        func finish() {
            guard let session = current, let key = schemeOf[session], let scheme = schemes[key] else { return }
            let items = scheme.items.map {
                ScoringItem(id: $0.id, layer: $0.layer, weight: $0.weight, result: results[$0.id] ?? .unchecked)
            }
            levels[session] = DefenceScore.compute(items: items, weights: scheme.weights).level
        }
        let ids = Array(schemeOf.keys).sorted()
        try store.forEachAnswer(sessions: ids) { session, item, result in
            if session != current {
                finish()
                current = session
                results.removeAll(keepingCapacity: true)
            }
            results[item] = result
        }
        finish()
        // An inspection without a single answer scores as all unchecked.
        for id in ids where levels[id] == nil {
            current = id
            results = [:]
            finish()
        }
        return levels
    }
}
