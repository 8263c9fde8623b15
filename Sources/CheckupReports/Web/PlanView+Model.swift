import CheckupCore
import Foundation

extension PlanView {
    /// What `web-plan.html` shows.
    struct Model {
        struct Row {
            let colour: WebColourModel
            let name: String
            let href: String
            let creditCode: String
            let last: String
            let due: String
            let daysOverdue: Int
            let overdue: Bool
            let openHazards: Int
            let gridMember: String
            let inspector: String
            let visitDay: String
        }

        let heading: String
        let summary: String
        let action: String
        let hidden: [WebQueryItem]
        let days: Int
        let icsHref: String
        let hasRows: Bool
        let rows: [Row]
        let empty: String
        let hasInspectors: Bool
        let colourLabel: String
        let lastLabel: String
        let dueLabel: String
        let overdueLabel: String
        let openLabel: String
        let gridMemberLabel: String
    }

    func model(_ chrome: WebChrome) -> WebPageModel<Model> {
        let language = chrome.language
        let overdue = plan.visits.filter { $0.daysOverdue > 0 }.count
        let rows = plan.visits.map { visit in
            let grade = visit.grade
            return Model.Row(colour: WebColourModel(grade.colour, language: language), name: grade.enterprise.name,
                             href: chrome.link(WebRoutes.enterprise(grade.enterprise.creditCode)),
                             creditCode: grade.enterprise.creditCode,
                             last: grade.facts.lastInspection.map { CalendarDay($0).description }
                                 ?? SupervisionText.neverLabel.text(in: language),
                             due: grade.nextDue.description, daysOverdue: visit.daysOverdue, overdue: visit.daysOverdue > 0,
                             openHazards: grade.facts.openHazards, gridMember: grade.enterprise.gridMember ?? "—",
                             inspector: visit.inspector ?? "—", visitDay: visit.visitDay.description)
        }
        let page = Model(
            heading: WebText.planTitle.text(township, in: language),
            summary: WebText.dueSummary.text(plan.visits.count, overdue, plan.asOf.description, plan.days, in: language),
            action: WebRoutes.plan, hidden: chrome.contextQuery, days: plan.days,
            icsHref: chrome.link(WebRoutes.planICS, [WebQueryItem("days", String(plan.days))]),
            hasRows: !rows.isEmpty, rows: rows,
            empty: SupervisionText.planEmpty.text(township, plan.asOf.description, plan.days, in: language),
            hasInspectors: plan.visits.contains { $0.inspector != nil },
            colourLabel: SupervisionText.colourLabel.text(in: language),
            lastLabel: SupervisionText.lastInspectionLabel.text(in: language),
            dueLabel: SupervisionText.dueLabel.text(in: language),
            overdueLabel: SupervisionText.daysOverdueLabel.text(in: language),
            openLabel: SupervisionText.openHazardsLabel.text(in: language),
            gridMemberLabel: SupervisionText.gridMemberLabel.text(in: language))
        return WebPageModel(language: language, title: page.heading + " · " + WebText.appTitle.text(in: language),
                            chrome: WebChromeModel(chrome), page: page)
    }
}
