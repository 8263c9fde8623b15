import CheckupCore
import Foundation

/// A `postgresql://user[:password]@host[:port]/dbname[?sslmode=…]` database argument, parsed.
/// The password may also come from `PGPASSWORD` or `~/.pgpass` (as libpq reads them); TLS
/// follows `sslmode` (`disable`, `require`, `verify-full`; `prefer` when absent, as libpq).
public struct PostgresURL: Sendable, Hashable {
    /// How the connection uses TLS.
    public enum SSLMode: String, Sendable, Hashable {
        /// Plain TCP.
        case disable
        /// TLS if the server offers it, else plain (libpq's default).
        case prefer
        /// TLS or no connection, without checking the certificate.
        case require
        /// TLS with the certificate checked against the system's roots and the host name.
        case verifyFull = "verify-full"
    }

    /// Server host name or address.
    public var host: String
    /// Server port.
    public var port: Int
    /// Role to connect as.
    public var user: String
    /// Password, when the URL, `PGPASSWORD` or `~/.pgpass` gives one.
    public var password: String?
    /// Database name.
    public var database: String
    /// TLS use.
    public var sslMode: SSLMode

    /// Whether `argument` names a PostgreSQL database rather than a SQLite file.
    public static func isURL(_ argument: String) -> Bool {
        let lower = argument.lowercased()
        return lower.hasPrefix("postgresql://") || lower.hasPrefix("postgres://")
    }

    /// Parses `argument`; throws `PostgresStoreError.badURL` naming what is wrong.
    public init(_ argument: String, environment: [String: String] = ProcessInfo.processInfo.environment,
                home: String = NSHomeDirectory()) throws(PostgresStoreError) {
        guard Self.isURL(argument), let components = URLComponents(string: argument) else {
            throw .badURL(Self.redacted(argument), PostgresText.urlForm.text())
        }
        guard let host = components.host, !host.isEmpty else {
            throw .badURL(Self.redacted(argument), PostgresText.urlNoHost.text())
        }
        self.host = host
        port = components.port ?? 5432
        user = components.user.flatMap { $0.removingPercentEncoding } ?? environment["PGUSER"] ?? "postgres"
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        guard !path.isEmpty, !path.contains("/") else {
            throw .badURL(Self.redacted(argument), PostgresText.urlNoDatabase.text())
        }
        database = path.removingPercentEncoding ?? path
        var mode = SSLMode.prefer
        for item in components.queryItems ?? [] {
            switch item.name {
            case "sslmode":
                guard let value = item.value, let parsed = SSLMode(rawValue: value) else {
                    throw .badURL(Self.redacted(argument), PostgresText.urlSSLMode.text(item.value ?? ""))
                }
                mode = parsed
            default:
                throw .badURL(Self.redacted(argument), PostgresText.urlParameter.text(item.name))
            }
        }
        sslMode = mode
        password = components.password.flatMap { $0.removingPercentEncoding }
            ?? environment["PGPASSWORD"].flatMap { $0.isEmpty ? nil : $0 }
            ?? Self.pgpass(path: environment["PGPASSFILE"] ?? (home as NSString).appendingPathComponent(".pgpass"),
                           host: host, port: port, database: database, user: user)
    }

    /// The URL without its password, for messages.
    public var display: String {
        "postgresql://\(user)@\(host):\(port)/\(database)"
    }

    /// `argument` with any password replaced by `***`, for messages about a URL that did not parse.
    public static func redacted(_ argument: String) -> String {
        guard let at = argument.lastIndex(of: "@"), let scheme = argument.range(of: "://"),
              scheme.upperBound < at else { return argument }
        let credentials = argument[scheme.upperBound..<at]
        guard let colon = credentials.firstIndex(of: ":") else { return argument }
        return String(argument[..<colon]) + ":***" + String(argument[at...])
    }

    /// The password `~/.pgpass` gives for this server, database and role (lines
    /// `host:port:database:user:password`, `*` matching anything, `\:` and `\\` escaped), as
    /// libpq reads it; nil when the file is missing or no line matches.
    static func pgpass(path: String, host: String, port: Int, database: String, user: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            return nil
        }
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            var fields: [String] = []
            var field = ""
            var escaped = false
            for character in line {
                if escaped {
                    field.append(character)
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == ":" && fields.count < 4 {
                    fields.append(field)
                    field = ""
                } else {
                    field.append(character)
                }
            }
            fields.append(field)
            guard fields.count == 5 else { continue }
            let wanted = [host, String(port), database, user]
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }
}
