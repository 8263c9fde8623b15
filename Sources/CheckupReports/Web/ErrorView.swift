import CheckupCore

/// A short page for a refused request (400, 401, 403, 404, 413, 500 …): the status, a sentence in
/// the user's language from the message catalog, and a link home (or to the sign-in page). No
/// stack trace, no SQL: `detail`, when given, is a message meant for people (an error's
/// `description` from the message catalog).
public struct ErrorView: Sendable {
    /// The HTTP status.
    public var status: Int
    /// The page's language.
    public var language: Language
    /// A further sentence for people, if any (for example why an upload was refused).
    public var detail: String?
    /// Whether the user is signed in (the link goes home) or not (it goes to `/login`).
    public var signedIn: Bool

    /// Creates an error page.
    public init(status: Int, language: Language = .zh, detail: String? = nil, signedIn: Bool = true) {
        self.status = status
        self.language = language
        self.detail = detail
        self.signedIn = signedIn
    }
}
