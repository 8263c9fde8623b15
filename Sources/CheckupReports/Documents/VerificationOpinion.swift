import CheckupCore
import Foundation

/// 整改复查意见书: the station's opinion after re-inspecting the hazards of a rectification
/// notice, for the enterprise to sign and the station to archive.
///
/// Made from the notice itself (so it carries the same number and numbers the hazards as the
/// notice does) and the hazards' present state and history: each hazard to rectify (not fixed on
/// site) is 合格 (passed) when verified, 不合格 (failed) with the reason when a re-inspection
/// refused it or it is still open or rectifying, and 待复查 (pending) when reported rectified
/// and not yet re-inspected. The verifiers are those who verified or refused, with the
/// certificate numbers registered under their names. Renderers: `html`, `markdown`, `json`.
public struct VerificationOpinion: Sendable {
    /// A hazard's verification result.
    public enum Result: String, Sendable, Equatable, Codable {
        case passed
        case failed
        case pending
    }

    /// One hazard of the notice and its result.
    public struct Entry: Sendable, Equatable {
        /// Its number on the notice.
        public var number: Int
        /// Hazard id.
        public var hazardID: Int64
        /// Item id.
        public var itemID: String
        /// Item title.
        public var itemTitle: String
        /// What was found.
        public var finding: String
        /// Major or general.
        public var severity: HazardSeverity
        /// The result.
        public var result: Result
        /// Present status.
        public var status: HazardStatus
        /// The reason of the last refused re-inspection (without the `复查未通过：` prefix), if any.
        public var refusal: String?
        /// When it was verified, or last refused.
        public var reinspectedAt: Date?
        /// Who verified it, or last refused it.
        public var reinspectedBy: String?
    }

    /// The original notice's number.
    public var noticeNumber: String
    /// Issuing station.
    public var station: String
    /// The station's address and telephone lines under its seal (from the notice).
    public var stationAddress: String?
    /// The station's telephone.
    public var stationPhone: String?
    /// The enterprise.
    public var enterprise: Enterprise
    /// The inspection session.
    public var sessionID: Int64
    /// The inspection's (notice's) date.
    public var inspectionDate: Date
    /// The opinion's date: the latest re-inspection among the entries, else `generatedAt`.
    public var date: Date
    /// Who re-inspected, with certificate numbers.
    public var verifiers: [CertifiedInspector]
    /// The hazards, in notice order.
    public var entries: [Entry]
    /// When this copy was produced.
    public var generatedAt: Date
    /// Output language.
    public var language: Language

    /// The opinion on `notice`'s hazards to rectify (only hazard `only` when given), from their
    /// present state `hazards` and each one's `histories`. Refuses a notice with nothing to
    /// verify, and a hazard `only` that was fixed on site.
    public init(notice: RectificationNotice, hazards: [Hazard], histories: [Int64: [HazardChange]],
                register: [Inspector], only: Int64? = nil, generatedAt: Date) throws(DocumentError) {
        var items = notice.toRectify
        if let only {
            if notice.items.contains(where: { $0.hazardID == only && $0.fixedOnSite }) { throw .hazardFixedOnSite(only) }
            items = items.filter { $0.hazardID == only }
        }
        guard !items.isEmpty else { throw .nothingToVerify(session: notice.session.id) }
        let byID = Dictionary(hazards.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        entries = items.map { item in
            let hazard = byID[item.hazardID]
            let status = hazard?.status ?? .open
            let refused = (histories[item.hazardID] ?? []).last { $0.from == .rectified && $0.to == .rectifying }
            var entry = Entry(number: item.number, hazardID: item.hazardID, itemID: item.itemID, itemTitle: item.itemTitle,
                              finding: item.finding, severity: item.severity, result: .failed, status: status,
                              refusal: refused.map { Self.reason($0.note) }, reinspectedAt: refused?.at,
                              reinspectedBy: refused?.by)
            switch status {
            case .verified:
                entry.result = .passed
                entry.refusal = nil
                entry.reinspectedAt = hazard?.verifiedAt
                entry.reinspectedBy = hazard?.verifiedBy
            case .rectified:
                entry.result = .pending
            case .open, .rectifying:
                entry.result = .failed
            }
            return entry
        }
        noticeNumber = notice.number
        station = notice.station
        stationAddress = notice.stationAddress
        stationPhone = notice.stationPhone
        enterprise = notice.enterprise
        sessionID = notice.session.id
        inspectionDate = notice.date
        date = entries.compactMap(\.reinspectedAt).max() ?? generatedAt
        var names: [String] = []
        for entry in entries.sorted(by: { ($0.reinspectedAt ?? .distantPast) < ($1.reinspectedAt ?? .distantPast) }) {
            if let name = entry.reinspectedBy { names.append(name) }
        }
        verifiers = CertifiedInspector.list(names, register: register)
        self.generatedAt = generatedAt
        language = notice.language
    }

    /// A refusal's note without the prefix `HazardRules.verify` puts in front of the reason.
    static func reason(_ note: String?) -> String {
        let note = note ?? ""
        let prefix = "复查未通过："
        return note.hasPrefix(prefix) ? String(note.dropFirst(prefix.count)) : note
    }

    /// How many entries have `result`.
    public func count(_ result: Result) -> Int { entries.filter { $0.result == result }.count }
}

/// The values the verification opinion's templates see (`verification.html.mustache`,
/// `verification.md.mustache`): `lang`, `zh` (Chinese page footer), `labels.*` (`DocumentText`),
/// `station`, `stationContact[]`, `noticeNumber`, `enterprise.{name,creditCode,address,contact}`,
/// `inspectionDate`, `date`, `generatedAt`, `verifiers[]` {`name`, `certificate`}, `intro`,
/// `entries[]` {`no`, `itemID`, `itemTitle`, `finding`, `severity`, `isMajor`, `result`,
/// `passed`, `failed`, `pending`, `remark`}, `summary`, `conclusion`.
struct VerificationView {
    struct EnterpriseView {
        let name: String
        let creditCode: String
        let address: String
        let contact: String
    }

    struct EntryView {
        let no: Int
        let itemID: String
        let itemTitle: String
        let finding: String
        let severity: String
        let isMajor: Bool
        let result: String
        let passed: Bool
        let failed: Bool
        let pending: Bool
        let remark: String
    }

    let lang: String
    let zh: Bool
    let labels: [String: String]
    let station: String
    let stationContact: [String]
    let noticeNumber: String
    let enterprise: EnterpriseView
    let inspectionDate: String
    let date: String
    let generatedAt: String
    let verifiers: [CertifiedInspector]
    let intro: String
    let entries: [EntryView]
    let summary: String
    let conclusion: String
}

extension VerificationOpinion {
    /// The template context.
    var view: VerificationView {
        let l = language
        let dateText = RectificationNotice.longDate(date, l)
        let entries = entries.map { entry in
            let remark: String
            switch (entry.result, entry.status) {
            case (.passed, _):
                remark = DocumentText.passedRemark.text(entry.reinspectedAt.map { Timestamp.day($0) } ?? "",
                                                        entry.reinspectedBy ?? "", in: l)
            case (.pending, _):
                remark = DocumentText.pendingRemark.text(in: l)
            case (.failed, _) where entry.refusal != nil:
                remark = DocumentText.refusedRemark.text(entry.refusal ?? "", entry.reinspectedAt.map { Timestamp.day($0) } ?? "",
                                                         entry.reinspectedBy ?? "", in: l)
            case (.failed, .rectifying):
                remark = DocumentText.rectifyingRemark.text(in: l)
            case (.failed, _):
                remark = DocumentText.openRemark.text(in: l)
            }
            let result: String = switch entry.result {
            case .passed: DocumentText.passed.text(in: l)
            case .failed: DocumentText.failed.text(in: l)
            case .pending: DocumentText.pending.text(in: l)
            }
            return VerificationView.EntryView(
                no: entry.number, itemID: entry.itemID, itemTitle: entry.itemTitle, finding: entry.finding,
                severity: HazardNames.severity(entry.severity, l), isMajor: entry.severity == .major, result: result,
                passed: entry.result == .passed, failed: entry.result == .failed, pending: entry.result == .pending,
                remark: remark)
        }
        return VerificationView(
            lang: l == .zh ? "zh-CN" : "en", zh: DocumentParts.isChinese(l), labels: DocumentText.labels(l),
            station: station,
            stationContact: [stationAddress.map { StationText.addressLine.text($0, in: l) },
                             stationPhone.map { StationText.phoneLine.text($0, in: l) }].compactMap { $0 },
            noticeNumber: noticeNumber,
            enterprise: VerificationView.EnterpriseView(name: enterprise.name, creditCode: enterprise.creditCode,
                                                        address: enterprise.address ?? "", contact: enterprise.contact ?? ""),
            inspectionDate: RectificationNotice.longDate(inspectionDate, l), date: dateText,
            generatedAt: Timestamp.minute(generatedAt), verifiers: verifiers,
            intro: DocumentText.verificationIntro.text(enterprise.name, dateText, noticeNumber, in: l),
            entries: entries,
            summary: DocumentText.verificationSummary.text(self.entries.count, count(.passed), count(.failed),
                                                           count(.pending), in: l),
            conclusion: count(.passed) == self.entries.count ? DocumentText.allPassed.text(in: l)
                : DocumentText.someFailed.text(in: l))
    }

    /// The opinion as one self-contained HTML document printing on A4 (inline CSS, no scripts),
    /// numbered 共 N 页 第 n 页 at the foot of each page.
    public func html() throws -> String {
        try ReportTemplate.bundled("verification.html.mustache", escaping: .html).render(view)
    }

    /// The opinion as Markdown.
    public func markdown() throws -> String {
        try ReportTemplate.bundled("verification.md.mustache", escaping: .markdown).render(view)
    }
}

extension VerificationOpinion {
    /// Stable JSON of the opinion (`report verification --format json`), keys listed in the
    /// command's help.
    public struct JSON: Codable, Equatable, Sendable {
        /// `verification`.
        public var document: String
        /// The original notice's number.
        public var notice_number: String
        /// Issuing station.
        public var station: String
        /// `zh` or `en`.
        public var lang: String
        /// The opinion's date (day).
        public var date: String
        /// When this copy was produced.
        public var generated_at: String
        /// The enterprise.
        public var enterprise: RectificationNotice.EnterpriseJSON
        /// The inspection session id.
        public var session: Int64
        /// The inspection's date (day).
        public var inspection_date: String
        /// Who re-inspected.
        public var verifiers: [CertifiedInspector]
        /// Counts by result.
        public var counts: CountsJSON
        /// The hazards.
        public var hazards: [HazardJSON]
    }

    /// Counts by result.
    public struct CountsJSON: Codable, Equatable, Sendable {
        /// All hazards on the opinion.
        public var total: Int
        /// 合格.
        public var passed: Int
        /// 不合格.
        public var failed: Int
        /// 待复查.
        public var pending: Int
    }

    /// One hazard's result.
    public struct HazardJSON: Codable, Equatable, Sendable {
        /// Number on the notice.
        public var no: Int
        /// Hazard id.
        public var id: Int64
        /// Item id.
        public var item: String
        /// Item title.
        public var item_title: String
        /// `major` or `general`.
        public var severity: String
        /// What was found.
        public var finding: String
        /// Present status.
        public var status: String
        /// `passed`, `failed` or `pending`.
        public var result: String
        /// The last refusal's reason (null when none).
        @NullEncoded public var reason: String? = nil
        /// When verified or last refused (null when never re-inspected).
        @NullEncoded public var reinspected_at: String? = nil
        /// By whom (null when never re-inspected).
        @NullEncoded public var reinspected_by: String? = nil
    }

    /// The JSON value.
    public func json() -> JSON {
        JSON(document: "verification", notice_number: noticeNumber, station: station, lang: language.rawValue,
             date: Timestamp.day(date), generated_at: Timestamp.iso(generatedAt),
             enterprise: RectificationNotice.EnterpriseJSON(credit_code: enterprise.creditCode, name: enterprise.name,
                                                            township: enterprise.township, address: enterprise.address,
                                                            contact: enterprise.contact,
                                                            legal_representative: enterprise.legalRepresentative),
             session: sessionID, inspection_date: Timestamp.day(inspectionDate), verifiers: verifiers,
             counts: CountsJSON(total: entries.count, passed: count(.passed), failed: count(.failed),
                                pending: count(.pending)),
             hazards: entries.map { entry in
                 HazardJSON(no: entry.number, id: entry.hazardID, item: entry.itemID, item_title: entry.itemTitle,
                            severity: entry.severity.rawValue, finding: entry.finding, status: entry.status.rawValue,
                            result: entry.result.rawValue, reason: entry.refusal,
                            reinspected_at: entry.reinspectedAt.map(Timestamp.iso), reinspected_by: entry.reinspectedBy)
             })
    }
}
