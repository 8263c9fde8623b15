import CheckupCore
import Foundation

/// What every page template sees: the language, the title, the wording (`t.*`, every
/// `WebText` in the page's language by case name), the chrome of a signed-in page and the page's
/// own values (`page.*`).
struct WebPageModel<Page> {
    /// `zh-CN` or `en`.
    let lang: String
    /// The document title.
    let title: String
    /// `WebText` by case name, in the page's language.
    let t: [String: String]
    /// The header of a signed-in page (nil on the sign-in and error pages).
    let chrome: WebChromeModel?
    /// The page's values.
    let page: Page

    init(language: Language, title: String, chrome: WebChromeModel?, page: Page) {
        lang = language == .zh ? "zh-CN" : "en"
        self.title = title
        t = WebPageModel.labels(language)
        self.chrome = chrome
        self.page = page
    }

    /// Every `WebText` in `language`, by case name.
    static func labels(_ language: Language) -> [String: String] {
        language == .zh ? WebLabels.zh : WebLabels.en
    }
}

/// The wording of both languages, built once.
enum WebLabels {
    static let zh = Dictionary(uniqueKeysWithValues: WebText.allCases.map { ($0.rawValue, $0.text(in: .zh)) })
    static let en = Dictionary(uniqueKeysWithValues: WebText.allCases.map { ($0.rawValue, $0.text(in: .en)) })

    /// A language's own name, the text of the switch to it (中文 on an English page, English on a
    /// Chinese one): a name, the same in every language, so not a catalog message.
    static func endonym(_ language: Language) -> String {
        switch language {
        case .zh: "中文"
        case .en: "English"
        }
    }
}

/// A link: its text and where it goes (already percent-encoded; escaped again as HTML).
struct WebLinkModel {
    let label: String
    let href: String
    let current: Bool

    init(_ label: String, _ href: String, current: Bool = false) {
        self.label = label
        self.href = href
        self.current = current
    }
}

/// An option of a select field.
struct WebOptionModel {
    let value: String
    let label: String
    let selected: Bool
}

/// The header of a signed-in page.
struct WebChromeModel {
    let userLine: String
    let township: String
    let hasPicker: Bool
    let pickerAction: String
    let townships: [WebOptionModel]
    /// Query values the picker keeps (the page's filters and language), as hidden fields.
    let pickerHidden: [WebQueryItem]
    let nav: [WebLinkModel]
    let languageHref: String
    let languageTag: String
    let languageName: String
    let logoutAction: String
    let csrf: String
    let hasFlash: Bool
    let flashMessage: String
    let flashClass: String

    init(_ chrome: WebChrome) {
        let language = chrome.language
        let role: WebText = switch chrome.role {
        case .township: .roleTownship
        case .district: .roleDistrict
        case .admin: .roleAdmin
        }
        userLine = WebText.signedInAs.text(chrome.userName, role.text(in: language), in: language)
        township = chrome.township
        hasPicker = !chrome.townships.isEmpty
        pickerAction = chrome.path
        townships = chrome.townships.map { WebOptionModel(value: $0, label: $0, selected: $0 == chrome.township) }
        pickerHidden = chrome.query + (language == .zh ? [] : [WebQueryItem("lang", language.rawValue)])
        let sections: [(WebSection, WebText, String)] = [
            (.dashboard, .navDashboard, WebRoutes.dashboard), (.enterprises, .navEnterprises, WebRoutes.enterprises),
            (.hazards, .navHazards, WebRoutes.hazards), (.plan, .navPlan, WebRoutes.plan),
        ]
        nav = sections.map { section, text, path in
            WebLinkModel(text.text(in: language), chrome.link(path), current: chrome.section == section)
        }
        let other: Language = language == .zh ? .en : .zh
        languageHref = WebRoutes.link(chrome.path, chrome.query + (chrome.townships.isEmpty ? [] : [WebQueryItem("township", chrome.township)])
            + [WebQueryItem("lang", other.rawValue)])
        languageTag = other == .zh ? "zh-CN" : "en"
        languageName = WebLabels.endonym(other)
        logoutAction = WebRoutes.logout
        csrf = chrome.csrf
        hasFlash = chrome.flash != nil
        flashMessage = chrome.flash?.message ?? ""
        flashClass = chrome.flash?.kind == .error ? "flash error" : "flash info"
    }
}

/// A pager under a list: previous and next links keeping the filter, and "page n of m".
struct WebPagerModel {
    let show: Bool
    let hasPrevious: Bool
    let previous: String
    let hasNext: Bool
    let next: String
    let text: String

    init(page: Int, pageCount: Int, link: (Int) -> String, language: Language) {
        show = pageCount > 1
        hasPrevious = page > 1
        previous = page > 1 ? link(page - 1) : ""
        hasNext = page < pageCount
        next = page < pageCount ? link(page + 1) : ""
        text = WebText.pageOf.text(page, pageCount, in: language)
    }
}

/// One hazard as a row of a list (the dashboard's and `/hazards`).
struct WebHazardRow {
    let id: Int64
    let href: String
    let enterprise: String
    let enterpriseHref: String
    let creditCode: String
    let severity: String
    let major: Bool
    let layer: String
    let item: String
    let description: String
    let deadline: String
    let status: String
    let flags: [String]
    let overdue: Bool

    init(_ hazard: Hazard, enterprise: Enterprise?, now: Date, chrome: WebChrome,
         policy: EscalationPolicy = .standard) {
        let language = chrome.language
        id = hazard.id
        href = chrome.link(WebRoutes.hazard(hazard.id))
        self.enterprise = enterprise?.name ?? hazard.enterpriseCode
        enterpriseHref = chrome.link(WebRoutes.enterprise(hazard.enterpriseCode))
        creditCode = hazard.enterpriseCode
        severity = HazardNames.severity(hazard.severity, language)
        major = hazard.severity == .major
        layer = hazard.layer.name(language)
        item = hazard.itemTitle.isEmpty ? hazard.itemID : "\(hazard.itemID) \(hazard.itemTitle)"
        description = hazard.description
        deadline = Timestamp.day(hazard.deadline)
        status = HazardNames.standing(hazard.standing, language)
        overdue = hazard.isOverdue(at: now)
        var flags: [String] = []
        if overdue { flags.append(WebText.overdueDays.text(hazard.overdueDays(at: now), in: language)) }
        if policy.isUnreported(hazard, at: now) { flags.append(WebText.unreportedFlag.text(in: language)) }
        if hazard.supervision?.isListed == true { flags.append(WebText.supervisedFlag.text(in: language)) }
        self.flags = flags
    }
}

/// One enterprise's colour as a small chip.
struct WebColourModel {
    let name: String
    let hex: String
    let id: String

    init(_ colour: RiskColour, language: Language) {
        name = colour.name(language)
        hex = colour.hex
        id = colour.rawValue
    }
}
