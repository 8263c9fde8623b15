import CheckupCore
import Foundation

/// `GET /`: the township dashboard. The township report's figures and the same SVG charts
/// (`TownshipReport`, built in the page's language for the period the server chooses, with
/// `supervision` set so the four-colour distribution shows), the inspections due and overdue (a
/// `VisitPlan`), the overdue hazards and the major hazards not reported in time
/// (`TownshipReport.unreportedMajor`).
public struct DashboardView: Sendable {
    /// The township report, as `checkup report township` builds it (`Station.townshipReport`
    /// with a policy, so `supervision` is set).
    public var report: TownshipReport
    /// Inspections due: the plan as of today (`VisitPlan(grades, asOf:, days:)`); overdue ones
    /// have `daysOverdue > 0`.
    public var plan: VisitPlan
    /// Hazards not verified and past their deadline, oldest deadline first (all of them; the
    /// page lists the first `listLimit` and counts the rest).
    public var overdueHazards: [Hazard]
    /// Rows shown in each list before "all N …" links to the full list.
    public var listLimit: Int

    /// Creates the dashboard.
    public init(report: TownshipReport, plan: VisitPlan, overdueHazards: [Hazard], listLimit: Int = 10) {
        self.report = report
        self.plan = plan
        self.overdueHazards = overdueHazards
        self.listLimit = listLimit
    }
}
