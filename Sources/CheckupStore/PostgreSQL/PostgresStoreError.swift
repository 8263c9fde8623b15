import CheckupCore
import Foundation

/// Why the PostgreSQL store could not be used: each names the server and the cause in one line.
public enum PostgresStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The database argument is not a usable `postgresql://` URL (argument without password, reason).
    case badURL(String, String)
    /// The server could not be reached or refused the connection (server, cause).
    case cannotConnect(server: String, cause: String)
    /// A working connection was lost mid-way (server, cause); the open transaction is rolled back.
    case connectionLost(server: String, cause: String)

    public var description: String {
        switch self {
        case .badURL(let url, let reason): PostgresText.badURL.text(url, reason)
        case .cannotConnect(let server, let cause): PostgresText.cannotConnect.text(server, cause)
        case .connectionLost(let server, let cause): PostgresConnectionText.connectionLost.text(server, cause)
        }
    }
}
