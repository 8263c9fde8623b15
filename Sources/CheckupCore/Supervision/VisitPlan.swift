import Foundation

/// The station's visits for a period (检查计划): enterprises due or overdue by their colour's
/// interval within the horizon, riskiest and longest overdue first, optionally spread over
/// inspectors a number of visits a day.
public struct VisitPlan: Sendable, Hashable {
    /// One planned visit.
    public struct Visit: Sendable, Hashable {
        /// The grade that put the enterprise on the plan.
        public var grade: SupervisionGrade
        /// Whole days past due on the as-of day (0 when due later in the horizon or today).
        public var daysOverdue: Int
        /// The inspector assigned, when the plan was spread over inspectors.
        public var inspector: String?
        /// The day of the visit: the assigned day, else the due day or the as-of day if later.
        public var visitDay: CalendarDay
    }

    /// The first day of the plan.
    public var asOf: CalendarDay
    /// Days after `asOf` the plan looks ahead (0: only what is due on or before `asOf`).
    public var days: Int
    /// The visits in order.
    public var visits: [Visit]

    /// Plans `grades` on `asOf` looking `days` ahead: every grade due on or before the horizon's
    /// last day (an enterprise never inspected is due on `asOf`), ordered by colour (red first), then days overdue (most first), then due day,
    /// name and credit code.
    public init(_ grades: [SupervisionGrade], asOf: CalendarDay, days: Int) {
        self.asOf = asOf
        self.days = days
        let horizon = asOf.adding(max(0, days))
        visits = grades.map { grade in
            // Never inspected (and not referred): due on the as-of day, whatever day it was graded.
            var grade = grade
            if grade.facts.lastInspection == nil && grade.facts.referredAt == nil { grade.nextDue = asOf }
            return grade
        }.filter { $0.nextDue <= horizon }.map { grade in
            Visit(grade: grade, daysOverdue: grade.daysOverdue(on: asOf), inspector: nil,
                  visitDay: max(grade.nextDue, asOf))
        }.sorted { lhs, rhs in
            if lhs.grade.colour != rhs.grade.colour { return lhs.grade.colour < rhs.grade.colour }
            if lhs.daysOverdue != rhs.daysOverdue { return lhs.daysOverdue > rhs.daysOverdue }
            if lhs.grade.nextDue != rhs.grade.nextDue { return lhs.grade.nextDue < rhs.grade.nextDue }
            if lhs.grade.enterprise.name != rhs.grade.enterprise.name {
                return lhs.grade.enterprise.name < rhs.grade.enterprise.name
            }
            return lhs.grade.enterprise.creditCode < rhs.grade.enterprise.creditCode
        }
    }

    /// The plan spread over `inspectors`, `perDay` visits each a day, in plan order: on the
    /// first day the first inspector takes the first `perDay` visits, the next inspector the
    /// next, and so on; then the next day. The order of the visits is kept.
    public func assigned(to inspectors: [String], perDay: Int) -> VisitPlan {
        guard !inspectors.isEmpty, perDay > 0 else { return self }
        var plan = self
        let perDayAll = perDay * inspectors.count
        for index in plan.visits.indices {
            let day = index / perDayAll
            let inspector = (index % perDayAll) / perDay
            plan.visits[index].inspector = inspectors[inspector]
            plan.visits[index].visitDay = asOf.adding(day)
        }
        return plan
    }
}
