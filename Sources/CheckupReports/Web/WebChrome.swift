import CheckupCore
import Foundation

/// What a signed-in user may do: a township user sees and acts on its own township, a district
/// user on every township of the district, an admin manages users (issue 20).
public enum WebRole: String, Sendable, Hashable, CaseIterable {
    /// 乡镇用户: one township.
    case township
    /// 区县用户: every township, picking one at a time.
    case district
    /// 管理员: manages users.
    case admin
}

/// The part of the site a page belongs to, highlighted in the navigation.
public enum WebSection: String, Sendable, Hashable, CaseIterable {
    /// `/`: the township dashboard.
    case dashboard
    /// `/enterprises` and `/enterprises/{code}`.
    case enterprises
    /// `/hazards` and `/hazards/{id}`.
    case hazards
    /// `/plan`.
    case plan
}

/// A one-time message shown at the top of a page after an action (a Post/Redirect/Get flash).
public struct WebFlash: Sendable, Hashable {
    /// How the message is shown.
    public enum Kind: String, Sendable, Hashable {
        /// Something done (green).
        case info
        /// Something refused (red).
        case error
    }

    /// The message, already in the user's language (from the message catalog or an error's
    /// `description`); inserted escaped.
    public var message: String
    /// Info or error.
    public var kind: Kind

    /// Creates a flash message.
    public init(_ message: String, kind: Kind = .info) {
        self.message = message
        self.kind = kind
    }
}

/// One query parameter of a link, kept apart so that it is percent-encoded when the link is
/// built (`WebRoutes.link`).
public struct WebQueryItem: Sendable, Hashable {
    /// The parameter's name.
    public var name: String
    /// Its value (not yet encoded).
    public var value: String

    /// Creates a parameter.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// What every signed-in page shows around its content: who is signed in and in which township,
/// the navigation, the township picker of a district user, the language switch, the sign-out
/// form (with the CSRF token) and a flash message.
///
/// The township a page is about is `township`. When `townships` is not empty (a district user)
/// the page shows a picker (a GET form with a `township` field, to the same path) and every link
/// and GET form carries `township=…`, so the server may read the choice from the query on every
/// request; for a township user the links carry no township. Likewise an English page's links
/// and forms carry `lang=en`; the language switch links to the same page with `lang=en` or
/// `lang=zh`.
public struct WebChrome: Sendable {
    /// The signed-in user's name.
    public var userName: String
    /// The user's role.
    public var role: WebRole
    /// The township the page shows.
    public var township: String
    /// The townships a district user may pick (empty for a township user).
    public var townships: [String]
    /// The page's language (`?lang=zh|en`).
    public var language: Language
    /// The session's CSRF token, put in a hidden `csrf` field of every form that posts.
    public var csrf: String
    /// The section highlighted in the navigation (nil: none).
    public var section: WebSection?
    /// A message to show once, if any.
    public var flash: WebFlash?
    /// The page's path (for example `/hazards`), which the language switch and the township
    /// picker link back to.
    public var path: String
    /// The page's query (filters) without `lang` and `township`, kept by the language switch.
    public var query: [WebQueryItem]

    /// Creates the chrome of a page.
    public init(userName: String, role: WebRole, township: String, townships: [String] = [], language: Language = .zh,
                csrf: String, section: WebSection? = nil, flash: WebFlash? = nil, path: String = "/",
                query: [WebQueryItem] = []) {
        self.userName = userName
        self.role = role
        self.township = township
        self.townships = townships
        self.language = language
        self.csrf = csrf
        self.section = section
        self.flash = flash
        self.path = path
        self.query = query
    }

    /// What every link and GET form of the page carries: `township=…` when the user picks
    /// townships, and `lang=en` when the page is in English (Chinese is the default).
    var contextQuery: [WebQueryItem] {
        (townships.isEmpty ? [] : [WebQueryItem("township", township)])
            + (language == .zh ? [] : [WebQueryItem("lang", language.rawValue)])
    }

    /// A link to the page `path` with `query` and the page's context (`contextQuery`).
    func link(_ path: String, _ query: [WebQueryItem] = []) -> String {
        WebRoutes.link(path, query + contextQuery)
    }
}
