import CheckupCore
import Foundation

extension HazardView {
    /// What `web-hazard.html` shows.
    struct Model {
        struct Field {
            let label: String
            let value: String
        }

        struct EvidenceModel {
            let name: String
            let size: String
            let hasURL: Bool
            let url: String
            let isImage: Bool
        }

        struct Change {
            let at: String
            let by: String
            let change: String
            let note: String
        }

        let heading: String
        let severity: String
        let major: Bool
        let status: String
        let flags: [String]
        let enterpriseName: String
        let enterpriseHref: String
        let creditCode: String
        let fields: [Field]
        let hasMeasures: Bool
        let measures: [Field]
        let hasEscalationLines: Bool
        let escalationLines: [String]
        let hasPlan: Bool
        let plan: EvidenceModel?
        let hasEvidence: Bool
        let evidence: [EvidenceModel]
        let images: [EvidenceModel]
        let history: [Change]
        let showsVerify: Bool
        let verifyAction: String
        let uploadLimitLine: String
        let showsEscalate: Bool
        let escalateAction: String
        let today: String
        let csrf: String
        let hidden: [WebQueryItem]
    }

    func model(_ chrome: WebChrome) -> WebPageModel<Model> {
        let language = chrome.language
        let h = hazard
        let row = WebHazardRow(h, enterprise: enterprise, now: now, chrome: chrome)
        var fields = [
            Model.Field(label: WebText.source.text(in: language),
                        value: HazardNames.source(h.source, language) + " · " + WebText.session.text(in: language)
                            + " #\(h.sessionID)"),
            Model.Field(label: WebText.colItem.text(in: language), value: row.item),
            Model.Field(label: WebText.colLayer.text(in: language), value: row.layer),
            Model.Field(label: WebText.finding.text(in: language), value: h.description),
            Model.Field(label: WebText.basis.text(in: language), value: h.basis),
        ]
        if let remedy = h.remedy { fields.append(Model.Field(label: WebText.remedy.text(in: language), value: remedy)) }
        fields.append(Model.Field(label: WebText.foundAt.text(in: language), value: Timestamp.minute(h.foundAt)))
        fields.append(Model.Field(label: WebText.deadline.text(in: language), value: Timestamp.day(h.deadline)))
        if let at = h.verifiedAt {
            fields.append(Model.Field(label: HazardNames.status(.verified, language),
                                      value: WebText.verifiedLine.text(Timestamp.minute(at), h.verifiedBy ?? "—", in: language)))
        }
        if let note = h.verificationNote {
            fields.append(Model.Field(label: WebText.verificationNote.text(in: language), value: note))
        }
        let m = h.fiveMeasures
        let measures: [Model.Field] = [(WebText.responsible, m.responsible), (.measures, m.measures), (.funds, m.funds),
                                       (.timeLimit, m.timeLimit), (.plan, m.plan)].compactMap { label, value in
            value.map { Model.Field(label: label.text(in: language), value: $0) }
        }
        func evidenceModel(_ item: Evidence) -> Model.EvidenceModel {
            Model.EvidenceModel(name: item.ref.originalName,
                                size: "\(max(1, Int((Double(item.ref.size) / 1024).rounded(.up)))) KB",
                                hasURL: item.url != nil, url: item.url ?? "",
                                isImage: item.url != nil && item.imageKind != nil)
        }
        let evidenceModels = evidence.map(evidenceModel)
        let history = self.history.map { change in
            var text = (change.from.map { HazardNames.status($0, language) + " → " } ?? "") + HazardNames.status(change.to, language)
            if let event = change.event { text += " · " + EscalationLines.name(event, language) }
            return Model.Change(at: Timestamp.minute(change.at), by: change.by, change: text, note: change.note ?? "")
        }
        let escalationLines = EscalationLines.show(h, now: now, language: language)
        let page = Model(
            heading: WebText.hazardTitle.text(h.id, in: language), severity: row.severity, major: row.major,
            status: row.status, flags: row.flags, enterpriseName: enterprise?.name ?? h.enterpriseCode,
            enterpriseHref: chrome.link(WebRoutes.enterprise(h.enterpriseCode)), creditCode: h.enterpriseCode,
            fields: fields, hasMeasures: !measures.isEmpty, measures: measures,
            hasEscalationLines: !escalationLines.isEmpty, escalationLines: escalationLines,
            hasPlan: remediationPlan != nil, plan: remediationPlan.map(evidenceModel),
            hasEvidence: !evidence.isEmpty, evidence: evidenceModels.filter { !$0.isImage },
            images: evidenceModels.filter(\.isImage), history: history,
            showsVerify: showsVerify, verifyAction: chrome.link(WebRoutes.verify(h.id)),
            uploadLimitLine: WebText.verifyEvidence.text(max(1, uploadLimit / (1024 * 1024)), in: language),
            showsEscalate: showsEscalate, escalateAction: chrome.link(WebRoutes.escalate(h.id)),
            today: CalendarDay(now).description, csrf: chrome.csrf, hidden: chrome.contextQuery)
        return WebPageModel(language: language, title: page.heading + " · " + WebText.appTitle.text(in: language),
                            chrome: WebChromeModel(chrome), page: page)
    }
}
