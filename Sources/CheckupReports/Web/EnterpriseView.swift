import CheckupCore
import Foundation

/// `GET /enterprises/{code}`: one enterprise's profile, its colour with the reasons
/// (`SupervisionGrade`, as `checkup enterprise grade`), the trend of its defence level L
/// (`EnterpriseTrendReport`, as `checkup score --enterprise`), its sessions (each completed
/// inspection with a link to its notice), its hazards, and its self-check reliability
/// (`CompareReport`, as `checkup compare --enterprise`).
public struct EnterpriseView: Sendable {
    /// The enterprise with its profile.
    public var enterprise: Enterprise
    /// Its colour now, with the reasons; nil when not graded.
    public var grade: SupervisionGrade?
    /// Its completed inspections and self-checks, scored (the trend of L).
    public var trend: EnterpriseTrendReport
    /// Its sessions, as `enterprise show` lists them.
    public var sessions: [Session]
    /// Its hazards (any status), as `hazard list --enterprise` lists them.
    public var hazards: [Hazard]
    /// Its latest self-check against the latest inspection; nil when not compared.
    public var comparison: CompareReport?
    /// The moment overdue is judged at.
    public var now: Date

    /// Creates the enterprise page.
    public init(enterprise: Enterprise, grade: SupervisionGrade?, trend: EnterpriseTrendReport, sessions: [Session],
                hazards: [Hazard], comparison: CompareReport?, now: Date) {
        self.enterprise = enterprise
        self.grade = grade
        self.trend = trend
        self.sessions = sessions
        self.hazards = hazards
        self.comparison = comparison
        self.now = now
    }
}
