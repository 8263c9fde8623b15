import CheckupCore
import Foundation

/// Why `checkup sync` could not run or stopped: each one line.
public enum SyncError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The local database argument names a server (the argument).
    case localIsServer(String)
    /// No SQLite database at the path.
    case noLocalDatabase(String)
    /// `--to` is not a `postgresql://` URL (the argument).
    case targetNotServer(String)
    /// The connection failed mid-push (server, cause); committed batches stay on the server.
    case interrupted(server: String, cause: String)

    public var description: String {
        switch self {
        case .localIsServer(let argument): SyncText.localIsServer.text(argument)
        case .noLocalDatabase(let path): SyncText.noLocalDatabase.text(path)
        case .targetNotServer(let argument): SyncText.targetNotServer.text(argument)
        case .interrupted(let server, let cause): SyncText.interrupted.text(server, cause)
        }
    }
}
