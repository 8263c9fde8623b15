import ArgumentParser
import CheckupCore
import CheckupServer
import CheckupStore
import Foundation

/// `checkup serve --listen 127.0.0.1:8080`: the station in a browser.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the station to township and district staff (网页服务).",
        discussion: """
        Pages, downloads and a JSON API over the station database (SQLite, or a district's \
        PostgreSQL server with --database postgresql://…), for the users of `checkup user`. \
        Routes and keys: docs/api.md; running it behind nginx for TLS: docs/deployment.md.

        Logs one line per request on stderr (method, path, status, milliseconds; never a \
        password, cookie or token), and sign-ins and failed ones. SIGTERM or SIGINT stops it \
        after the requests in flight finish (exit 0). Sessions live in the server's memory: a \
        restart signs everyone out.

        --trust-proxy honours X-Forwarded-For (the client's address, for the sign-in throttle \
        and the log) and X-Forwarded-Proto (https makes cookies Secure): set it only when a \
        reverse proxy in front sets both headers.
        """
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var languageOptions: LanguageOptions
    @OptionGroup var policyOptions: PolicyOptions

    @Option(help: ArgumentHelp("Address and port to listen on (port 0: any free port).", valueName: "host:port"))
    var listen: String = "127.0.0.1:8080"

    @Flag(name: .customLong("trust-proxy"), help: "Honour X-Forwarded-For and X-Forwarded-Proto from a reverse proxy.")
    var trustProxy = false

    @Option(name: .customLong("session-idle"), help: ArgumentHelp("Minutes without a request before a session ends.",
                                                                  valueName: "minutes"))
    var sessionIdle: Int = 30

    @Option(name: .customLong("upload-limit"), help: ArgumentHelp("Largest upload in MB (413 above).", valueName: "mb"))
    var uploadLimit: Int = 20

    func validate() throws {
        if ServerConfiguration.listenAddress(listen) == nil {
            throw ValidationError(ServerText.badListen.text(listen))
        }
        guard (1...1440).contains(sessionIdle) else { throw ValidationError("--session-idle must be between 1 and 1440") }
        guard (1...512).contains(uploadLimit) else { throw ValidationError("--upload-limit must be between 1 and 512") }
    }

    func run() throws {
        guard let (host, port) = ServerConfiguration.listenAddress(listen) else { throw ExitCode(2) }
        let opened = try station.openStation()
        let configuration = ServerConfiguration(host: host, port: port, trustProxy: trustProxy,
                                                language: languageOptions.lang, sessionIdle: TimeInterval(sessionIdle * 60),
                                                uploadLimit: uploadLimit * 1_048_576, policy: try policyOptions.load())
        let server = StationServer(station: opened, configuration: configuration, logger: StationServer.standardErrorLog())
        let language = languageOptions.lang
        let outcome = ServeOutcome()
        let done = DispatchSemaphore(value: 0)
        // Detached: the main thread waits below and must not be the one the server needs.
        Task.detached {
            do {
                try await server.run { address in
                    Terminal.error(ServerText.listening.text(address, in: language))
                }
            } catch {
                outcome.value = error
            }
            done.signal()
        }
        done.wait()
        (opened.store as? PostgresStationStore)?.close()
        if let error = outcome.value { throw error }
        Terminal.error(ServerText.stopped.text(in: language))
    }
}

/// The server task's error, handed to the waiting main thread (written before the semaphore is
/// signalled, read after it is waited for).
final class ServeOutcome: @unchecked Sendable {
    var value: (any Error)?
}
