import CheckupCore
import Foundation

extension EnterpriseListView {
    /// What `web-enterprises.html` shows.
    struct Model {
        struct Row {
            let colour: WebColourModel
            let name: String
            let href: String
            let creditCode: String
            let tags: String
            let last: String
            let due: String
            let overdue: Bool
            let openHazards: Int
        }

        let heading: String
        let action: String
        let hidden: [WebQueryItem]
        let colours: [WebOptionModel]
        let tags: [WebOptionModel]
        let search: String
        let resetHref: String
        let matchingLine: String
        let hasRows: Bool
        let rows: [Row]
        let pager: WebPagerModel
        let colourLabel: String
        let lastLabel: String
        let dueLabel: String
        let openLabel: String
    }

    func model(_ chrome: WebChrome) -> WebPageModel<Model> {
        let language = chrome.language
        let all = WebText.all.text(in: language)
        let colours = [WebOptionModel(value: "", label: all, selected: filter.colour == nil)]
            + RiskColour.allCases.map { WebOptionModel(value: $0.rawValue, label: $0.name(language), selected: filter.colour == $0) }
        let tags = [WebOptionModel(value: "", label: all, selected: filter.tag == nil)]
            + RiskTag.allCases.map { WebOptionModel(value: $0.rawValue, label: $0.name(language), selected: filter.tag == $0) }
        let rows = grades.map { grade in
            Model.Row(colour: WebColourModel(grade.colour, language: language), name: grade.enterprise.name,
                      href: chrome.link(WebRoutes.enterprise(grade.enterprise.creditCode)), creditCode: grade.enterprise.creditCode,
                      tags: grade.enterprise.tags.map { $0.name(language) }.joined(separator: language == .zh ? "、" : ", "),
                      last: grade.facts.lastInspection.map { CalendarDay($0).description }
                          ?? SupervisionText.neverLabel.text(in: language),
                      due: grade.nextDue.description, overdue: grade.nextDue < today,
                      openHazards: grade.facts.openHazards)
        }
        let items = filter.queryItems
        let page = Model(
            heading: WebText.enterprisesTitle.text(chrome.township, in: language), action: WebRoutes.enterprises,
            hidden: chrome.contextQuery, colours: colours, tags: tags,
            search: filter.search, resetHref: chrome.link(WebRoutes.enterprises),
            matchingLine: WebText.matchingEnterprises.text(matching, in: language), hasRows: !rows.isEmpty, rows: rows,
            pager: WebPagerModel(page: page, pageCount: pageCount, link: {
                chrome.link(WebRoutes.enterprises, items + [WebQueryItem("page", String($0))])
            }, language: language),
            colourLabel: SupervisionText.colourLabel.text(in: language),
            lastLabel: SupervisionText.lastInspectionLabel.text(in: language),
            dueLabel: SupervisionText.nextDueLabel.text(in: language),
            openLabel: SupervisionText.openHazardsLabel.text(in: language))
        return WebPageModel(language: language, title: page.heading + " · " + WebText.appTitle.text(in: language),
                            chrome: WebChromeModel(chrome), page: page)
    }
}
