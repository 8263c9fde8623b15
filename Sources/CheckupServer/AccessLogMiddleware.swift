import CheckupCore
import Foundation
import Hummingbird
import Logging

/// One log line per request: method, path (never the query, which may carry search text, and
/// never a header: no cookie, token or password is logged), status and milliseconds.
struct AccessLogMiddleware: RouterMiddleware {
    typealias Context = ServerContext
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response {
        let start = ContinuousClock.now
        do {
            let response = try await next(request, context)
            log(request, status: response.status.code, since: start)
            return response
        } catch {
            log(request, status: (error as? any HTTPResponseError)?.status.code ?? 500, since: start)
            throw error
        }
    }

    private func log(_ request: Request, status: Int, since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        let path = TerminalText.visible(String(request.uri.path.prefix(200)))
        logger.info("\(request.method.rawValue) \(path) \(status) \(String(format: "%.1f", milliseconds)) ms")
    }
}
