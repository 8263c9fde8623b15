import CheckupCore
import Foundation

/// The values a notice template sees. Every field is plain text (or a list of such), inserted
/// with `{{…}}` and so escaped by the template's escaping; numbers for CSS widths are computed
/// here. A station's own template (`--template`) can use any of these names:
///
/// `lang`, `labels.*` (fixed wording, see `NoticeLabels`), `number`, `station`, `date`,
/// `generatedAt`, `enterprise.{name,creditCode,address,township,contact,legalRepresentative,
/// hasLegalRepresentative}`, `place` (the place inspected: the session's, else the enterprise's
/// address), `inspectors`,
/// `checklist`, `intro`, `hasHazards`, `hazards[]` (`no`, `itemID`, `itemTitle`, `layer`,
/// `finding`, `basis`, `remedy`, `hasRemedy`, `deadline`, `deadlineDays`, `severity`, `isMajor`,
/// `fixedOnSite`), `hasMajor`, `majors[]` (`no`, `itemTitle`, `finding`, `deadline`,
/// `deadlineNote`, `measures[]` {`label`, `value`}: the five measures, then 治理方案, 上报, and
/// 挂牌督办 / 停产停业 when there are — so a station's own template shows them unchanged), `layers[]` (`name`, `covered`, `coverage`,
/// `compliance`, `score`, `barPercent`), `level`, `levelLine`, `band`, `reached`,
/// `counts.{total,major,general,fixedOnSite}`, `receipt`, `headings.{hazards,major,score,other}`
/// (the section headings numbered over the sections present: 一、二、三 without a major hazard,
/// 一 to 四 with one; `labels.*Heading` are the bare titles); and, for issue 18, `zh`, `doc.*`
/// (`DocumentText` wording), `startedAt`, `completedAt`, `certifiedInspectors[]` {`name`,
/// `certificate`}, `hazards[].photos[]` {`name`, `dataURI`}, `hazards[].files[]`,
/// `hazards[].hasEvidence`.
struct NoticeView {
    /// The section headings, numbered in order over the sections the notice has.
    struct Headings {
        let hazards: String
        /// Empty when the notice has no major hazard to rectify (the section is left out).
        let major: String
        let score: String
        let other: String

        /// Numbers the sections: the hazards, the major hazards when `hasMajor`, the scorecard,
        /// the further requirements.
        init(labels: NoticeLabels, hasMajor: Bool, language: Language) {
            let numerals = language == .zh ? ["一", "二", "三", "四"] : ["I", "II", "III", "IV"]
            var next = 0
            func numbered(_ title: String) -> String {
                defer { next += 1 }
                return ReportText.heading.text(numerals[next], title, in: language)
            }
            hazards = numbered(labels.hazardsHeading)
            major = hasMajor ? numbered(labels.majorHeading) : ""
            score = numbered(labels.scoreHeading)
            other = numbered(labels.otherHeading)
        }
    }

    struct EnterpriseView {
        let name: String
        let creditCode: String
        let address: String
        let township: String
        let contact: String
        let legalRepresentative: String
        let hasLegalRepresentative: Bool
    }

    struct HazardView {
        let no: Int
        let itemID: String
        let itemTitle: String
        let layer: String
        let finding: String
        let basis: String
        let remedy: String
        let hasRemedy: Bool
        let deadline: String
        let deadlineDays: Int
        let severity: String
        let isMajor: Bool
        let fixedOnSite: Bool
        /// Evidence photos embedded as `data:` URIs (JPEG/PNG within `EvidenceImage.limit`).
        let photos: [EvidenceImage]
        /// Other evidence files, by name.
        let files: [String]
        let hasEvidence: Bool
    }

    struct Measure {
        let label: String
        let value: String
    }

    struct MajorView {
        let no: Int
        let itemTitle: String
        let finding: String
        let deadline: String
        /// `（整改期限 2027-01-09）` or ` (deadline 2027-01-09)`.
        let deadlineNote: String
        let measures: [Measure]
    }

    struct LayerView {
        let name: String
        let covered: Bool
        let coverage: String
        let compliance: String
        let score: String
        let barPercent: Int
    }

    struct Counts {
        let total: Int
        let major: Int
        let general: Int
        let fixedOnSite: Int
    }

    let lang: String
    let labels: NoticeLabels
    let number: String
    let station: String
    /// `地址：…` / `电话：…` lines under the station's seal, when known.
    let stationContact: [String]
    let date: String
    let generatedAt: String
    let enterprise: EnterpriseView
    /// The place inspected.
    let place: String
    let inspectors: String
    let checklist: String
    let intro: String
    let hasHazards: Bool
    let hazards: [HazardView]
    let hasMajor: Bool
    let majors: [MajorView]
    let layers: [LayerView]
    let level: String
    /// `防控等级 L = 1.624（1.0 → 2.0）`.
    let levelLine: String
    let band: String
    let reached: Bool
    let counts: Counts
    let receipt: String
    let headings: Headings
    /// `风险颜色：橙；下次应检：2026-04-30`, when graded.
    var colourLine: String? = nil
    /// The additions of issue 18 (`DocumentText` wording as `doc.*`): Chinese page footer switch,
    /// inspection start and end, inspectors with certificate numbers.
    let zh: Bool
    let doc: [String: String]
    let startedAt: String
    let completedAt: String
    let certifiedInspectors: [CertifiedInspector]
}

extension RectificationNotice {
    /// A date as the notice prints it: `2026年11月29日`, or `2026-11-29` in English.
    static func longDate(_ date: Date, _ language: Language) -> String {
        let day = Timestamp.day(date)
        guard language == .zh else { return day }
        let parts = day.split(separator: "-").map { Int($0) ?? 0 }
        guard parts.count == 3 else { return day }
        return "\(parts[0])年\(parts[1])月\(parts[2])日"
    }

    /// The rows a major hazard's table adds below its five measures: the remediation plan
    /// (治理方案, file name and hash, or not yet submitted), the reports (上报) or none yet, and
    /// the 挂牌督办 listing and stop-work order when there are.
    static func escalationRows(_ item: Item, _ language: Language) -> [NoticeView.Measure] {
        var rows: [NoticeView.Measure] = []
        let plan = item.remediationPlan.map { EscalationText.noticePlan.text($0.originalName, $0.sha256, in: language) }
            ?? EscalationText.noticeNoPlan.text(in: language)
        rows.append(.init(label: EscalationText.colRemediationPlan.text(in: language), value: plan))
        let reports = item.escalations.map {
            EscalationText.noticeEscalation.text($0.to, $0.reference, Timestamp.day($0.at), in: language)
        }
        rows.append(.init(label: EscalationText.eventEscalated.text(in: language),
                          value: reports.isEmpty ? EscalationText.noticeNotEscalated.text(in: language)
                              : reports.joined(separator: language == .zh ? "；" : "; ")))
        if let listing = item.supervision {
            var value = EscalationText.noticeSupervision.text(listing.authority, listing.number, Timestamp.day(listing.at),
                                                              in: language)
            if let delisted = listing.delistedAt {
                value += language == .zh ? "，" : ", "
                value += EscalationText.showDelisted.text(Timestamp.day(delisted), in: language)
            }
            rows.append(.init(label: EscalationText.eventSupervised.text(in: language), value: value))
        }
        if let order = item.stopWork {
            var value = EscalationText.noticeStopWork.text(order.scope, Timestamp.day(order.at), in: language)
            if let cleared = order.clearedAt {
                value += EscalationText.showStopWorkCleared.text(Timestamp.day(cleared), in: language)
            }
            rows.append(.init(label: EscalationText.eventStopWork.text(in: language), value: value))
        }
        return rows
    }

    /// The template context.
    var view: NoticeView {
        let zh = language == .zh
        let labels = NoticeLabels.of(language)
        let dateText = Self.longDate(date, language)
        let major = majorItems.count
        let intro: String
        if items.isEmpty {
            intro = NoticeText.introNoHazards.text(dateText, checklistTitle, in: language)
        } else if zh {
            intro = "本站于\(dateText)依据《\(checklistTitle)》对你单位进行了安全生产体检，发现事故隐患\(items.count)项"
                + (major > 0 ? "（其中重大事故隐患\(major)项）" : "")
                + "。根据《中华人民共和国安全生产法》等法律法规和标准的规定，请你单位按照下列要求，在规定期限内整改完毕。"
        } else {
            intro = "On \(dateText) the station inspected your enterprise against \"\(checklistTitle)\" and found "
                + "\(items.count) hazard\(items.count == 1 ? "" : "s")"
                + (major > 0 ? " (\(major) major)" : "")
                + ". Under the Work Safety Law of the People's Republic of China and the applicable standards, rectify "
                + "them as required below within the deadlines given."
        }
        let receipt = zh
            ? "\(station)：你站\(dateText)下达的\(number)《安全生产隐患整改通知书》已收悉，共事故隐患\(items.count)项"
                + (major > 0 ? "（其中重大事故隐患\(major)项）" : "") + "。我单位将按要求落实整改，并在整改期限内书面报告整改情况。"
            : "To \(station): we have received rectification notice \(number) of \(dateText) listing \(items.count) "
                + "hazard\(items.count == 1 ? "" : "s")" + (major > 0 ? " (\(major) major)" : "")
                + ". We will rectify them as required and report in writing within the deadlines."
        let hazards = items.map { item in
            NoticeView.HazardView(
                no: item.number, itemID: item.itemID, itemTitle: item.itemTitle, layer: item.layer.name(language),
                finding: item.finding, basis: item.basis, remedy: item.remedy ?? "", hasRemedy: item.remedy != nil,
                deadline: item.fixedOnSite ? labels.fixedOnSite : Timestamp.day(item.deadline),
                deadlineDays: item.deadlineDays, severity: HazardNames.severity(item.severity, language),
                isMajor: item.severity == .major, fixedOnSite: item.fixedOnSite,
                photos: evidenceImages(item).filter { $0.dataURI != nil },
                files: evidenceImages(item).filter { $0.dataURI == nil }.map(\.name), hasEvidence: !item.evidence.isEmpty)
        }
        let majors = majorToRectify.map { item in
            let m = item.fiveMeasures
            return NoticeView.MajorView(
                no: item.number, itemTitle: item.itemTitle, finding: item.finding,
                deadline: Timestamp.day(item.deadline),
                deadlineNote: zh ? "（\(labels.deadline) \(Timestamp.day(item.deadline))）"
                    : " (\(labels.deadline.lowercased()) \(Timestamp.day(item.deadline)))",
                measures: ([(labels.responsible, m.responsible), (labels.measures, m.measures), (labels.funds, m.funds),
                            (labels.timeLimit, m.timeLimit), (labels.plan, m.plan)]
                    .map { NoticeView.Measure(label: $0.0, value: $0.1 ?? "") }) + Self.escalationRows(item, language))
        }
        let layers = Layer.allCases.map { layer in
            let s = score[layer]
            return NoticeView.LayerView(
                name: layer.name(language), covered: s.isCovered, coverage: LayerBars.percent(s.coverage),
                compliance: LayerBars.percent(s.compliance), score: s.isCovered ? LayerBars.number(s.score) : labels.notCovered,
                barPercent: Int(((s.score ?? 0) * 100).rounded()))
        }
        return NoticeView(
            lang: language == .zh ? "zh-CN" : "en", labels: labels, number: number, station: station,
            stationContact: [stationAddress.map { StationText.addressLine.text($0, in: language) },
                             stationPhone.map { StationText.phoneLine.text($0, in: language) }].compactMap { $0 },
            date: dateText,
            generatedAt: Timestamp.minute(generatedAt),
            enterprise: NoticeView.EnterpriseView(
                name: enterprise.name, creditCode: enterprise.creditCode, address: enterprise.address ?? "",
                township: enterprise.township, contact: enterprise.contact ?? "",
                legalRepresentative: enterprise.legalRepresentative ?? "",
                hasLegalRepresentative: enterprise.legalRepresentative != nil),
            place: placeInspected,
            inspectors: session.inspectors.joined(separator: NoticeText.listSeparator.text(in: language)),
            checklist: NoticeText.checklistLine.text(checklistTitle, checklistID, checklistVersion, in: language),
            intro: intro, hasHazards: !items.isEmpty, hazards: hazards, hasMajor: !majors.isEmpty, majors: majors,
            layers: layers, level: LayerBars.number(score.level),
            levelLine: "\(labels.level) L = \(LayerBars.number(score.level))" + NoticeText.levelRange.text(in: language),
            band: score.band.rawValue,
            reached: score.reachesTwoPointZero,
            counts: NoticeView.Counts(total: items.count, major: major, general: items.count - major,
                                      fixedOnSite: items.filter(\.fixedOnSite).count),
            receipt: receipt,
            headings: NoticeView.Headings(labels: labels, hasMajor: !majors.isEmpty, language: language),
            colourLine: supervision.map {
                SupervisionText.noticeColour.text($0.colour.name(language), $0.nextDue.description, in: language)
            },
            zh: zh, doc: DocumentText.labels(language), startedAt: Timestamp.minute(session.startedAt),
            completedAt: Timestamp.minute(date),
            certifiedInspectors: CertifiedInspector.list(session.inspectors, register: inspectorRegister))
    }

    /// The place inspected as printed: the session's, else the enterprise's address (sessions
    /// recorded before places were), else empty (a line to fill in).
    var placeInspected: String { session.place ?? enterprise.address ?? "" }

    /// `item`'s evidence files as printed: read (`evidenceImages`) or, when not read, listed by name.
    private func evidenceImages(_ item: Item) -> [EvidenceImage] {
        item.evidence.map { evidenceImages[$0.sha256] ?? EvidenceImage($0, bytes: nil) }
    }

    /// The notice as one self-contained HTML document printing on A4 (inline CSS, no scripts), from the shipped
    /// `notice.html.mustache` or a station's own `template`.
    public func html(template: ReportTemplate? = nil) throws -> String {
        let template = try template ?? ReportTemplate.bundled("notice.html.mustache", escaping: .html)
        return try template.render(view)
    }

    /// The notice as Markdown, from the shipped `notice.md.mustache` or a station's own `template`
    /// (loaded with `.markdown` escaping).
    public func markdown(template: ReportTemplate? = nil) throws -> String {
        let template = try template ?? ReportTemplate.bundled("notice.md.mustache", escaping: .markdown)
        return try template.render(view)
    }
}

extension RectificationNotice {
    /// Stable JSON of the notice (`report notice --format json`); keys listed in the command's
    /// help. Dates are ISO 8601 in station time, days `YYYY-MM-DD`; figures to 3 decimals.
    public struct JSON: Codable, Equatable, Sendable {
        /// Notice number.
        public var number: String
        /// Issuing station.
        public var station: String
        /// Language of titles (`zh` or `en`).
        public var lang: String
        /// Notice date (session completion day).
        public var date: String
        /// When this copy was produced.
        public var generated_at: String
        /// The enterprise.
        public var enterprise: EnterpriseJSON
        /// The inspection.
        public var session: SessionJSON
        /// Counts of hazards.
        public var counts: CountsJSON
        /// Every hazard, in checklist order.
        public var hazards: [HazardJSON]
        /// The five-measures requirement text for major hazards (null when there is none to rectify).
        @NullEncoded public var five_measures_requirement: String? = nil
        /// Ids of the major hazards still to rectify (they need the five measures).
        public var major_hazards: [Int64]
        /// The session's four-layer scorecard.
        public var scorecard: ScorecardJSON
        /// The enterprise's colour and next due day (left out when not graded).
        public var supervision: NoticeSupervisionJSON? = nil
    }

    /// The enterprise notified.
    public struct EnterpriseJSON: Codable, Equatable, Sendable {
        /// Credit code.
        public var credit_code: String
        /// Name.
        public var name: String
        /// Township.
        public var township: String
        /// Address (null when not registered).
        @NullEncoded public var address: String? = nil
        /// Contact (null when not registered).
        @NullEncoded public var contact: String? = nil
        /// Legal representative (法定代表人; null when not registered).
        @NullEncoded public var legal_representative: String? = nil
    }

    /// The inspection the notice follows.
    public struct SessionJSON: Codable, Equatable, Sendable {
        /// Session id.
        public var id: Int64
        /// Checklist id.
        public var checklist: String
        /// Checklist version.
        public var checklist_version: String
        /// Inspectors present.
        public var inspectors: [String]
        /// Start.
        public var started_at: String
        /// Completion.
        public var completed_at: String
        /// The place inspected (the session's, else the enterprise's address; null when neither).
        @NullEncoded public var place: String? = nil
    }

    /// How many hazards.
    public struct CountsJSON: Codable, Equatable, Sendable {
        /// All hazards of the session.
        public var total: Int
        /// Major ones.
        public var major: Int
        /// General ones.
        public var general: Int
        /// Fixed on site (no deadline applies).
        public var fixed_on_site: Int
    }

    /// One hazard on the notice.
    public struct HazardJSON: Codable, Equatable, Sendable {
        /// Running number on the notice.
        public var no: Int
        /// Hazard id.
        public var id: Int64
        /// Item id.
        public var item: String
        /// Item title.
        public var item_title: String
        /// Layer (`human`, `physical`, `technical`, `joint`).
        public var layer: String
        /// `major` or `general`.
        public var severity: String
        /// What was found.
        public var finding: String
        /// Legal basis.
        public var basis: String
        /// Remedy (null when the checklist gives none).
        @NullEncoded public var remedy: String? = nil
        /// Deadline day.
        public var deadline: String
        /// Days from the notice date to the deadline.
        public var deadline_days: Int
        /// Fixed on site.
        public var fixed_on_site: Bool
        /// Five measures reported so far (each null until given).
        public var five_measures: FiveMeasuresJSON
        /// The remediation plan (治理方案) attached (null until attached).
        @NullEncoded public var remediation_plan: EscalationJSON.Plan? = nil
        /// Reports to supervising bodies (上报), oldest first.
        public var escalations: [EscalationJSON.Report] = []
        /// The 挂牌督办 listing (null when not listed).
        @NullEncoded public var supervision: EscalationJSON.Supervision? = nil
        /// The stop-work order (null when none).
        @NullEncoded public var stop_work: EscalationJSON.StopWork? = nil
    }

    /// 五落实.
    public struct FiveMeasuresJSON: Codable, Equatable, Sendable {
        /// 责任人.
        @NullEncoded public var responsible: String? = nil
        /// 整改措施.
        @NullEncoded public var measures: String? = nil
        /// 整改资金.
        @NullEncoded public var funds: String? = nil
        /// 整改时限.
        @NullEncoded public var time_limit: String? = nil
        /// 应急预案.
        @NullEncoded public var plan: String? = nil
    }

    /// The four-layer scorecard.
    public struct ScorecardJSON: Codable, Equatable, Sendable {
        /// Defence level L, 3 decimals.
        public var level: Double
        /// Level band label.
        public var band: String
        /// Whether the 2.0 criterion is met.
        public var reached_2_0: Bool
        /// Per layer: coverage, compliance, score (null when undefined) and covered.
        public var layers: [String: LayerJSON]
    }

    /// One layer of the scorecard.
    public struct LayerJSON: Codable, Equatable, Sendable {
        /// Whether any item applies.
        public var covered: Bool
        /// E/A.
        @NullEncoded public var coverage: Double? = nil
        /// P/E.
        @NullEncoded public var compliance: Double? = nil
        /// P/A.
        @NullEncoded public var score: Double? = nil
    }

    /// The JSON value.
    public func json() -> JSON {
        let labels = NoticeLabels.of(language)
        var layers: [String: LayerJSON] = [:]
        for layer in Layer.allCases {
            let s = score[layer]
            layers[layer.rawValue] = LayerJSON(covered: s.isCovered, coverage: s.coverage?.roundedTo(places: 3),
                                               compliance: s.compliance?.roundedTo(places: 3),
                                               score: s.score?.roundedTo(places: 3))
        }
        let major = majorItems.count
        return JSON(
            number: number, station: station, lang: language.rawValue, date: Timestamp.day(date),
            generated_at: Timestamp.iso(generatedAt),
            enterprise: EnterpriseJSON(credit_code: enterprise.creditCode, name: enterprise.name,
                                       township: enterprise.township, address: enterprise.address,
                                       contact: enterprise.contact, legal_representative: enterprise.legalRepresentative),
            session: SessionJSON(id: session.id, checklist: checklistID, checklist_version: checklistVersion,
                                 inspectors: session.inspectors, started_at: Timestamp.iso(session.startedAt),
                                 completed_at: Timestamp.iso(date), place: session.place ?? enterprise.address),
            counts: CountsJSON(total: items.count, major: major, general: items.count - major,
                               fixed_on_site: items.filter(\.fixedOnSite).count),
            hazards: items.map { item in
                let m = item.fiveMeasures
                return HazardJSON(
                    no: item.number, id: item.hazardID, item: item.itemID, item_title: item.itemTitle,
                    layer: item.layer.rawValue, severity: item.severity.rawValue, finding: item.finding,
                    basis: item.basis, remedy: item.remedy, deadline: Timestamp.day(item.deadline),
                    deadline_days: item.deadlineDays, fixed_on_site: item.fixedOnSite,
                    five_measures: FiveMeasuresJSON(responsible: m.responsible, measures: m.measures, funds: m.funds,
                                                    time_limit: m.timeLimit, plan: m.plan),
                    remediation_plan: item.remediationPlan.map(EscalationJSON.Plan.init),
                    escalations: item.escalations.map(EscalationJSON.Report.init),
                    supervision: item.supervision.map(EscalationJSON.Supervision.init),
                    stop_work: item.stopWork.map(EscalationJSON.StopWork.init))
            },
            five_measures_requirement: majorToRectify.isEmpty ? nil : labels.fiveMeasuresRequirement,
            major_hazards: majorToRectify.map(\.hazardID),
            scorecard: ScorecardJSON(level: score.level.roundedTo(places: 3), band: score.band.rawValue,
                                     reached_2_0: score.reachesTwoPointZero, layers: layers),
            supervision: supervision.map { NoticeSupervisionJSON(colour: $0.colour.rawValue, next_due: $0.nextDue.description) })
    }
}

/// The notice's `supervision` key: the enterprise's colour and next due day.
public struct NoticeSupervisionJSON: Codable, Equatable, Sendable {
    public var colour: String
    public var next_due: String
}
