import CheckupCore
import Foundation

/// 现场检查记录: what the inspectors recorded on site, item by item, for the inspectors and the
/// enterprise's person present to sign.
///
/// Every item answered (in checklist order) with its result, note, major and fixed-on-site marks
/// and evidence file names; the counts over the items that apply; the inspectors with the
/// certificate numbers registered under their names; start and end time (an open session has
/// no end yet); the place inspected (the session's, else the enterprise's address) and the
/// enterprise's legal representative; and the enterprise's person present (name and post, as
/// the session recorded them) above a line to sign — left blank to fill in by hand when the
/// session names nobody. Renderers: `html`, `markdown`, `json`.
public struct InspectionRecord: Sendable {
    /// One answered item.
    public struct Entry: Sendable, Equatable {
        /// Running number.
        public var number: Int
        /// Item id.
        public var itemID: String
        /// Item title (in the record's language where the checklist has it).
        public var itemTitle: String
        /// Defence layer.
        public var layer: Layer
        /// pass, fail or na.
        public var result: ItemResult
        /// The inspector's note.
        public var note: String?
        /// Judged a major hazard.
        public var major: Bool
        /// Fixed on site.
        public var fixedOnSite: Bool
        /// Evidence file names.
        public var evidence: [String]
        /// Who recorded it.
        public var recordedBy: String
        /// Where a fail was found (隐患部位), when given.
        public var place: String? = nil
    }

    /// Issuing station.
    public var station: String
    /// The enterprise.
    public var enterprise: Enterprise
    /// The session.
    public var session: Session
    /// Checklist id, version and title.
    public var checklist: String
    /// The answered items.
    public var entries: [Entry]
    /// Items that apply, and how many of them were answered pass, fail, na.
    public var applicable: Int
    /// Answered pass.
    public var passed: Int
    /// Answered fail.
    public var failed: Int
    /// Answered not applicable.
    public var notApplicable: Int
    /// The inspectors with certificate numbers.
    public var inspectors: [CertifiedInspector]
    /// When this copy was produced.
    public var generatedAt: Date
    /// Output language.
    public var language: Language

    /// The record of an inspection session (open or completed). Refuses a self-check.
    public init(_ data: SessionData, station: String, register: [Inspector], generatedAt: Date,
                language: Language) throws(DocumentError) {
        guard data.session.kind == .inspection else { throw .recordOfSelfCheck(data.session.id) }
        self.station = station
        enterprise = data.enterprise
        session = data.session
        let checklist = data.checklist
        self.checklist = language == .zh
            ? "\(checklist.title.text(language))（\(checklist.id) \(checklist.version)）"
            : "\(checklist.title.text(language)) (\(checklist.id) \(checklist.version))"
        let order = Dictionary(checklist.items.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let answered = data.findings.filter { $0.answer.result != .unchecked }.sorted { lhs, rhs in
            let l = order[lhs.itemID] ?? Int.max, r = order[rhs.itemID] ?? Int.max
            return l != r ? l < r : lhs.itemID < rhs.itemID
        }
        entries = answered.enumerated().map { index, finding in
            let item = checklist.item(finding.itemID)
            let answer = finding.answer
            return Entry(number: index + 1, itemID: finding.itemID, itemTitle: item?.title.text(language) ?? finding.itemID,
                         layer: item?.layer ?? .human, result: answer.result, note: answer.note,
                         major: answer.result == .fail && (answer.major || item?.major == true),
                         fixedOnSite: answer.result == .fail && answer.fixedOnSite,
                         evidence: answer.evidence.map(\.originalName), recordedBy: finding.recordedBy,
                         place: answer.result == .fail ? answer.place : nil)
        }
        let scoring = SessionRules.scoringItems(checklist: checklist, session: data.session, findings: data.findings,
                                                industry: data.enterprise.industry, language: language)
        applicable = scoring.count
        passed = scoring.filter { $0.result == .pass }.count
        failed = scoring.filter { $0.result == .fail }.count
        notApplicable = scoring.filter { $0.result == .na }.count
        inspectors = CertifiedInspector.list(data.session.inspectors, register: register)
        self.generatedAt = generatedAt
        self.language = language
    }

    /// Items that apply and were not answered.
    public var unchecked: Int { applicable - passed - failed - notApplicable }
}

/// The values the inspection record's templates see (`record.html.mustache`,
/// `record.md.mustache`): `lang`, `zh`, `labels.*` (`DocumentText`), `station`, `session`,
/// `enterprise.{name,creditCode,address,contact,legalRepresentative}`, `place`, `checklist`,
/// `startedAt`, `endedAt`, `inspectors[]` {`name`, `certificate`}, `present` (the person present,
/// `王五（安全管理员）`, empty when not recorded), `hasPresent`, `summary`, `entries[]` {`no`, `itemID`, `itemTitle`,
/// `layer`, `result`, `isPass`, `isFail`, `isNA`, `note`, `place`, `hasPlace`, `major`, `fixedOnSite`, `evidence[]`,
/// `hasEvidence`}, `generatedAt`.
struct RecordView {
    struct EnterpriseView {
        let name: String
        let creditCode: String
        let address: String
        let contact: String
        let legalRepresentative: String
    }

    struct EntryView {
        let no: Int
        let itemID: String
        let itemTitle: String
        let layer: String
        let result: String
        let isPass: Bool
        let isFail: Bool
        let isNA: Bool
        let note: String
        /// 隐患部位 of a fail.
        let place: String
        let hasPlace: Bool
        let major: Bool
        let fixedOnSite: Bool
        let evidence: [String]
        let hasEvidence: Bool
    }

    let lang: String
    let zh: Bool
    let labels: [String: String]
    let station: String
    let session: Int64
    let enterprise: EnterpriseView
    let place: String
    let checklist: String
    let startedAt: String
    let endedAt: String
    let inspectors: [CertifiedInspector]
    let present: String
    let hasPresent: Bool
    let summary: String
    let entries: [EntryView]
    let generatedAt: String
}

extension InspectionRecord {
    /// The template context.
    var view: RecordView {
        let l = language
        return RecordView(
            lang: l == .zh ? "zh-CN" : "en", zh: DocumentParts.isChinese(l), labels: DocumentText.labels(l),
            station: station, session: session.id,
            enterprise: RecordView.EnterpriseView(name: enterprise.name, creditCode: enterprise.creditCode,
                                                  address: enterprise.address ?? "", contact: enterprise.contact ?? "",
                                                  legalRepresentative: enterprise.legalRepresentative ?? ""),
            place: session.place ?? enterprise.address ?? "", checklist: checklist,
            startedAt: Timestamp.minute(session.startedAt),
            endedAt: session.completedAt.map(Timestamp.minute) ?? DocumentText.notEnded.text(in: l),
            inspectors: inspectors,
            present: session.present?.text(l) ?? "", hasPresent: session.present != nil,
            summary: DocumentText.recordSummary.text(applicable, passed + failed + notApplicable, passed, failed,
                                                     notApplicable, unchecked, in: l),
            entries: entries.map { entry in
                let result: DocumentText = switch entry.result {
                case .pass: .resultPass
                case .fail: .resultFail
                case .na, .unchecked: .resultNA
                }
                return RecordView.EntryView(
                    no: entry.number, itemID: entry.itemID, itemTitle: entry.itemTitle, layer: entry.layer.name(l),
                    result: result.text(in: l), isPass: entry.result == .pass, isFail: entry.result == .fail,
                    isNA: entry.result == .na, note: entry.note ?? "", place: entry.place ?? "",
                    hasPlace: entry.place != nil, major: entry.major, fixedOnSite: entry.fixedOnSite,
                    evidence: entry.evidence, hasEvidence: !entry.evidence.isEmpty)
            },
            generatedAt: Timestamp.minute(generatedAt))
    }

    /// The record as one self-contained HTML document printing on A4 (inline CSS, no scripts),
    /// numbered 共 N 页 第 n 页 at the foot of each page.
    public func html() throws -> String {
        try ReportTemplate.bundled("record.html.mustache", escaping: .html).render(view)
    }

    /// The record as Markdown.
    public func markdown() throws -> String {
        try ReportTemplate.bundled("record.md.mustache", escaping: .markdown).render(view)
    }
}

extension InspectionRecord {
    /// Stable JSON of the record (`report record --format json`), keys listed in the command's help.
    public struct JSON: Codable, Equatable, Sendable {
        /// `record`.
        public var document: String
        /// Issuing station.
        public var station: String
        /// `zh` or `en`.
        public var lang: String
        /// When this copy was produced.
        public var generated_at: String
        /// The enterprise.
        public var enterprise: RectificationNotice.EnterpriseJSON
        /// The session.
        public var session: SessionJSON
        /// Who inspected.
        public var inspectors: [CertifiedInspector]
        /// The place inspected (the session's, else the enterprise's address; null when neither).
        @NullEncoded public var place: String? = nil
        /// The enterprise's person present (null when the session names nobody: a line to sign).
        @NullEncoded public var person_present: PersonPresentJSON? = nil
        /// Counts over the items that apply.
        public var counts: CountsJSON
        /// The items answered.
        public var items: [ItemJSON]
    }

    /// The enterprise's person present.
    public struct PersonPresentJSON: Codable, Equatable, Sendable {
        /// Name.
        public var name: String
        /// Post (职务; null when not given).
        @NullEncoded public var post: String? = nil
    }

    /// The session.
    public struct SessionJSON: Codable, Equatable, Sendable {
        /// Session id.
        public var id: Int64
        /// `open` or `completed`.
        public var status: String
        /// Checklist id.
        public var checklist: String
        /// Checklist version.
        public var checklist_version: String
        /// Start.
        public var started_at: String
        /// End (null while open).
        @NullEncoded public var completed_at: String? = nil
    }

    /// Counts.
    public struct CountsJSON: Codable, Equatable, Sendable {
        /// Items that apply.
        public var applicable: Int
        /// Answered pass.
        public var pass: Int
        /// Answered fail.
        public var fail: Int
        /// Answered not applicable.
        public var na: Int
        /// Not answered.
        public var unchecked: Int
    }

    /// One answered item.
    public struct ItemJSON: Codable, Equatable, Sendable {
        /// Running number.
        public var no: Int
        /// Item id.
        public var item: String
        /// Item title.
        public var item_title: String
        /// Layer.
        public var layer: String
        /// pass, fail or na.
        public var result: String
        /// Note (null when none).
        @NullEncoded public var note: String? = nil
        /// Judged major.
        public var major: Bool
        /// Fixed on site.
        public var fixed_on_site: Bool
        /// Where a fail was found (隐患部位; null when not given).
        @NullEncoded public var place: String? = nil
        /// Evidence file names.
        public var evidence: [String]
        /// Who recorded it.
        public var recorded_by: String
    }

    /// The JSON value.
    public func json() -> JSON {
        JSON(document: "record", station: station, lang: language.rawValue, generated_at: Timestamp.iso(generatedAt),
             enterprise: RectificationNotice.EnterpriseJSON(credit_code: enterprise.creditCode, name: enterprise.name,
                                                            township: enterprise.township, address: enterprise.address,
                                                            contact: enterprise.contact,
                                                            legal_representative: enterprise.legalRepresentative),
             session: SessionJSON(id: session.id, status: session.status.rawValue, checklist: session.checklistID,
                                  checklist_version: session.checklistVersion,
                                  started_at: Timestamp.iso(session.startedAt),
                                  completed_at: session.completedAt.map(Timestamp.iso)),
             inspectors: inspectors, place: session.place ?? enterprise.address,
             person_present: session.present.map { PersonPresentJSON(name: $0.name, post: $0.post) },
             counts: CountsJSON(applicable: applicable, pass: passed, fail: failed, na: notApplicable, unchecked: unchecked),
             items: entries.map { entry in
                 ItemJSON(no: entry.number, item: entry.itemID, item_title: entry.itemTitle, layer: entry.layer.rawValue,
                          result: entry.result.rawValue, note: entry.note, major: entry.major,
                          fixed_on_site: entry.fixedOnSite, place: entry.place, evidence: entry.evidence,
                          recorded_by: entry.recordedBy)
             })
    }
}
