import CheckupCore

/// `GET /login`: the sign-in form (fields `name`, `password`, `csrf`, posted to `/login`).
public struct LoginView: Sendable {
    /// Why the form is shown again.
    public enum Problem: Sendable, Hashable {
        /// Name or password wrong, or the user disabled (never said which).
        case failed
        /// Too many wrong passwords: wait this many seconds.
        case throttled(seconds: Int)
        /// The session expired after idle time.
        case expired
        /// Signed out (an information, not an error).
        case signedOut
    }

    /// The page's language.
    public var language: Language
    /// The pre-session CSRF token for the hidden `csrf` field.
    public var csrf: String
    /// The name typed before (kept after a failure), never the password.
    public var name: String
    /// Why the form is shown again, if it is.
    public var problem: Problem?

    /// Creates the sign-in page.
    public init(language: Language = .zh, csrf: String, name: String = "", problem: Problem? = nil) {
        self.language = language
        self.csrf = csrf
        self.name = name
        self.problem = problem
    }
}
