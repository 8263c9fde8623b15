import Foundation

/// The hazard lifecycle as pure functions: which fails become hazards and how a hazard may move.
public enum HazardRules {
    /// The hazards a completed session creates: one per fail. Severity is major when the item or
    /// the inspector says so; the deadline is `deadlineOverride`, else the item's own days, else
    /// the checklist default for the severity, else 15 (general) / 60 (major) days after
    /// `foundAt`. A fail fixed on site is created verified by the first inspector present.
    public static func hazards(session: Session, checklist: Checklist, findings: [Finding], foundAt: Date,
                               deadlineOverride: Date? = nil, language: Language = .zh) -> [Hazard] {
        hazards(session: session, checklist: checklist, position: { id in checklist.items.firstIndex { $0.id == id } },
                findings: findings, foundAt: foundAt, deadlineOverride: deadlineOverride, language: language)
    }

    /// The same hazards, finding items through `index` (one hash per fail rather than a scan of
    /// the checklist): for the bulk import, which creates them by the hundred thousand.
    public static func hazards(session: Session, index: ChecklistIndex, findings: [Finding], foundAt: Date,
                               deadlineOverride: Date? = nil, language: Language = .zh) -> [Hazard] {
        hazards(session: session, checklist: index.checklist, position: { index.positions[$0] }, findings: findings,
                foundAt: foundAt, deadlineOverride: deadlineOverride, language: language)
    }

    /// The hazards, with `position` finding an item's place in `checklist.items`.
    private static func hazards(session: Session, checklist: Checklist, position: (String) -> Int?,
                                findings: [Finding], foundAt: Date, deadlineOverride: Date?,
                                language: Language) -> [Hazard] {
        let source: HazardSource = session.kind == .inspection ? .inspection : .selfCheck
        // The items and findings are read in place, through buffer pointers: taking an item
        // out of the array copied it whole, a dozen strings and arrays retained and released
        // per fail.
        return checklist.items.withUnsafeBufferPointer { items in
            findings.withUnsafeBufferPointer { findings in
                var hazards: [Hazard] = []
                hazards.reserveCapacity(findings.count)
                for index in findings.indices {
                    guard findings[index].answer.result == .fail, let at = position(findings[index].itemID) else { continue }
                    let answer = findings[index].answer
                    let major = items[at].major || answer.major
                    let days = checklist.deadlineDays(for: items[at], major: major)
                    let deadline = deadlineOverride ?? foundAt.addingTimeInterval(TimeInterval(days) * 86_400)
                    let fixed = answer.fixedOnSite && session.kind == .inspection
                    hazards.append(Hazard(
                        id: 0, sessionID: session.id, itemID: items[at].id, enterpriseCode: session.enterpriseCode,
                        source: source, severity: major ? .major : .general, layer: items[at].layer,
                        itemTitle: items[at].title.text(language),
                        description: answer.note ?? "", basis: items[at].basis.text(language),
                        remedy: items[at].remedy?.text(language), evidence: answer.evidence,
                        status: fixed ? .verified : .open, foundAt: foundAt, deadline: deadline,
                        rectifiedAt: fixed ? foundAt : nil, verifiedAt: fixed ? foundAt : nil,
                        verifiedBy: fixed ? session.inspectors.first : nil))
                    if let place = answer.place { hazards[hazards.count - 1].place = place }
                }
                return hazards
            }
        }
    }

    /// The first history entry of a new hazard.
    public static func creation(of hazard: Hazard, by: String) -> HazardChange {
        HazardChange(hazardID: hazard.id, from: nil, to: hazard.status, by: by, at: hazard.foundAt,
                     note: hazard.status == .verified ? "现场整改 fixed on site" : nil)
    }

    /// Moves a hazard to `rectifying` or `rectified` as the enterprise reports, merging any
    /// five-measure details given. A major hazard needs all five measures and its remediation
    /// plan (治理方案, `remediationPlan` here or attached before) to enter rectifying; a plan given
    /// replaces the one attached and the change records it (`HazardEvent.planAttached`).
    public static func update(_ hazard: Hazard, to status: HazardStatus, measures: FiveMeasures, note: String?,
                              evidence: [EvidenceRef] = [], remediationPlan: EvidenceRef? = nil, by: String,
                              at: Date) throws(HazardError) -> (Hazard, HazardChange) {
        do {
            try measures.checkLengths()
            try TextLimits.check(note, field: "--note", limit: TextLimits.note)
        } catch {
            throw .tooLong(error)
        }
        var next = hazard
        next.fiveMeasures = hazard.fiveMeasures.merging(measures)
        next.evidence += evidence.filter { ref in !hazard.evidence.contains(ref) }
        if let remediationPlan { next.remediationPlan = remediationPlan }
        switch (hazard.status, status) {
        case (.open, .rectifying), (.rectifying, .rectifying):
            if hazard.severity == .major {
                let missing = next.fiveMeasures.missing
                if !missing.isEmpty { throw .fiveMeasuresMissing(hazard.id, missing: missing) }
                if next.remediationPlan == nil { throw .escalation(.planMissing(hazard.id)) }
            }
        case (.rectifying, .rectified):
            next.rectifiedAt = at
        default:
            throw .illegalTransition(hazard.id, from: hazard.status, to: status)
        }
        next.status = status
        return (next, HazardChange(hazardID: hazard.id, from: hazard.status, to: status, by: by, at: at, note: note,
                                   event: remediationPlan == nil ? nil : .planAttached))
    }

    /// Where the hazard is (隐患部位), given or corrected after it was found: any status keeps
    /// it, and the history records the old and the new place (an empty `place` clears it).
    public static func place(_ hazard: Hazard, _ place: String, by: String,
                             at: Date) throws(HazardError) -> (Hazard, HazardChange) {
        let value = Names.normalisedOrNil(place)
        do {
            try TextLimits.check(value, field: "--place", limit: TextLimits.name)
        } catch {
            throw .tooLong(error)
        }
        var next = hazard
        next.place = value
        let none = PeopleText.notRecorded.text()
        let note = PeopleText.placeChangeNote.text(hazard.place ?? none, value ?? none)
        return (next, HazardChange(hazardID: hazard.id, from: hazard.status, to: hazard.status, by: by, at: at, note: note))
    }

    /// The station's re-inspection: verify (销号), or refuse with a reason, which returns the
    /// hazard to rectifying (继续整改). `evidence` (the re-inspection's photos) is added to the
    /// hazard's evidence either way.
    public static func verify(_ hazard: Hazard, by inspector: String, at: Date, refuse: Bool,
                              reason: String?, evidence: [EvidenceRef] = []) throws(HazardError) -> (Hazard, HazardChange) {
        guard hazard.status == .rectified else { throw .notRectified(hazard.id, hazard.status) }
        var next = hazard
        next.evidence += evidence.filter { ref in !hazard.evidence.contains(ref) }
        if refuse {
            guard let reason, !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw .reasonRequired }
            next.status = .rectifying
            next.rectifiedAt = nil
            next.verificationNote = reason
            return (next, HazardChange(hazardID: hazard.id, from: .rectified, to: .rectifying, by: inspector, at: at,
                                       note: "复查未通过：" + reason))
        }
        next.status = .verified
        next.verifiedAt = at
        next.verifiedBy = inspector
        next.verificationNote = reason.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        // Verification, and only verification, lifts a stop-work order.
        let lifting = next.stopWork?.isActive == true
        if lifting { next.stopWork?.clearedAt = at }
        return (next, HazardChange(hazardID: hazard.id, from: .rectified, to: .verified, by: inspector, at: at,
                                   note: reason, event: lifting ? .stopWorkCleared : nil))
    }
}
