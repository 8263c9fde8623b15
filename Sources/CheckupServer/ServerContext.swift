import CheckupCore
import Hummingbird
import NIOCore

/// Who is asking: the signed-in user (read from the database on this request), how they signed
/// in, and the language of the answer.
public struct Viewer: Sendable {
    /// The user, as stored now.
    public var user: User
    /// The session's id (nil for an API token).
    public var sessionID: String?
    /// The session's CSRF token (nil for an API token, which needs none: no cookie is involved).
    public var csrf: String?
}

/// The request context of `checkup serve`: Hummingbird's core storage, the peer's address, and
/// what the authentication middleware found.
public struct ServerContext: RequestContext {
    /// Hummingbird's own storage.
    public var coreContext: CoreRequestContextStorage
    /// The peer's address as the socket sees it (a proxy's, behind one).
    public let peerAddress: String?
    /// The signed-in user, when there is one.
    public var viewer: Viewer?
    /// The language of this answer.
    public var language: Language = .zh

    /// A context for a request arriving on `source`'s channel.
    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        peerAddress = source.channel.remoteAddress?.ipAddress
    }
}
