import CheckupCore

extension LoginView {
    /// What `web-login.html` shows.
    struct Model {
        let action: String
        let csrf: String
        let name: String
        let hasMessage: Bool
        let message: String
        let messageClass: String
        let languageHref: String
        let languageTag: String
        let languageName: String
    }

    var model: WebPageModel<Model> {
        var message: String?
        var isError = true
        switch problem {
        case .failed: message = WebText.loginFailed.text(in: language)
        case .throttled(let seconds): message = WebText.loginThrottled.text(max(1, seconds), in: language)
        case .expired: message = WebText.loginExpired.text(in: language)
        case .signedOut:
            message = WebText.loginSignedOut.text(in: language)
            isError = false
        case nil: message = nil
        }
        let other: Language = language == .zh ? .en : .zh
        let page = Model(action: WebRoutes.link(WebRoutes.login, language == .zh ? [] : [WebQueryItem("lang", language.rawValue)]), csrf: csrf, name: name, hasMessage: message != nil,
                         message: message ?? "", messageClass: isError ? "flash error" : "flash info",
                         languageHref: WebRoutes.link(WebRoutes.login, [WebQueryItem("lang", other.rawValue)]),
                         languageTag: other == .zh ? "zh-CN" : "en", languageName: WebLabels.endonym(other))
        let title = WebText.loginTitle.text(in: language) + " · " + WebText.appTitle.text(in: language)
        return WebPageModel(language: language, title: title, chrome: nil, page: page)
    }
}
