import CheckupCore
import Foundation

extension DashboardView {
    /// What `web-dashboard.html` shows.
    struct Model {
        struct ColourRow {
            let colour: WebColourModel
            let count: Int
            let href: String
        }

        struct Visit {
            let colour: WebColourModel
            let name: String
            let href: String
            let creditCode: String
            let last: String
            let due: String
            let daysOverdue: Int
            let overdue: Bool
        }

        struct Unreported {
            let id: Int64
            let href: String
            let name: String
            let creditCode: String
            let item: String
            let found: String
            let reportBy: String
        }

        let heading: String
        let periodLine: String
        /// The township report's values (tiles, charts, labels), as the report renders them.
        let report: TownshipView
        let hasColours: Bool
        let colourBar: String
        let colourRows: [ColourRow]
        let colourDue: String
        let dueSummary: String
        let hasDue: Bool
        let visits: [Visit]
        let dueMore: Bool
        let dueAll: String
        let dueAllHref: String
        let overdueCount: String
        let hasOverdue: Bool
        let overdue: [WebHazardRow]
        let overdueMore: Bool
        let overdueAll: String
        let overdueAllHref: String
        let hasUnreported: Bool
        let unreportedLine: String
        let unreported: [Unreported]
        let unreportedMore: Bool
        let unreportedAll: String
        let unreportedAllHref: String
        let downloads: [WebLinkModel]
        let colourLabel: String
        let lastLabel: String
        let dueLabel: String
        let daysOverdueLabel: String
        let statusLabel: String
        let severityLabel: String
    }

    func model(_ chrome: WebChrome) -> WebPageModel<Model> {
        let language = chrome.language
        let view = report.view
        let names = Dictionary(report.scores.enterprises.map { ($0.creditCode, $0) }, uniquingKeysWith: { first, _ in first })
        let limit = max(1, listLimit)
        let supervision = report.supervision
        let colourRows = RiskColour.allCases.map { colour in
            Model.ColourRow(colour: WebColourModel(colour, language: language), count: supervision?.summary.counts[colour] ?? 0,
                            href: chrome.link(WebRoutes.enterprises, [WebQueryItem("colour", colour.rawValue)]))
        }
        let overdueVisits = plan.visits.filter { $0.daysOverdue > 0 }.count
        let visits = plan.visits.prefix(limit).map { visit in
            let grade = visit.grade
            return Model.Visit(colour: WebColourModel(grade.colour, language: language), name: grade.enterprise.name,
                               href: chrome.link(WebRoutes.enterprise(grade.enterprise.creditCode)),
                               creditCode: grade.enterprise.creditCode,
                               last: grade.facts.lastInspection.map { CalendarDay($0).description }
                                   ?? SupervisionText.neverLabel.text(in: language),
                               due: grade.nextDue.description, daysOverdue: visit.daysOverdue, overdue: visit.daysOverdue > 0)
        }
        let unreportedRows = report.unreportedRows
        let page = Model(
            heading: WebText.dashboardTitle.text(report.township, in: language),
            periodLine: WebText.periodLine.text(report.periodText, Timestamp.minute(report.now), in: language),
            report: view,
            hasColours: supervision != nil, colourBar: supervision?.bar() ?? "", colourRows: colourRows,
            colourDue: supervision.map {
                SupervisionText.dueLine.text($0.summary.dueToday, $0.summary.overdue, in: language)
            } ?? "",
            dueSummary: WebText.dueSummary.text(plan.visits.count, overdueVisits, plan.asOf.description, plan.days,
                                                in: language),
            hasDue: !plan.visits.isEmpty, visits: Array(visits), dueMore: plan.visits.count > limit,
            dueAll: WebText.showAll.text(plan.visits.count, in: language), dueAllHref: chrome.link(WebRoutes.plan),
            overdueCount: WebText.overdueHazardsCount.text(overdueHazards.count, in: language),
            hasOverdue: !overdueHazards.isEmpty,
            overdue: overdueHazards.prefix(limit).map {
                WebHazardRow($0, enterprise: names[$0.enterpriseCode], now: report.now, chrome: chrome,
                             policy: report.escalationPolicy)
            },
            overdueMore: overdueHazards.count > limit,
            overdueAll: WebText.showAll.text(overdueHazards.count, in: language),
            overdueAllHref: chrome.link(WebRoutes.hazards, [WebQueryItem("overdue", "1")]),
            hasUnreported: !unreportedRows.isEmpty, unreportedLine: view.unreportedLine,
            unreported: unreportedRows.prefix(limit).map {
                Model.Unreported(id: $0.id, href: chrome.link(WebRoutes.hazard($0.id)), name: $0.name, creditCode: $0.creditCode,
                                 item: $0.item, found: $0.found, reportBy: $0.reportBy)
            },
            unreportedMore: unreportedRows.count > limit,
            unreportedAll: WebText.showAll.text(unreportedRows.count, in: language),
            unreportedAllHref: chrome.link(WebRoutes.hazards, [WebQueryItem("unreported", "1")]),
            downloads: [
                WebLinkModel(WebText.townshipReport.text(in: language), chrome.link(WebRoutes.townshipHTML)),
                WebLinkModel(WebText.ledgerXLSX.text(in: language), chrome.link(WebRoutes.ledgerXLSX)),
                WebLinkModel(WebText.ledgerCSV.text(in: language), chrome.link(WebRoutes.ledgerCSV)),
                WebLinkModel(WebText.planICS.text(in: language), chrome.link(WebRoutes.planICS)),
            ],
            colourLabel: SupervisionText.colourLabel.text(in: language),
            lastLabel: SupervisionText.lastInspectionLabel.text(in: language),
            dueLabel: SupervisionText.dueLabel.text(in: language),
            daysOverdueLabel: SupervisionText.daysOverdueLabel.text(in: language),
            statusLabel: WebText.colStatus.text(in: language), severityLabel: WebText.colSeverity.text(in: language))
        return WebPageModel(language: language, title: page.heading + " · " + WebText.appTitle.text(in: language),
                            chrome: WebChromeModel(chrome), page: page)
    }
}
