import CheckupCore

extension ErrorView {
    /// What `web-error.html` shows.
    struct Model {
        let status: Int
        let heading: String
        let message: String
        let hasDetail: Bool
        let detail: String
        let href: String
        let linkLabel: String
    }

    /// The sentence for `status`.
    static func message(_ status: Int) -> WebText {
        switch status {
        case 400: .error400
        case 401: .error401
        case 403: .error403
        case 404: .error404
        case 405: .error405
        case 413: .error413
        case 429: .error429
        case 500...599: .error500
        default: .errorOther
        }
    }

    var model: WebPageModel<Model> {
        let heading = WebText.errorTitle.text(status, in: language)
        let page = Model(status: status, heading: heading, message: Self.message(status).text(in: language),
                         hasDetail: !(detail ?? "").isEmpty, detail: detail ?? "",
                         href: signedIn ? WebRoutes.dashboard : WebRoutes.login,
                         linkLabel: (signedIn ? WebText.backHome : WebText.toLogin).text(in: language))
        return WebPageModel(language: language, title: heading + " · " + WebText.appTitle.text(in: language),
                            chrome: nil, page: page)
    }
}
