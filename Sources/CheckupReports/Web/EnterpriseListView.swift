import CheckupCore
import Foundation

/// `GET /enterprises`: the township's enterprises with their colour, last inspection, next due
/// day and open hazards (their `SupervisionGrade`s), filtered by colour, risk tag and a search by
/// name or credit code (a GET form: `colour`, `tag`, `q`), a page at a time (`page`).
public struct EnterpriseListView: Sendable {
    /// What the list is filtered by (the GET form's fields).
    public struct Filter: Sendable, Hashable {
        /// Only this colour (`colour=red|orange|yellow|blue`).
        public var colour: RiskColour?
        /// Only enterprises with this risk tag (`tag=hazchem|…`).
        public var tag: RiskTag?
        /// Only names or credit codes containing this text, case-insensitive (`q=…`); blank:
        /// no search.
        public var search: String

        /// Creates a filter; nil and blank fields do not filter.
        public init(colour: RiskColour? = nil, tag: RiskTag? = nil, search: String = "") {
            self.colour = colour
            self.tag = tag
            self.search = search
        }

        /// The filter a request's query names: `colour`, `tag` (ids or Chinese names) and `q`;
        /// an unknown colour or tag is nil (see `problems` to refuse it with 400).
        public init(query: [String: String]) {
            colour = query["colour"].flatMap { $0.isEmpty ? nil : RiskColour(name: $0) }
            tag = query["tag"].flatMap { $0.isEmpty ? nil : RiskTag(name: $0) }
            search = query["q"] ?? ""
        }

        /// The query parameters of `query` this filter could not read (for a 400).
        public static func problems(query: [String: String]) -> [String] {
            var bad: [String] = []
            if let value = query["colour"], !value.isEmpty, RiskColour(name: value) == nil { bad.append("colour") }
            if let value = query["tag"], !value.isEmpty, RiskTag(name: value) == nil { bad.append("tag") }
            return bad
        }

        /// Whether `grade`'s enterprise passes the filter.
        public func matches(_ grade: SupervisionGrade) -> Bool {
            if let colour, grade.colour != colour { return false }
            if let tag, !grade.enterprise.tags.contains(tag) { return false }
            let needle = search.trimmingCharacters(in: .whitespacesAndNewlines)
            if !needle.isEmpty {
                let enterprise = grade.enterprise
                if enterprise.name.range(of: needle, options: .caseInsensitive) == nil,
                   enterprise.creditCode.range(of: needle, options: .caseInsensitive) == nil {
                    return false
                }
            }
            return true
        }

        /// The query parameters of this filter, for links (next page, language switch).
        public var queryItems: [WebQueryItem] {
            var items: [WebQueryItem] = []
            if let colour { items.append(WebQueryItem("colour", colour.rawValue)) }
            if let tag { items.append(WebQueryItem("tag", tag.rawValue)) }
            let needle = search.trimmingCharacters(in: .whitespacesAndNewlines)
            if !needle.isEmpty { items.append(WebQueryItem("q", needle)) }
            return items
        }
    }

    /// The rows of this page, in the order shown.
    public var grades: [SupervisionGrade]
    /// The filter applied.
    public var filter: Filter
    /// How many enterprises match the filter in all pages.
    public var matching: Int
    /// This page, from 1.
    public var page: Int
    /// Pages in all (at least 1).
    public var pageCount: Int
    /// The day overdue is judged on (today, station time).
    public var today: CalendarDay

    /// Creates the list from one page of rows already filtered.
    public init(grades: [SupervisionGrade], filter: Filter, matching: Int, page: Int = 1, pageCount: Int = 1,
                today: CalendarDay) {
        self.grades = grades
        self.filter = filter
        self.matching = matching
        self.page = page
        self.pageCount = pageCount
        self.today = today
    }

    /// The list of every grade of a township (`Station.grades(township:policy:now:)`): filtered,
    /// ordered riskiest first (colour, then due day, name and credit code) and cut to page `page`
    /// of `pageSize` rows (a page past the last shows the last).
    public init(all grades: [SupervisionGrade], filter: Filter, page: Int = 1, pageSize: Int = 100, today: CalendarDay) {
        let kept = grades.filter(filter.matches).sorted { lhs, rhs in
            if lhs.colour != rhs.colour { return lhs.colour < rhs.colour }
            if lhs.nextDue != rhs.nextDue { return lhs.nextDue < rhs.nextDue }
            if lhs.enterprise.name != rhs.enterprise.name { return lhs.enterprise.name < rhs.enterprise.name }
            return lhs.enterprise.creditCode < rhs.enterprise.creditCode
        }
        let size = max(1, pageSize)
        let count = max(1, (kept.count + size - 1) / size)
        let current = min(max(1, page), count)
        let rows = Array(kept.dropFirst((current - 1) * size).prefix(size))
        self.init(grades: rows, filter: filter, matching: kept.count, page: current, pageCount: count, today: today)
    }
}
