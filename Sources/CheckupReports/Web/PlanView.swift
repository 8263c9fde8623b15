import CheckupCore
import Foundation

/// `GET /plan`: the township's due list (`checkup plan`), riskiest first, with the `.ics`
/// download (`/plan.ics?days=…`) and a GET form to change the horizon (`days`).
public struct PlanView: Sendable {
    /// The township planned.
    public var township: String
    /// The plan, as `checkup plan` makes it (`VisitPlan(grades, asOf:, days:)`).
    public var plan: VisitPlan

    /// Creates the plan page.
    public init(township: String, plan: VisitPlan) {
        self.township = township
        self.plan = plan
    }
}
