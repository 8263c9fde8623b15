import CheckupCore
import CheckupReports
import Foundation
import Hummingbird

extension StationServer {
    /// The pre-session cookie whose value the sign-in form must echo in its `csrf` field.
    static let loginCookie = "checkup_login"

    /// `GET /login`, `POST /login` (fields `name`, `password`, `csrf`), `POST /logout` (`csrf`).
    func addLoginRoutes(to router: Router<ServerContext>) {
        router.get("/login") { request, context in
            if let id = request.cookies[AuthenticationMiddleware.sessionCookie]?.value,
               await self.sessions.touch(id, now: self.now) != nil {
                return Self.seeOther("/")
            }
            let signedOut = self.query(request)["out"] == "1"
            return try self.loginPage(request, context, name: "", problem: signedOut ? .signedOut : nil, status: .ok)
        }
        router.post("/login") { request, context in
            try await self.signIn(request, context)
        }
        router.post("/logout") { request, context in
            let viewer = try self.viewer(context)
            _ = try await self.readForm(request, context)
            if let id = viewer.sessionID { await self.sessions.remove(id) }
            var response = Self.seeOther("/login?out=1")
            response.setCookie(self.expired(AuthenticationMiddleware.sessionCookie, path: "/", request))
            return response
        }
    }

    /// The sign-in form with its pre-session token (in a cookie and in the form): the browser's
    /// own when it has one, so that a second tab or a background request (a favicon) that loads
    /// the form again does not spoil the first; else a fresh one.
    private func loginPage(_ request: Request, _ context: ServerContext, name: String, problem: LoginView.Problem?,
                           status: HTTPResponse.Status) throws -> Response {
        let presented = request.cookies[Self.loginCookie]?.value ?? ""
        let token = Secrets.isToken(presented) ? presented : Secrets.token()
        var response = Self.html(try Pages.login(csrf: token, name: name, problem: problem, language: context.language),
                                 status: status)
        response.setCookie(Cookie(name: Self.loginCookie, value: token, path: "/login", secure: cameOverTLS(request),
                                  httpOnly: true, sameSite: .lax))
        return response
    }

    /// Checks a sign-in: the form's token against the pre-session cookie, the throttle, then the
    /// password (bcrypt, on the store's threads; a made-up hash for an unknown name, so that an
    /// unknown name takes as long as a wrong password). Failures are counted and logged.
    private func signIn(_ request: Request, _ context: ServerContext) async throws -> Response {
        let form = try await readForm(request, context)
        guard let cookie = request.cookies[Self.loginCookie]?.value, let given = form["csrf"],
              Secrets.equal(given, cookie) else { throw ServerError.csrf }
        let name = Names.normalised(form["name"] ?? "")
        let password = form["password"] ?? ""
        let address = clientAddress(request, context)
        let wait = await throttle.wait(name: name, address: address, now: now)
        if wait > 0 {
            logger.warning("\(ServerText.logThrottled.text(TerminalText.visible(name), address, wait, in: .en))")
            var response = try loginPage(request, context, name: name, problem: .throttled(seconds: wait),
                                         status: .tooManyRequests)
            response.headers[.retryAfter] = String(wait)
            return response
        }
        let user: User? = try await store { station in
            let credentials = try station.store.credentials(named: name)
            let matches = PasswordHasher.verify(password, against: credentials?.passwordHash ?? PasswordHasher.decoy)
            guard let credentials, matches, !credentials.user.disabled else { return nil }
            return credentials.user
        }
        guard let user else {
            let count = await throttle.failed(name: name, address: address, now: now)
            logger.warning("\(ServerText.logLoginFailed.text(TerminalText.visible(name), address, count, in: .en))")
            return try loginPage(request, context, name: name, problem: .failed, status: .unauthorized)
        }
        await throttle.succeeded(name: name, address: address)
        let session = await sessions.create(user: user.name, now: now)
        logger.info("\(ServerText.logSignedIn.text(TerminalText.visible(user.name), address, in: .en))")
        var response = Self.seeOther("/")
        response.setCookie(Cookie(name: AuthenticationMiddleware.sessionCookie, value: session.id, path: "/",
                                  secure: cameOverTLS(request), httpOnly: true, sameSite: .lax))
        response.setCookie(expired(Self.loginCookie, path: "/login", request))
        return response
    }

    /// A cookie that deletes `name`.
    func expired(_ name: String, path: String, _ request: Request) -> Cookie {
        Cookie(name: name, value: "", maxAge: 0, path: path, secure: cameOverTLS(request), httpOnly: true, sameSite: .lax)
    }
}
