import CheckupCore
import CheckupReports
import Foundation
import Hummingbird

/// Turns every error into a short answer: an error page in the user's language (or, under
/// /api/, a JSON object `{"error": {"status", "message"}}`), with the status of `ServerError`.
/// A refusal by the station's rules (a hazard not rectified, a date not a date) is a 400 with
/// the rule's own message; anything else is a 500 that says nothing more and is logged. A GET
/// page asked for without signing in is redirected to /login. Every answer carries the headers
/// that keep a page from being framed, sniffed or cached.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = ServerContext
    let server: StationServer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            // Raised before the authentication middleware set the language (not signed in).
            var context = context
            context.language = server.language(request, query: server.query(request))
            response = answer(error, request: request, context: context)
        }
        Self.secure(&response.headers)
        return response
    }

    /// The headers every answer carries.
    static func secure(_ headers: inout HTTPFields) {
        headers[.init("X-Content-Type-Options")!] = "nosniff"
        headers[.init("X-Frame-Options")!] = "DENY"
        headers[.init("Referrer-Policy")!] = "same-origin"
        if headers[.cacheControl] == nil { headers[.cacheControl] = "no-store" }
        if headers[.init("Content-Security-Policy")!] == nil {
            headers[.init("Content-Security-Policy")!] = "default-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                + "script-src 'self' 'unsafe-inline'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        }
    }

    /// The answer to `error`.
    func answer(_ error: any Error, request: Request, context: Context) -> Response {
        let refusal = Self.serverError(error) ?? domainRefusal(error, context.language)
        guard let refusal else {
            server.logger.error("\(request.method.rawValue) \(request.uri.path): \(String(describing: error).prefix(500))")
            return Self.errorResponse(status: .internalServerError,
                                      message: ServerText.internalError.text(in: context.language), detail: nil,
                                      request: request, context: context)
        }
        if refusal == .notSignedIn, request.method == .get || request.method == .head, !Self.isAPI(request) {
            return Response(status: .seeOther, headers: [.location: "/login"])
        }
        var response = Self.errorResponse(status: refusal.status, message: refusal.message(context.language),
                                          detail: refusal.detail(context.language), request: request, context: context)
        if case .throttled(let seconds) = refusal { response.headers[.retryAfter] = String(seconds) }
        return response
    }

    /// The `ServerError` an error stands for, if it is one or one of Hummingbird's.
    static func serverError(_ error: any Error) -> ServerError? {
        if let error = error as? ServerError { return error }
        if let error = error as? any HTTPResponseError {
            switch error.status {
            case .notFound: return .notFound
            case .contentTooLarge: return .tooLarge(limit: 0)
            case .methodNotAllowed: return .methodNotAllowed
            case .unauthorized: return .notSignedIn
            default: return error.status.code < 500 ? .badRequest(error.status.reasonPhrase) : nil
            }
        }
        return nil
    }

    /// A refusal by the station's rules (an error of CheckupCore or CheckupReports: catalog
    /// messages naming the user's own input) as a 400; nil for anything else (a database error
    /// may quote SQL, so it is never shown).
    private func domainRefusal(_ error: any Error, _ language: Language) -> ServerError? {
        let type = String(reflecting: Swift.type(of: error))
        guard type.hasPrefix("CheckupCore.") || type.hasPrefix("CheckupReports.") else { return nil }
        return .badRequest(TerminalText.visible(String(describing: error)))
    }

    static func isAPI(_ request: Request) -> Bool {
        request.uri.path.hasPrefix("/api/")
    }

    /// An error answer: JSON under /api/ (with `message`), else the error page (which says what
    /// the status means, and `detail` when given).
    static func errorResponse(status: HTTPResponse.Status, message: String, detail: String?, request: Request,
                              context: Context) -> Response {
        if isAPI(request) {
            struct Body: Encodable {
                struct Detail: Encodable {
                    var status: Int
                    var message: String
                }
                var error: Detail
            }
            let data = (try? JSONOutput.encode(Body(error: .init(status: status.code, message: message)))) ?? Data()
            return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
        let html = Pages.error(status: status.code, detail: detail, context: context)
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}
