import CheckupCore
import Foundation
import Hummingbird

/// Finds who is asking, on every request but the sign-in page's: an `Authorization: Bearer`
/// API token (`checkup user token`), else the session cookie. The user is read from the
/// database each time, so a disabled user's cookie and token stop working at once. It also sets
/// the answer's language (`?lang=` is kept in a cookie).
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = ServerContext
    let server: StationServer

    /// The session cookie's name.
    static let sessionCookie = "checkup_session"
    /// What answers without signing in: the sign-in form, and the icon browsers ask for on
    /// their own (a 404, rather than a redirect to the form).
    static let publicPaths: Set<String> = ["/login", "/favicon.ico"]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response {
        var context = context
        let query = FormData(urlEncoded: Substring(request.uri.query ?? ""))
        context.language = server.language(request, query: query)
        if !Self.publicPaths.contains(request.uri.path) {
            context.viewer = try await viewer(request)
        }
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            // Answered here, where the language and the user are known.
            response = ErrorPageMiddleware(server: server).answer(error, request: request, context: context)
        }
        if let tag = query["lang"], let language = Language(tag: tag) {
            response.setCookie(Cookie(name: "checkup_lang", value: language.rawValue, maxAge: 365 * 86_400, path: "/",
                                      secure: server.cameOverTLS(request), httpOnly: true, sameSite: .lax))
        }
        return response
    }

    /// The signed-in user, or `ServerError.notSignedIn`.
    private func viewer(_ request: Request) async throws -> Viewer {
        if let authorization = request.headers[.authorization] {
            guard authorization.hasPrefix("Bearer ") else { throw ServerError.notSignedIn }
            let hash = APIToken.hash(String(authorization.dropFirst("Bearer ".count)).trimmingCharacters(in: .whitespaces))
            guard let user = try await server.store({ try $0.store.user(tokenHash: hash) }), !user.disabled else {
                throw ServerError.notSignedIn
            }
            return Viewer(user: user, sessionID: nil, csrf: nil)
        }
        guard let id = request.cookies[Self.sessionCookie]?.value,
              let entry = await server.sessions.touch(id, now: server.now) else {
            throw ServerError.notSignedIn
        }
        let name = entry.user
        guard let user = try await server.store({ try $0.store.user(named: name) }), !user.disabled else {
            await server.sessions.remove(id)
            throw ServerError.notSignedIn
        }
        return Viewer(user: user, sessionID: id, csrf: entry.csrf)
    }
}
