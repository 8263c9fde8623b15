/// The site's routes, kept stable (issue 20, docs/api.md): every link a page writes is built
/// here, with path parts and query values percent-encoded.
public enum WebRoutes {
    /// `GET /login` (the form), `POST /login` (fields `name`, `password`, `csrf`).
    public static let login = "/login"
    /// `POST /logout` (field `csrf`).
    public static let logout = "/logout"
    /// `GET /`: the township dashboard.
    public static let dashboard = "/"
    /// `GET /enterprises` (query `colour`, `tag`, `q`, `page`).
    public static let enterprises = "/enterprises"
    /// `GET /hazards` (query `status`, `severity`, `overdue`, `supervised`, `unreported`,
    /// `enterprise`, `page`).
    public static let hazards = "/hazards"
    /// `GET /plan` (query `days`).
    public static let plan = "/plan"
    /// `GET /plan.ics` (query `days`).
    public static let planICS = "/plan.ics"
    /// `GET /reports/ledger.xlsx`.
    public static let ledgerXLSX = "/reports/ledger.xlsx"
    /// `GET /reports/ledger.csv`.
    public static let ledgerCSV = "/reports/ledger.csv"
    /// `GET /reports/township.html`.
    public static let townshipHTML = "/reports/township.html"

    /// `GET /enterprises/{code}`.
    public static func enterprise(_ code: String) -> String { "/enterprises/" + percentEncoded(code) }
    /// `GET /hazards/{id}`.
    public static func hazard(_ id: Int64) -> String { "/hazards/\(id)" }
    /// `POST /hazards/{id}/verify` (multipart: `note`, `evidence` files, `csrf`).
    public static func verify(_ id: Int64) -> String { "/hazards/\(id)/verify" }
    /// `POST /hazards/{id}/escalate` (fields `to`, `reference`, `at`, `csrf`).
    public static func escalate(_ id: Int64) -> String { "/hazards/\(id)/escalate" }
    /// `GET /sessions/{id}/notice.html`.
    public static func notice(session id: Int64) -> String { "/sessions/\(id)/notice.html" }

    /// `path` followed by `?name=value&…` (names and values percent-encoded), or `path` alone
    /// without query items.
    public static func link(_ path: String, _ query: [WebQueryItem]) -> String {
        guard !query.isEmpty else { return path }
        return path + "?" + query.map { percentEncoded($0.name) + "=" + percentEncoded($0.value) }.joined(separator: "&")
    }

    /// `text` percent-encoded as UTF-8: everything but the unreserved characters of RFC 3986
    /// (`A–Z a–z 0–9 - . _ ~`), so the result is safe as a path segment and as a query value.
    public static func percentEncoded(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                 UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
