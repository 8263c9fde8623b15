import CheckupCore
import Foundation

extension HazardListView {
    /// What `web-hazards.html` shows.
    struct Model {
        struct Check {
            let name: String
            let label: String
            let checked: Bool
        }

        let heading: String
        let action: String
        let hidden: [WebQueryItem]
        let statuses: [WebOptionModel]
        let severities: [WebOptionModel]
        let checks: [Check]
        let hasEnterprise: Bool
        let enterpriseValue: String
        let enterpriseLine: String
        let resetHref: String
        let matchingLine: String
        let hasRows: Bool
        let rows: [WebHazardRow]
        let pager: WebPagerModel
        let statusLabel: String
        let severityLabel: String
        let idLabel: String
        let enterpriseLabel: String
        let layerLabel: String
        let itemLabel: String
        let descriptionLabel: String
        let deadlineLabel: String
    }

    func model(_ chrome: WebChrome) -> WebPageModel<Model> {
        let language = chrome.language
        let all = WebText.all.text(in: language)
        let statuses = [WebOptionModel(value: "", label: all, selected: filter.status == nil)]
            + HazardStatus.allCases.map {
                WebOptionModel(value: $0.rawValue, label: HazardNames.status($0, language), selected: filter.status == $0)
            }
        let severities = [WebOptionModel(value: "", label: all, selected: filter.severity == nil)]
            + HazardSeverity.allCases.map {
                WebOptionModel(value: $0.rawValue, label: HazardNames.severity($0, language), selected: filter.severity == $0)
            }
        let checks = [
            Model.Check(name: "overdue", label: WebText.onlyOverdue.text(in: language), checked: filter.overdue),
            Model.Check(name: "supervised", label: WebText.onlySupervised.text(in: language), checked: filter.supervised),
            Model.Check(name: "unreported", label: WebText.onlyUnreported.text(in: language), checked: filter.unreported),
        ]
        let enterpriseName = filter.enterprise.map { enterprises[$0]?.name ?? $0 } ?? ""
        let page = Model(
            heading: WebText.hazardsTitle.text(chrome.township, in: language), action: WebRoutes.hazards,
            hidden: chrome.contextQuery, statuses: statuses, severities: severities, checks: checks,
            hasEnterprise: filter.enterprise != nil, enterpriseValue: filter.enterprise ?? "",
            enterpriseLine: WebText.enterpriseFilter.text(enterpriseName, in: language),
            resetHref: chrome.link(WebRoutes.hazards),
            matchingLine: WebText.matchingHazards.text(matching, in: language), hasRows: !hazards.isEmpty,
            rows: hazards.map { WebHazardRow($0, enterprise: enterprises[$0.enterpriseCode], now: now, chrome: chrome) },
            pager: WebPagerModel(page: page, pageCount: pageCount, link: {
                chrome.link(WebRoutes.hazards, filter.queryItems + [WebQueryItem("page", String($0))])
            }, language: language),
            statusLabel: WebText.colStatus.text(in: language), severityLabel: WebText.colSeverity.text(in: language),
            idLabel: WebText.colId.text(in: language), enterpriseLabel: WebText.colEnterprise.text(in: language),
            layerLabel: WebText.colLayer.text(in: language), itemLabel: WebText.colItem.text(in: language),
            descriptionLabel: WebText.colDescription.text(in: language), deadlineLabel: WebText.deadline.text(in: language))
        return WebPageModel(language: language, title: page.heading + " · " + WebText.appTitle.text(in: language),
                            chrome: WebChromeModel(chrome), page: page)
    }
}
