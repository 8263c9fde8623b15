import CheckupCore
import Foundation

/// `GET /hazards`: the township's hazards, filtered as `checkup hazard list` filters them (a GET
/// form: `status`, `severity`, `overdue`, `supervised`, `unreported`, and `enterprise` from an
/// enterprise's page), a page at a time (`page`).
public struct HazardListView: Sendable {
    /// What the list is filtered by (the GET form's fields).
    public struct Filter: Sendable, Hashable {
        /// Only this status (`status=open|rectifying|rectified|verified`).
        public var status: HazardStatus?
        /// Only this severity (`severity=major|general`).
        public var severity: HazardSeverity?
        /// Only hazards past their deadline and not verified (`overdue=1`).
        public var overdue: Bool
        /// Only hazards listed for supervision (挂牌督办) and not delisted (`supervised=1`).
        public var supervised: Bool
        /// Only major hazards not reported in time (`unreported=1`).
        public var unreported: Bool
        /// Only this enterprise's hazards (`enterprise=CODE`).
        public var enterprise: String?

        /// Creates a filter; nil and false fields do not filter.
        public init(status: HazardStatus? = nil, severity: HazardSeverity? = nil, overdue: Bool = false,
                    supervised: Bool = false, unreported: Bool = false, enterprise: String? = nil) {
            self.status = status
            self.severity = severity
            self.overdue = overdue
            self.supervised = supervised
            self.unreported = unreported
            self.enterprise = enterprise
        }

        /// The filter a request's query names (`status`, `severity`, `overdue`, `supervised`,
        /// `unreported` — `1`, `true` or `on` — and `enterprise`); unreadable values are ignored
        /// (see `problems` to refuse them with 400).
        public init(query: [String: String]) {
            status = query["status"].flatMap { HazardStatus(rawValue: $0) }
            severity = query["severity"].flatMap { HazardSeverity(rawValue: $0) }
            overdue = Self.flag(query["overdue"]) == true
            supervised = Self.flag(query["supervised"]) == true
            unreported = Self.flag(query["unreported"]) == true
            enterprise = query["enterprise"].flatMap { $0.isEmpty ? nil : CreditCode.normalise($0) }
        }

        /// The query parameters of `query` this filter could not read (for a 400).
        public static func problems(query: [String: String]) -> [String] {
            var bad: [String] = []
            if let value = query["status"], !value.isEmpty, HazardStatus(rawValue: value) == nil { bad.append("status") }
            if let value = query["severity"], !value.isEmpty, HazardSeverity(rawValue: value) == nil { bad.append("severity") }
            for name in ["overdue", "supervised", "unreported"] where query[name] != nil && flag(query[name]) == nil {
                bad.append(name)
            }
            return bad
        }

        /// `1`/`true`/`on` is true, `0`/`false`/`off`/empty false, anything else nil.
        static func flag(_ value: String?) -> Bool? {
            switch value?.lowercased() {
            case nil, "", "0", "false", "off": false
            case "1", "true", "on": true
            default: nil
            }
        }

        /// The store's part of the filter for `township` (status, severity, enterprise), as
        /// `hazard list` asks the store.
        public func storeFilter(township: String) -> HazardFilter {
            HazardFilter(township: township, enterprise: enterprise, status: status, severity: severity)
        }

        /// Whether `hazard` passes the whole filter at `now` (the flags as `hazard list` applies
        /// them: overdue, unreported by the escalation policy, listed for supervision).
        public func matches(_ hazard: Hazard, now: Date, policy: EscalationPolicy = .standard) -> Bool {
            if let status, hazard.status != status { return false }
            if let severity, hazard.severity != severity { return false }
            if let enterprise, hazard.enterpriseCode != enterprise { return false }
            if overdue && !hazard.isOverdue(at: now) { return false }
            if unreported && !policy.isUnreported(hazard, at: now) { return false }
            if supervised && hazard.supervision?.isListed != true { return false }
            return true
        }

        /// The query parameters of this filter, for links (next page, language switch).
        public var queryItems: [WebQueryItem] {
            var items: [WebQueryItem] = []
            if let status { items.append(WebQueryItem("status", status.rawValue)) }
            if let severity { items.append(WebQueryItem("severity", severity.rawValue)) }
            if overdue { items.append(WebQueryItem("overdue", "1")) }
            if supervised { items.append(WebQueryItem("supervised", "1")) }
            if unreported { items.append(WebQueryItem("unreported", "1")) }
            if let enterprise { items.append(WebQueryItem("enterprise", enterprise)) }
            return items
        }
    }

    /// The rows of this page, in the order shown.
    public var hazards: [Hazard]
    /// The township's enterprises by credit code (for names).
    public var enterprises: [String: Enterprise]
    /// The filter applied.
    public var filter: Filter
    /// How many hazards match the filter in all pages.
    public var matching: Int
    /// This page, from 1.
    public var page: Int
    /// Pages in all (at least 1).
    public var pageCount: Int
    /// The moment overdue is judged at.
    public var now: Date

    /// Creates the list from one page of rows already filtered.
    public init(hazards: [Hazard], enterprises: [String: Enterprise], filter: Filter, matching: Int, page: Int = 1,
                pageCount: Int = 1, now: Date) {
        self.hazards = hazards
        self.enterprises = enterprises
        self.filter = filter
        self.matching = matching
        self.page = page
        self.pageCount = pageCount
        self.now = now
    }

    /// The list of `hazards` as the store returned them for `filter.storeFilter` (oldest first):
    /// filtered by the flags and cut to page `page` of `pageSize` rows (a page past the last
    /// shows the last).
    public init(all hazards: [Hazard], enterprises: [String: Enterprise], filter: Filter, page: Int = 1,
                pageSize: Int = 100, now: Date) {
        let kept = hazards.filter { filter.matches($0, now: now) }
        let size = max(1, pageSize)
        let count = max(1, (kept.count + size - 1) / size)
        let current = min(max(1, page), count)
        self.init(hazards: Array(kept.dropFirst((current - 1) * size).prefix(size)), enterprises: enterprises,
                  filter: filter, matching: kept.count, page: current, pageCount: count, now: now)
    }
}
