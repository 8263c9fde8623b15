import CheckupCore
import Foundation

/// The station's web pages (`checkup serve`, issue 20) as HTML: pure renderers, values in and
/// one self-contained page out (inline CSS, no scripts, no external files), Chinese first with
/// a switch to English (`?lang=en`), printable on A4, usable without JavaScript.
///
/// Every form that posts carries the session's token in a hidden field named `csrf`; every link
/// is built by `WebRoutes` (path parts and query values percent-encoded). Text from the data is
/// always inserted escaped (`WebTemplates`).
public enum WebPages {
    /// `GET /login`: the sign-in form.
    public static func login(_ view: LoginView) throws(TemplateError) -> String {
        try WebTemplates.render(view.model, "web-login.html")
    }

    /// `GET /`: the township dashboard.
    public static func dashboard(_ view: DashboardView, chrome: WebChrome) throws(TemplateError) -> String {
        try WebTemplates.render(view.model(chrome), "web-dashboard.html")
    }

    /// `GET /enterprises`: the filtered enterprise list.
    public static func enterprises(_ view: EnterpriseListView, chrome: WebChrome) throws(TemplateError) -> String {
        try WebTemplates.render(view.model(chrome), "web-enterprises.html")
    }

    /// `GET /enterprises/{code}`: one enterprise.
    public static func enterprise(_ view: EnterpriseView, chrome: WebChrome) throws(TemplateError) -> String {
        try WebTemplates.render(view.model(chrome), "web-enterprise.html")
    }

    /// `GET /hazards`: the filtered hazard list.
    public static func hazards(_ view: HazardListView, chrome: WebChrome) throws(TemplateError) -> String {
        try WebTemplates.render(view.model(chrome), "web-hazards.html")
    }

    /// `GET /hazards/{id}`: one hazard with its history, evidence and the allowed actions.
    public static func hazard(_ view: HazardView, chrome: WebChrome) throws(TemplateError) -> String {
        try WebTemplates.render(view.model(chrome), "web-hazard.html")
    }

    /// `GET /plan`: the due list with the `.ics` download.
    public static func plan(_ view: PlanView, chrome: WebChrome) throws(TemplateError) -> String {
        try WebTemplates.render(view.model(chrome), "web-plan.html")
    }

    /// A short page for a refused request (the status is the caller's to send).
    public static func error(_ view: ErrorView) throws(TemplateError) -> String {
        try WebTemplates.render(view.model, "web-error.html")
    }
}
