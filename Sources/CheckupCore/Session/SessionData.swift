import Foundation

/// Everything a report says about one session, read from the station: the session with its
/// snapshotted checklist and enterprise, its current answers, and the hazards it created (none
/// while it is open). Reports are made from these values; they never read the store themselves.
public struct SessionData: Sendable {
    /// The session, its checklist snapshot and its enterprise.
    public var opened: OpenedSession
    /// Current answers, in the order they were first given.
    public var findings: [Finding]
    /// The hazards the session created, oldest first (empty while it is open).
    public var hazards: [Hazard]

    /// Creates a record.
    public init(opened: OpenedSession, findings: [Finding], hazards: [Hazard]) {
        self.opened = opened
        self.findings = findings
        self.hazards = hazards
    }

    /// The session.
    public var session: Session { opened.session }
    /// The checklist it snapshotted.
    public var checklist: Checklist { opened.checklist }
    /// The enterprise checked.
    public var enterprise: Enterprise { opened.enterprise }
}
