/// Messages of `checkup serve`: what it says on the terminal and the short error pages and JSON
/// errors it answers with (the pages themselves are rendered by CheckupReports' Web renderers).
public enum ServerText: String, CatalogMessage {
    /// `{0}` the address and port listened on.
    case listening
    /// The server stopped after finishing its requests.
    case stopped
    /// `{0}` the --listen value that is not HOST:PORT.
    case badListen
    /// 400: `{0}` what is wrong.
    case badRequest
    /// 401: sign in first.
    case notSignedIn
    /// 403: only admins manage users.
    case adminOnly
    /// 404: nothing here (also for another township's records, so as to say nothing of them).
    case notFound
    /// 405.
    case methodNotAllowed
    /// 413: `{0}` the limit in MB.
    case tooLarge
    /// 429: `{0}` seconds to wait.
    case throttled
    /// 403 on a form without its token (or with an old one).
    case csrfRefused
    /// 500: nothing more is said to the browser.
    case internalError
    /// Login refused: wrong name or password, or a disabled user (one message for all).
    case loginFailed
    /// A parameter `{0}` with a value `{1}` that is not allowed.
    case badParameter
    /// `{0}` the field left empty.
    case fieldRequired
    /// Log: failed sign-in of `{0}` from `{1}` (`{2}` failures in a row).
    case logLoginFailed
    /// Log: sign-in refused for `{0}` from `{1}`: throttled for `{2}` s.
    case logThrottled
    /// Log: `{0}` signed in from `{1}`.
    case logSignedIn
    /// After the verify form: done.
    case doneVerify
    /// After the escalate form: done.
    case doneEscalate

    public var zh: String {
        switch self {
        case .listening: "checkup serve 已启动，监听 http://{0}（Ctrl-C 或 SIGTERM 停止）"
        case .stopped: "checkup serve 已停止"
        case .badListen: "--listen 应为 主机:端口，例如 127.0.0.1:8080，而不是“{0}”"
        case .badRequest: "请求有误：{0}"
        case .notSignedIn: "请先登录。"
        case .adminOnly: "只有管理员可以管理用户。"
        case .notFound: "没有找到这一页或这条记录。"
        case .methodNotAllowed: "不支持这种请求方式。"
        case .tooLarge: "上传的文件太大：最多 {0} MB。"
        case .throttled: "登录失败次数过多，请 {0} 秒后再试。"
        case .csrfRefused: "表单已过期或来源不明，请返回刷新页面后重新提交。"
        case .internalError: "服务器内部错误，已记录在日志中。请稍后再试或联系管理员。"
        case .loginFailed: "用户名或密码不正确。"
        case .badParameter: "参数 {0} 的值“{1}”无效"
        case .fieldRequired: "请填写 {0}"
        case .logLoginFailed: "登录失败：用户“{0}”，来自 {1}（连续 {2} 次）"
        case .logThrottled: "登录被限速：用户“{0}”，来自 {1}，需等待 {2} 秒"
        case .logSignedIn: "已登录：用户“{0}”，来自 {1}"
        case .doneVerify: "已记录复查结果。"
        case .doneEscalate: "已记录上报。"
        }
    }

    public var en: String {
        switch self {
        case .listening: "checkup serve is listening on http://{0} (Ctrl-C or SIGTERM stops it)"
        case .stopped: "checkup serve stopped"
        case .badListen: "--listen takes HOST:PORT, e.g. 127.0.0.1:8080, not \"{0}\""
        case .badRequest: "Bad request: {0}"
        case .notSignedIn: "Please sign in first."
        case .adminOnly: "Only administrators manage users."
        case .notFound: "No such page or record."
        case .methodNotAllowed: "This request method is not supported here."
        case .tooLarge: "The upload is too large: at most {0} MB."
        case .throttled: "Too many failed sign-ins; try again in {0} seconds."
        case .csrfRefused: "The form has expired or did not come from this site; go back, reload the page and submit again."
        case .internalError: "Internal server error; it has been logged. Try again later or ask the administrator."
        case .loginFailed: "Wrong user name or password."
        case .badParameter: "parameter {0} has a value that is not allowed: \"{1}\""
        case .fieldRequired: "{0} is required"
        case .logLoginFailed: "sign-in failed: user \"{0}\" from {1} ({2} in a row)"
        case .logThrottled: "sign-in throttled: user \"{0}\" from {1}, wait {2} s"
        case .logSignedIn: "signed in: user \"{0}\" from {1}"
        case .doneVerify: "The re-inspection is recorded."
        case .doneEscalate: "The report is recorded."
        }
    }
}
