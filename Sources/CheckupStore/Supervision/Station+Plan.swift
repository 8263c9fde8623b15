import CheckupCore
import Foundation

extension Station {
    /// The visit plan of `township` (`checkup plan`, `checkup serve`'s /plan): every enterprise
    /// due by `asOf` plus `days`, riskiest first, coloured as of `now` (the as-of day only
    /// places the plan in time).
    public func visitPlan(township: String, policy: SupervisionPolicy, now: Date, asOf: CalendarDay,
                          days: Int) throws -> VisitPlan {
        VisitPlan(try grades(township: township, policy: policy, now: now), asOf: asOf, days: days)
    }
}
