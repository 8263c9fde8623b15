import CheckupCore
import Foundation

extension EnterpriseView {
    /// What `web-enterprise.html` shows.
    struct Model {
        struct Field {
            let label: String
            let value: String
        }

        struct Reason {
            let colour: WebColourModel
            let rule: String
            let detail: String
        }

        struct TrendRow {
            let date: String
            let session: Int64
            let checklist: String
            let level: String
            let layers: [String]
        }

        struct SessionRow {
            let id: Int64
            let kind: String
            let status: String
            let checklist: String
            let started: String
            let inspectors: String
            let hasNotice: Bool
            let noticeHref: String
        }

        let heading: String
        let creditCode: String
        let codeInvalid: Bool
        let fields: [Field]
        let graded: Bool
        let colour: WebColourModel?
        let hasRuleColour: Bool
        let ruleColour: String
        let gradeFacts: [Field]
        let reasons: [Reason]
        let hasInspections: Bool
        let trendChart: String
        let layerNames: [String]
        let inspections: [TrendRow]
        let hasSelfChecks: Bool
        let selfChecks: [TrendRow]
        let hasSessions: Bool
        let sessions: [SessionRow]
        let hasHazards: Bool
        let hazards: [WebHazardRow]
        let hazardsHref: String
        let hasReliability: Bool
        let reliabilityLine: String
        let reliabilitySessions: String
        let colourLabel: String
        let reasonsLabel: String
        let levelLabel: String
        let kindLabel: String
        let statusLabel: String
        let checklistLabel: String
        let startedLabel: String
        let inspectorsLabel: String
        let idLabel: String
        let severityLabel: String
        let layerLabel: String
        let itemLabel: String
        let descriptionLabel: String
        let deadlineLabel: String
    }

    func model(_ chrome: WebChrome) -> WebPageModel<Model> {
        let language = chrome.language
        let e = enterprise
        var fields = [Model.Field(label: WebText.township.text(in: language), value: e.township)]
        let optional: [(WebText, String?)] = [
            (.industry, e.industry), (.address, e.address), (.contact, e.contact),
            (.tagLabel, e.riskTags.map { tags in
                tags.isEmpty ? "—" : tags.map { $0.name(language) }.joined(separator: language == .zh ? "、" : ", ")
            }),
            (.standardisation, e.standardisation?.name(language)), (.employees, e.employees.map(String.init)),
            (.grid, e.grid),
        ]
        for (label, value) in optional {
            if let value { fields.append(Model.Field(label: label.text(in: language), value: value)) }
        }
        if let member = e.gridMember {
            fields.append(Model.Field(label: SupervisionText.gridMemberLabel.text(in: language), value: member))
        }
        var gradeFacts: [Model.Field] = []
        if let grade {
            let facts = grade.facts
            gradeFacts = [
                Model.Field(label: SupervisionText.lastInspectionLabel.text(in: language),
                            value: facts.lastInspection.map { CalendarDay($0).description }
                                ?? SupervisionText.neverLabel.text(in: language)),
                Model.Field(label: SupervisionText.levelLabel.text(in: language),
                            value: facts.level.map { "L = " + LayerBars.number($0) } ?? "—"),
                Model.Field(label: SupervisionText.nextDueLabel.text(in: language),
                            value: grade.nextDue.description + (language == .zh ? "（" : " (")
                                + SupervisionText.intervalLabel.text(grade.intervalDays, in: language)
                                + (language == .zh ? "）" : ")")),
                Model.Field(label: SupervisionText.openHazardsLabel.text(in: language), value: String(facts.openHazards)),
            ]
        }
        func rows(_ reports: [ScoreReport]) -> [Model.TrendRow] {
            reports.map(TrendPoint.init).map { point in
                Model.TrendRow(date: point.date, session: point.session, checklist: point.checklist,
                               level: LayerBars.number(point.level),
                               layers: Layer.allCases.map { LayerBars.number(point.layers[$0]) })
            }
        }
        let points = trend.inspections.map(TrendPoint.init)
        let chart = SVGBarChart(
            title: WebText.trendChart.text(in: language), categories: points.map(\.date),
            series: [.init(name: "L", color: "#2c6fbb", values: points.map(\.level))], height: 220).svg()
        let withHazards = Set(hazards.map(\.sessionID))
        let sessionRows = sessions.map { session in
            let notice = session.kind == .inspection && session.status == .completed && withHazards.contains(session.id)
            return Model.SessionRow(id: session.id, kind: session.kind.name(language), status: session.status.name(language),
                                    checklist: session.checklistID + " " + session.checklistVersion,
                                    started: Timestamp.minute(session.startedAt),
                                    inspectors: session.inspectors.joined(separator: language == .zh ? "、" : ", "),
                                    hasNotice: notice, noticeHref: notice ? chrome.link(WebRoutes.notice(session: session.id)) : "")
        }
        var reliabilityLine = WebText.noComparison.text(in: language)
        var reliabilitySessions = ""
        var hasReliability = false
        if let report = comparison, let compared = report.comparison, let rate = compared.reliability,
           let selfCheck = report.selfCheck, let inspection = report.inspection {
            hasReliability = true
            reliabilityLine = WebText.reliabilityLine.text(LayerBars.percent(rate), compared.agreed, compared.examinedByBoth,
                                                           compared.selfPassInspectorFail, in: language)
            reliabilitySessions = WebText.reliabilitySessions.text(selfCheck.id, Timestamp.day(selfCheck.startedAt),
                                                                   inspection.id, Timestamp.day(inspection.startedAt),
                                                                   in: language)
        }
        let page = Model(
            heading: e.name, creditCode: e.creditCode, codeInvalid: !e.codeValid, fields: fields,
            graded: grade != nil, colour: grade.map { WebColourModel($0.colour, language: language) },
            hasRuleColour: grade.map { $0.colour != $0.ruleColour } ?? false,
            ruleColour: grade.map { WebText.ruleColour.text($0.ruleColour.name(language), in: language) } ?? "",
            gradeFacts: gradeFacts,
            reasons: grade?.reasons.map {
                Model.Reason(colour: WebColourModel($0.colour, language: language), rule: $0.rule, detail: $0.detail)
            } ?? [],
            hasInspections: !points.isEmpty, trendChart: chart, layerNames: Layer.allCases.map { $0.name(language) },
            inspections: rows(trend.inspections), hasSelfChecks: !trend.selfChecks.isEmpty,
            selfChecks: rows(trend.selfChecks), hasSessions: !sessions.isEmpty, sessions: sessionRows,
            hasHazards: !hazards.isEmpty,
            hazards: hazards.map { WebHazardRow($0, enterprise: e, now: now, chrome: chrome) },
            hazardsHref: chrome.link(WebRoutes.hazards, [WebQueryItem("enterprise", e.creditCode)]),
            hasReliability: hasReliability, reliabilityLine: reliabilityLine, reliabilitySessions: reliabilitySessions,
            colourLabel: SupervisionText.colourLabel.text(in: language),
            reasonsLabel: SupervisionText.reasonsLabel.text(in: language),
            levelLabel: SupervisionText.levelLabel.text(in: language),
            kindLabel: WebText.colKind.text(in: language), statusLabel: WebText.colStatus.text(in: language),
            checklistLabel: WebText.colChecklist.text(in: language), startedLabel: WebText.colStarted.text(in: language),
            inspectorsLabel: WebText.colInspectors.text(in: language), idLabel: WebText.colId.text(in: language),
            severityLabel: WebText.colSeverity.text(in: language), layerLabel: WebText.colLayer.text(in: language),
            itemLabel: WebText.colItem.text(in: language), descriptionLabel: WebText.colDescription.text(in: language),
            deadlineLabel: WebText.deadline.text(in: language))
        return WebPageModel(language: language, title: e.name + " · " + WebText.appTitle.text(in: language),
                            chrome: WebChromeModel(chrome), page: page)
    }
}
