import CheckupCore
import CheckupReports

/// The HTML pages the middlewares answer with, rendered by CheckupReports' `WebPages` (the
/// routes' own pages call `WebPages` directly).
enum Pages {
    /// The sign-in form with its pre-session token.
    static func login(csrf: String, name: String, problem: LoginView.Problem?, language: Language) throws -> String {
        try WebPages.login(LoginView(language: language, csrf: csrf, name: name, problem: problem))
    }

    /// The short page of a refused request; `detail` says more when there is more to say (why a
    /// parameter was refused, how long to wait).
    static func error(status: Int, detail: String?, context: ServerContext) -> String {
        let view = ErrorView(status: status, language: context.language, detail: detail, signedIn: context.viewer != nil)
        // A template that fails to render is a bug of the build; the status still says enough.
        return (try? WebPages.error(view)) ?? ""
    }
}
