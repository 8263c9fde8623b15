import Foundation
import Hummingbird
import Logging

extension StationServer {
    /// Serves until SIGTERM or SIGINT, then stops taking connections, lets the requests in
    /// flight finish (ServiceLifecycle's graceful shutdown) and stops the store's threads.
    /// `onRunning` gets the address bound.
    public func run(onRunning: @escaping @Sendable (String) async -> Void) async throws {
        let app = application(onRunning: onRunning)
        do {
            try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
        } catch {
            try? await runner.shutdown()
            throw error
        }
        try await runner.shutdown()
    }
}

extension StationServer {
    /// The process's log, on standard error at level info (bootstrapped once per process).
    public static func standardErrorLog() -> Logger {
        _ = bootstrapped
        return Logger(label: "checkup.serve")
    }

    private static let bootstrapped: Void = {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = .info
            return handler
        }
    }()
}
