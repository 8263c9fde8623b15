import Foundation

/// A township's colours at a moment: how many enterprises of each colour, how many are due or
/// overdue, and (against an earlier grading) which changed colour.
public struct ColourSummary: Sendable, Hashable {
    /// Enterprises per colour (every colour present, 0 when none).
    public var counts: [RiskColour: Int]
    /// Enterprises due on the day (due exactly that day).
    public var dueToday: Int
    /// Enterprises past their due day.
    public var overdue: Int
    /// Enterprises graded.
    public var total: Int

    /// Counts `grades` on `day`.
    public init(_ grades: [SupervisionGrade], on day: CalendarDay) {
        var counts = Dictionary(uniqueKeysWithValues: RiskColour.allCases.map { ($0, 0) })
        var dueToday = 0
        var overdue = 0
        for grade in grades {
            counts[grade.colour, default: 0] += 1
            if grade.nextDue == day { dueToday += 1 } else if grade.nextDue < day { overdue += 1 }
        }
        self.counts = counts
        self.dueToday = dueToday
        self.overdue = overdue
        total = grades.count
    }
}

/// An enterprise whose colour differs between two gradings.
public struct ColourChange: Sendable, Hashable {
    /// The enterprise.
    public var enterprise: Enterprise
    /// Its colour at the earlier moment (nil: not registered then).
    public var from: RiskColour?
    /// Its colour now.
    public var to: RiskColour

    /// Creates a change.
    public init(enterprise: Enterprise, from: RiskColour?, to: RiskColour) {
        self.enterprise = enterprise
        self.from = from
        self.to = to
    }

    /// The changes from `before` to `after`, by enterprise: riskier first (by the new colour),
    /// then by name and code. Enterprises graded only after are listed with `from` nil.
    public static func between(_ before: [SupervisionGrade], _ after: [SupervisionGrade]) -> [ColourChange] {
        let earlier = Dictionary(before.map { ($0.enterprise.creditCode, $0.colour) }, uniquingKeysWith: { first, _ in first })
        return after.compactMap { grade -> ColourChange? in
            let from = earlier[grade.enterprise.creditCode]
            guard from != grade.colour else { return nil }
            return ColourChange(enterprise: grade.enterprise, from: from, to: grade.colour)
        }.sorted { lhs, rhs in
            if lhs.to != rhs.to { return lhs.to < rhs.to }
            if lhs.enterprise.name != rhs.enterprise.name { return lhs.enterprise.name < rhs.enterprise.name }
            return lhs.enterprise.creditCode < rhs.enterprise.creditCode
        }
    }
}
