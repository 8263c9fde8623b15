import CheckupCore
import Hummingbird

/// Why a request was not answered with what it asked for. Each maps to one status and one
/// catalog message; nothing else (no stack trace, no SQL, no path of the server's files) reaches
/// the browser.
public enum ServerError: Error, Sendable, Equatable {
    /// 400: a parameter or field that is not allowed, with the reason (a catalog message).
    case badRequest(String)
    /// 401: not signed in (pages: a GET is redirected to /login instead).
    case notSignedIn
    /// 404: unknown, or another township's (the same answer, so nothing is told about it).
    case notFound
    /// 403: a form without its CSRF token, or with another session's.
    case csrf
    /// 403: admin only.
    case adminOnly
    /// 405: a method the route does not take.
    case methodNotAllowed
    /// 413: the body is over the upload limit (in bytes).
    case tooLarge(limit: Int)
    /// 429: sign-ins throttled for this many seconds.
    case throttled(seconds: Int)

    /// The HTTP status.
    public var status: HTTPResponse.Status {
        switch self {
        case .badRequest: .badRequest
        case .notSignedIn: .unauthorized
        case .notFound: .notFound
        case .csrf, .adminOnly: .forbidden
        case .methodNotAllowed: .methodNotAllowed
        case .tooLarge: .contentTooLarge
        case .throttled: .tooManyRequests
        }
    }

    /// The message in `language`.
    public func message(_ language: Language) -> String {
        switch self {
        case .badRequest(let reason): ServerText.badRequest.text(reason, in: language)
        case .notSignedIn: ServerText.notSignedIn.text(in: language)
        case .notFound: ServerText.notFound.text(in: language)
        case .csrf: ServerText.csrfRefused.text(in: language)
        case .adminOnly: ServerText.adminOnly.text(in: language)
        case .methodNotAllowed: ServerText.methodNotAllowed.text(in: language)
        case .tooLarge(let limit): ServerText.tooLarge.text(limit / 1_048_576, in: language)
        case .throttled(let seconds): ServerText.throttled.text(seconds, in: language)
        }
    }

    /// What the error page says beyond its status, if anything (nil where the status says it all).
    public func detail(_ language: Language) -> String? {
        switch self {
        case .notFound, .notSignedIn, .methodNotAllowed: nil
        default: message(language)
        }
    }

    /// A 400 for parameter `name` whose value `value` is not allowed.
    static func badParameter(_ name: String, _ value: String, _ language: Language) -> ServerError {
        .badRequest(ServerText.badParameter.text(name, value.prefix(80), in: language))
    }
}
