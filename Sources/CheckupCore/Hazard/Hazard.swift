import Foundation

/// Where a hazard (隐患) is on its way to closure.
public enum HazardStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Found; the notice has gone to the enterprise.
    case open
    /// The enterprise is rectifying (整改中).
    case rectifying
    /// The enterprise reports it rectified; awaiting the station's re-inspection.
    case rectified
    /// The station verified the rectification and closed the hazard (复查销号).
    case verified
}

/// 重大事故隐患 or 一般隐患.
public enum HazardSeverity: String, Sendable, Hashable, Codable, CaseIterable {
    /// A major hazard by the determination standard or the inspector's judgement.
    case major
    /// Any other hazard.
    case general
}

/// Who found a hazard.
public enum HazardSource: String, Sendable, Hashable, Codable, CaseIterable {
    /// The station's inspection.
    case inspection
    /// The enterprise's own self-check.
    case selfCheck = "self-check"
}

/// The five measures (五落实) a major hazard needs before rectification may start: responsible
/// person, measures, funds, time limit and contingency plan.
public struct FiveMeasures: Sendable, Hashable, Codable {
    /// 责任人.
    public var responsible: String?
    /// 整改措施.
    public var measures: String?
    /// 整改资金.
    public var funds: String?
    /// 整改时限.
    public var timeLimit: String?
    /// 应急预案.
    public var plan: String?

    /// Creates measures.
    public init(responsible: String? = nil, measures: String? = nil, funds: String? = nil,
                timeLimit: String? = nil, plan: String? = nil) {
        self.responsible = responsible
        self.measures = measures
        self.funds = funds
        self.timeLimit = timeLimit
        self.plan = plan
    }

    /// These values overlaid with the non-empty ones of `other`.
    public func merging(_ other: FiveMeasures) -> FiveMeasures {
        func pick(_ new: String?, _ old: String?) -> String? {
            if let new, !new.trimmingCharacters(in: .whitespaces).isEmpty { return new }
            return old
        }
        return FiveMeasures(responsible: pick(other.responsible, responsible), measures: pick(other.measures, measures),
                            funds: pick(other.funds, funds), timeLimit: pick(other.timeLimit, timeLimit),
                            plan: pick(other.plan, plan))
    }

    /// The measures still missing, by their option names.
    public var missing: [String] {
        let fields: [(String, String?)] = [("responsible", responsible), ("measures", measures), ("funds", funds),
                                           ("time-limit", timeLimit), ("plan", plan)]
        return fields.filter { ($0.1 ?? "").trimmingCharacters(in: .whitespaces).isEmpty }.map(\.0)
    }
}

/// A hazard found by a failed item, followed until the station verifies its rectification.
public struct Hazard: Sendable, Hashable, Codable, Identifiable {
    /// Store-assigned number (0 before saving).
    public var id: Int64
    /// The session whose fail created it.
    public var sessionID: Int64
    /// The failed item.
    public var itemID: String
    /// The enterprise.
    public var enterpriseCode: String
    /// Inspection or self-check.
    public var source: HazardSource
    /// Major or general.
    public var severity: HazardSeverity
    /// Defence layer of the item.
    public var layer: Layer
    /// The item's title.
    public var itemTitle: String
    /// What was found (the inspector's note).
    public var description: String
    /// Legal basis of the item.
    public var basis: String
    /// How to rectify, from the checklist.
    public var remedy: String?
    /// Evidence recorded with the finding.
    public var evidence: [EvidenceRef]
    /// Current status.
    public var status: HazardStatus
    /// When it was found (the session's completion, or the self-check's performed-at).
    public var foundAt: Date
    /// Rectification deadline.
    public var deadline: Date
    /// The five measures, as reported.
    public var fiveMeasures: FiveMeasures
    /// When the enterprise reported it rectified.
    public var rectifiedAt: Date?
    /// When the station verified it.
    public var verifiedAt: Date?
    /// Who verified it.
    public var verifiedBy: String?
    /// Reports of a major hazard to supervising bodies (Work Safety Law art. 41), oldest first.
    public var escalations: [HazardEscalation] = []
    /// Listing for supervision (挂牌督办), if listed.
    public var supervision: HazardSupervision? = nil
    /// Stop-work / withdrawal order (局部停产停业 / 撤出人员), if one was given.
    public var stopWork: HazardStopWork? = nil
    /// The remediation plan (治理方案) of a major hazard, a file kept in the evidence store.
    public var remediationPlan: EvidenceRef? = nil
    /// The last re-inspection's note: its note when verified, the reason when refused (the
    /// status then says which). The ledger's verification opinion (复查意见).
    public var verificationNote: String? = nil
    /// Where in the enterprise it is (隐患部位, e.g. 二号车间冲床): from the finding, or set
    /// later (`hazard update --place`); nil when never given.
    public var place: String? = nil

    /// Creates a hazard.
    public init(id: Int64, sessionID: Int64, itemID: String, enterpriseCode: String, source: HazardSource,
                severity: HazardSeverity, layer: Layer, itemTitle: String, description: String, basis: String,
                remedy: String?, evidence: [EvidenceRef], status: HazardStatus, foundAt: Date, deadline: Date,
                fiveMeasures: FiveMeasures = FiveMeasures(), rectifiedAt: Date? = nil, verifiedAt: Date? = nil,
                verifiedBy: String? = nil) {
        self.id = id
        self.sessionID = sessionID
        self.itemID = itemID
        self.enterpriseCode = enterpriseCode
        self.source = source
        self.severity = severity
        self.layer = layer
        self.itemTitle = itemTitle
        self.description = description
        self.basis = basis
        self.remedy = remedy
        self.evidence = evidence
        self.status = status
        self.foundAt = foundAt
        self.deadline = deadline
        self.fiveMeasures = fiveMeasures
        self.rectifiedAt = rectifiedAt
        self.verifiedAt = verifiedAt
        self.verifiedBy = verifiedBy
    }

    /// Overdue is derived, never stored: not verified and `now` past the deadline.
    public func isOverdue(at now: Date) -> Bool {
        status != .verified && now > deadline
    }

    /// Whole days past the deadline (0 when not overdue).
    public func overdueDays(at now: Date) -> Int {
        guard isOverdue(at: now) else { return 0 }
        return Int((now.timeIntervalSince(deadline) / 86_400).rounded(.up))
    }
}

/// One change of a hazard's status, kept as its history: who, when, from, to, note.
public struct HazardChange: Sendable, Hashable, Codable {
    /// The hazard.
    public var hazardID: Int64
    /// Previous status (nil at creation).
    public var from: HazardStatus?
    /// New status.
    public var to: HazardStatus
    /// Who.
    public var by: String
    /// When.
    public var at: Date
    /// Why, or what was done.
    public var note: String?
    /// What happened besides a status change (escalation, 挂牌督办, stop-work…); nil for a plain
    /// status change.
    public var event: HazardEvent?

    /// Creates a change.
    public init(hazardID: Int64, from: HazardStatus?, to: HazardStatus, by: String, at: Date, note: String?,
                event: HazardEvent? = nil) {
        self.hazardID = hazardID
        self.from = from
        self.to = to
        self.by = by
        self.at = at
        self.note = note
        self.event = event
    }
}
