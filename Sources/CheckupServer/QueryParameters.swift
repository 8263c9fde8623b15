import CheckupCore
import CheckupReports
import CheckupStore
import Foundation

/// Reading the query parameters the routes take, refusing (400) a value that is not allowed
/// rather than ignoring it.
enum QueryParameters {
    /// A yes/no parameter: absent, empty, 0, false, off or no is false; 1, true, on or yes true.
    static func flag(_ query: FormData, _ name: String, _ language: Language) throws -> Bool {
        guard let value = query[name]?.lowercased() else { return false }
        switch value {
        case "", "0", "false", "off", "no": return false
        case "1", "true", "on", "yes": return true
        default: throw ServerError.badParameter(name, value, language)
        }
    }

    /// An enum parameter by raw value (nil when absent or empty).
    static func value<T: RawRepresentable>(_ query: FormData, _ name: String, as type: T.Type, _ language: Language) throws
        -> T? where T.RawValue == String {
        guard let text = query[name], !text.isEmpty else { return nil }
        guard let value = T(rawValue: text) else { throw ServerError.badParameter(name, text, language) }
        return value
    }

    /// An integer parameter within `range`, or `fallback` when absent or empty.
    static func integer(_ query: FormData, _ name: String, in range: ClosedRange<Int>, fallback: Int,
                        _ language: Language) throws -> Int {
        guard let text = query[name], !text.isEmpty else { return fallback }
        guard let value = Int(text), range.contains(value) else { throw ServerError.badParameter(name, text, language) }
        return value
    }

    /// The hazard list a query asks for (`status`, `severity`, `enterprise`, `overdue`,
    /// `unreported`, `supervised`), in `township`: the same filters as `hazard list`.
    static func hazards(_ query: FormData, township: String?, _ language: Language) throws -> HazardListQuery {
        let filter = HazardFilter(township: township,
                                  enterprise: query["enterprise"].flatMap { $0.isEmpty ? nil : CreditCode.normalise($0) },
                                  status: try value(query, "status", as: HazardStatus.self, language),
                                  severity: try value(query, "severity", as: HazardSeverity.self, language))
        return HazardListQuery(filter: filter, overdue: try flag(query, "overdue", language),
                               unreported: try flag(query, "unreported", language),
                               supervised: try flag(query, "supervised", language))
    }

    /// The period of `from` and `to` (ISO 8601 dates or times, station time; either open).
    static func period(_ query: FormData, _ language: Language) throws -> ScorePeriod {
        let from = query["from"].flatMap { $0.isEmpty ? nil : $0 }
        let to = query["to"].flatMap { $0.isEmpty ? nil : $0 }
        for (name, text) in [("from", from), ("to", to)] {
            if let text, Timestamp.parse(text) == nil { throw ServerError.badParameter(name, text, language) }
        }
        guard let period = ScorePeriod(from: from, to: to), !period.isEmpty else {
            throw ServerError.badParameter("from", from ?? "", language)
        }
        return period
    }

    /// The ledger a query asks for (`from`, `to` as days, `status`), in `township`.
    static func ledger(_ query: FormData, township: String?, _ language: Language) throws -> LedgerQuery {
        var days: [StationDay?] = []
        for name in ["from", "to"] {
            guard let text = query[name], !text.isEmpty else { days.append(nil); continue }
            guard let day = StationDay(parsing: text) else { throw ServerError.badParameter(name, text, language) }
            days.append(day)
        }
        if let from = days[0], let to = days[1], from > to {
            throw ServerError.badParameter("from", query["from"] ?? "", language)
        }
        return LedgerQuery(township: township, from: days[0], to: days[1],
                           status: try value(query, "status", as: HazardStatus.self, language))
    }
}
