import CheckupCore
import CheckupStore
import Foundation
import Hummingbird
import Logging
import NIOCore

/// `checkup serve`: the station in a browser. One value holds what every request needs — the
/// station (store, catalog, evidence), the configuration, the thread pool the store's blocking
/// calls run on (`StoreRunner`), the signed-in sessions and the sign-in throttle — and builds the
/// Hummingbird router and application over it.
public final class StationServer: Sendable {
    /// The station served.
    public let station: Station
    /// How it is served.
    public let configuration: ServerConfiguration
    /// Where the store's calls run.
    let runner: StoreRunner
    /// Signed-in sessions (in memory).
    let sessions: SessionTable
    /// Failed sign-ins.
    let throttle: LoginThrottle
    /// Dashboards and enterprise lists, kept while the store's data version is unchanged.
    let cache: ValueCache
    /// The log: one line per request, sign-ins and failures; never a password, cookie or token.
    let logger: Logger

    /// A server for `station`.
    public init(station: Station, configuration: ServerConfiguration, logger: Logger, runner: StoreRunner = StoreRunner()) {
        self.station = station
        self.configuration = configuration
        self.runner = runner
        self.logger = logger
        sessions = SessionTable(idle: configuration.sessionIdle)
        throttle = LoginThrottle()
        cache = ValueCache(lifetime: configuration.cacheLifetime)
    }

    /// The current moment.
    var now: Date { configuration.clock() }

    /// `body`'s value, computed on the store's threads.
    func store<T: Sendable>(_ body: @escaping @Sendable (Station) throws -> T) async throws -> T {
        let station = station
        return try await runner.run { try body(station) }
    }

    /// `body`'s value for `kind`, `township` and `detail` (the request's other inputs): the one
    /// kept in the cache while nothing was written to the store since it was computed (any
    /// process's write; `DataVersionStore`) and it is younger than the configuration's
    /// `cacheLifetime`, else computed now — once, however many requests ask at the same time.
    func cached<T: Sendable>(_ kind: String, township: String?, detail: String = "",
                             _ body: @escaping @Sendable () async throws -> T) async throws -> T {
        let now = self.now
        let version = try await store { try $0.store.dataVersion() }
        return try await cache.value(ValueCache.Key(kind: kind, township: township, detail: detail), version: version,
                                     now: now, make: body)
    }

    /// The router: middlewares and every route (docs/api.md lists them).
    public func router() -> Router<ServerContext> {
        let router = Router(context: ServerContext.self)
        router.add(middleware: AccessLogMiddleware(logger: logger))
        router.add(middleware: ErrorPageMiddleware(server: self))
        router.add(middleware: AuthenticationMiddleware(server: self))
        addLoginRoutes(to: router)
        addPageRoutes(to: router)
        addDownloadRoutes(to: router)
        addActionRoutes(to: router)
        addAPIRoutes(to: router)
        return router
    }

    /// The application, listening where the configuration says; `onRunning` gets the address
    /// actually bound (a port of 0 becomes a free one).
    public func application(onRunning: @escaping @Sendable (String) async -> Void = { _ in })
        -> some ApplicationProtocol {
        let listenLogger = logger
        return Application(
            router: router(),
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port),
                                                    serverName: nil),
            onServerRunning: { channel in
                let address = channel.localAddress.map { address -> String in
                    let host = address.ipAddress ?? "?"
                    return (host.contains(":") ? "[\(host)]" : host) + ":\(address.port ?? 0)"
                } ?? "?"
                await onRunning(address)
            },
            logger: Self.frameworkLogger(listenLogger)
        )
    }

    /// Hummingbird's own logger: warnings and errors only, so that the log keeps one line per
    /// request (AccessLogMiddleware's).
    private static func frameworkLogger(_ logger: Logger) -> Logger {
        var quiet = logger
        quiet.logLevel = max(logger.logLevel, .warning)
        return quiet
    }

    // MARK: The request's origin

    /// The client's address: the socket's peer, or with --trust-proxy the last address of
    /// X-Forwarded-For (the one the proxy added).
    func clientAddress(_ request: Request, _ context: ServerContext) -> String {
        if configuration.trustProxy, let forwarded = request.headers[.init("X-Forwarded-For")!] {
            let last = forwarded.split(separator: ",").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            if !last.isEmpty { return String(last.prefix(64)) }
        }
        return context.peerAddress ?? "-"
    }

    /// Whether the request came over TLS: only a trusted proxy's X-Forwarded-Proto says so (the
    /// server itself speaks plain HTTP).
    func cameOverTLS(_ request: Request) -> Bool {
        guard configuration.trustProxy, let proto = request.headers[.init("X-Forwarded-Proto")!] else { return false }
        return proto.split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } == "https"
    }

    // MARK: Language

    /// The answer's language: `?lang=` when given, else the `checkup_lang` cookie, else the
    /// server's default.
    func language(_ request: Request, query: FormData) -> Language {
        if let tag = query["lang"], let language = Language(tag: tag) { return language }
        if let tag = request.cookies["checkup_lang"]?.value, let language = Language(tag: tag) { return language }
        return configuration.language
    }
}
