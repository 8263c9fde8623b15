import CheckupCore
import Foundation

/// How `checkup serve` runs: where it listens, whether it trusts a reverse proxy's headers, the
/// default language, session and upload limits, the supervision policy and the clock.
public struct ServerConfiguration: Sendable {
    /// Host to bind (an address: 127.0.0.1 behind a proxy on the same machine).
    public var host: String
    /// Port to bind (0: any free port, said on stderr once listening).
    public var port: Int
    /// Honour X-Forwarded-For (client address) and X-Forwarded-Proto (https: Secure cookies) —
    /// only when a reverse proxy sets them, else a client could claim any address.
    public var trustProxy: Bool
    /// The pages' language unless the user switches (?lang=en, kept in a cookie).
    public var language: Language
    /// A signed-in session ends after this long without a request.
    public var sessionIdle: TimeInterval
    /// The largest request body accepted (an evidence upload with its form), in bytes: 413 above.
    public var uploadLimit: Int
    /// The supervision policy (colours, due days) of dashboards, plans and notices.
    public var policy: SupervisionPolicy
    /// The clock (tests pass a fixed one).
    public var clock: @Sendable () -> Date
    /// How long a dashboard or enterprise list is reused while nothing is written to the store
    /// (0: computed on every request). It bounds how late the clock's own changes show: a
    /// hazard passing its deadline, a day's visits coming due.
    public var cacheLifetime: TimeInterval

    /// Creates a configuration.
    public init(host: String = "127.0.0.1", port: Int = 8080, trustProxy: Bool = false, language: Language = .zh,
                sessionIdle: TimeInterval = 30 * 60, uploadLimit: Int = 20 * 1_048_576, policy: SupervisionPolicy,
                clock: @escaping @Sendable () -> Date = { Date() }, cacheLifetime: TimeInterval = 60) {
        self.host = host
        self.port = port
        self.trustProxy = trustProxy
        self.language = language
        self.sessionIdle = sessionIdle
        self.uploadLimit = uploadLimit
        self.policy = policy
        self.clock = clock
        self.cacheLifetime = cacheLifetime
    }

    /// `HOST:PORT` (`[v6]:PORT` for IPv6) split, or nil when it is not one.
    public static func listenAddress(_ text: String) -> (host: String, port: Int)? {
        let host: Substring
        let portText: Substring
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]"), text[text.index(after: close)...].hasPrefix(":") else { return nil }
            host = text[text.index(after: text.startIndex)..<close]
            portText = text[text.index(close, offsetBy: 2)...]
        } else {
            guard let colon = text.lastIndex(of: ":") else { return nil }
            host = text[..<colon]
            portText = text[text.index(after: colon)...]
        }
        guard !host.isEmpty, let port = Int(portText), (0...65535).contains(port) else { return nil }
        return (String(host), port)
    }
}
