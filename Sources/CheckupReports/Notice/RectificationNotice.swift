import CheckupCore
import Foundation

/// Why a notice could not be issued.
public enum NoticeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The session is still open (or superseded): its hazards are not final yet.
    case sessionNotCompleted(Int64, SessionStatus)
    /// A self-check is the enterprise's own; the station issues notices for its inspections.
    case notAnInspection(Int64)

    public var description: String {
        switch self {
        case .sessionNotCompleted(let id, let status):
            "session \(id) is \(status.rawValue): complete the session first (checkup session complete \(id))"
        case .notAnInspection(let id):
            "session \(id) is a self-check: a rectification notice is issued for the station's inspections"
        }
    }
}

/// 安全生产隐患整改通知书: what the station hands the enterprise after a completed inspection.
///
/// The notice lists every hazard the session created (in checklist order), sets the major
/// hazards apart with the five-measures requirement (五落实), carries the session's four-layer
/// scorecard, and ends with signature and receipt (回执) lines. The notice date is the day the
/// session was completed (station time); the number is the one the station issued when the
/// notice was first printed (`IssuedNotice`: consecutive per year, kept), so printing the same
/// notice again gives the same document. Major hazards show their remediation plan (治理方案),
/// reports, 挂牌督办 and stop-work status. Renderers: `html`/`markdown` (Mustache templates) and
/// `json`.
public struct RectificationNotice: Sendable {
    /// One hazard as the notice lists it.
    public struct Item: Sendable, Equatable {
        /// Running number on the notice (1, 2, …).
        public var number: Int
        /// The hazard's id in the station database.
        public var hazardID: Int64
        /// Checklist item id.
        public var itemID: String
        /// Item title (in the notice's language where the checklist has it).
        public var itemTitle: String
        /// Defence layer.
        public var layer: Layer
        /// Major or general.
        public var severity: HazardSeverity
        /// What the inspector found.
        public var finding: String
        /// Legal basis.
        public var basis: String
        /// How to rectify, if the checklist says.
        public var remedy: String?
        /// Rectification deadline.
        public var deadline: Date
        /// Days from the notice to the deadline.
        public var deadlineDays: Int
        /// Put right while the inspector was there (created verified; no deadline applies).
        public var fixedOnSite: Bool
        /// The five measures as reported so far (empty on a fresh notice).
        public var fiveMeasures: FiveMeasures
        /// The remediation plan (治理方案) attached, if any.
        public var remediationPlan: EvidenceRef? = nil
        /// Reports to supervising bodies so far.
        public var escalations: [HazardEscalation] = []
        /// The 挂牌督办 listing, if any.
        public var supervision: HazardSupervision? = nil
        /// The stop-work order, if any.
        public var stopWork: HazardStopWork? = nil
        /// Evidence files kept with the hazard (photos print as thumbnails, see `evidenceImages`).
        public var evidence: [EvidenceRef] = []
    }

    /// The notice number, e.g. `金东安体〔2026〕第0012号`.
    public var number: String
    /// Issuing station.
    public var station: String
    /// The station's address, printed under its seal line when known (`checkup station set`).
    public var stationAddress: String?
    /// The station's telephone, printed under its seal line when known.
    public var stationPhone: String?
    /// The enterprise notified.
    public var enterprise: Enterprise
    /// The completed inspection.
    public var session: Session
    /// Checklist id, version and title (in the notice's language).
    public var checklistID: String
    /// Checklist version.
    public var checklistVersion: String
    /// Checklist title.
    public var checklistTitle: String
    /// Notice date: the session's completion.
    public var date: Date
    /// When this copy was produced (`--now`).
    public var generatedAt: Date
    /// Output language.
    public var language: Language
    /// The hazards, in checklist order.
    public var items: [Item]
    /// The enterprise's colour and next due day (issue 17), when the caller graded it.
    public var supervision: SupervisionGrade?
    /// The station's inspector register: the notice prints each inspector's certificate number
    /// registered under their name (empty, to fill in, when not registered).
    public var inspectorRegister: [Inspector] = []
    /// The evidence files' contents as read by the command, by SHA-256: photos within the limit
    /// print as thumbnails beside their hazard, other files by name (`EvidenceImage`).
    public var evidenceImages: EvidenceImages = [:]
    /// The session's four-layer scorecard.
    public var score: DefenceScore

    /// Major hazards (重大事故隐患).
    public var majorItems: [Item] { items.filter { $0.severity == .major } }
    /// Major hazards still to be rectified (not fixed on site): these need the five measures.
    public var majorToRectify: [Item] { majorItems.filter { !$0.fixedOnSite } }
    /// Hazards still to be rectified.
    public var toRectify: [Item] { items.filter { !$0.fixedOnSite } }

    /// Builds the notice from a completed inspection, its checklist snapshot, enterprise, findings
    /// and hazards. Refuses an open or superseded session and a self-check.
    public init(session: Session, checklist: Checklist, enterprise: Enterprise, findings: [Finding],
                hazards: [Hazard], station: String, number: String, generatedAt: Date,
                language: Language) throws(NoticeError) {
        if let refusal = Self.refusal(session) { throw refusal }
        guard let completedAt = session.completedAt else { throw .sessionNotCompleted(session.id, session.status) }
        self.station = station
        self.enterprise = enterprise
        self.session = session
        self.checklistID = checklist.id
        self.checklistVersion = checklist.version
        self.checklistTitle = checklist.title.text(language)
        self.date = completedAt
        self.generatedAt = generatedAt
        self.language = language
        self.number = number

        let order = Dictionary(checklist.items.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let fixed = Set(findings.filter { $0.answer.result == .fail && $0.answer.fixedOnSite }.map(\.itemID))
        let sorted = hazards.filter { $0.sessionID == session.id }.sorted { lhs, rhs in
            let l = order[lhs.itemID] ?? Int.max, r = order[rhs.itemID] ?? Int.max
            return l != r ? l < r : lhs.id < rhs.id
        }
        let noticeDay = Timestamp.parse(Timestamp.day(completedAt)) ?? completedAt
        items = sorted.enumerated().map { index, hazard in
            let item = checklist.item(hazard.itemID)
            let deadlineDay = Timestamp.parse(Timestamp.day(hazard.deadline)) ?? hazard.deadline
            return Item(number: index + 1, hazardID: hazard.id, itemID: hazard.itemID,
                        itemTitle: item?.title.text(language) ?? hazard.itemTitle, layer: hazard.layer,
                        severity: hazard.severity, finding: hazard.description,
                        basis: item?.basis.text(language) ?? hazard.basis,
                        remedy: item?.remedy?.text(language) ?? hazard.remedy, deadline: hazard.deadline,
                        deadlineDays: Int((deadlineDay.timeIntervalSince(noticeDay) / 86_400).rounded()),
                        fixedOnSite: fixed.contains(hazard.itemID), fiveMeasures: hazard.fiveMeasures,
                        remediationPlan: hazard.remediationPlan, escalations: hazard.escalations,
                        supervision: hazard.supervision, stopWork: hazard.stopWork,
                        evidence: hazard.evidence)
        }
        let scoring = SessionRules.scoringItems(checklist: checklist, session: session, findings: findings,
                                                industry: enterprise.industry, language: language)
        score = DefenceScore.compute(items: scoring, weights: checklist.layerWeights)
    }

    /// Builds the notice of a session read from the station.
    public init(_ data: SessionData, station: String, number: String, generatedAt: Date,
                language: Language) throws(NoticeError) {
        try self.init(session: data.session, checklist: data.checklist, enterprise: data.enterprise,
                      findings: data.findings, hazards: data.hazards, station: station, number: number,
                      generatedAt: generatedAt, language: language)
    }

    /// Why no notice is issued for `session` (an open or superseded session, a self-check), or
    /// nil: checked before a number is issued, so a refused notice takes none.
    public static func refusal(_ session: Session) -> NoticeError? {
        guard session.status == .completed, session.completedAt != nil else {
            return .sessionNotCompleted(session.id, session.status)
        }
        guard session.kind == .inspection else { return .notAnInspection(session.id) }
        return nil
    }

    /// The default station name.
    public static let defaultStation = "金东区安全生产体检站"
}
