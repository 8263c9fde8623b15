/// A session with the checklist it snapshotted, restored from the snapshot (never from the
/// catalog file, which may have been edited since).
public struct OpenedSession: Sendable {
    /// The session.
    public var session: Session
    /// The snapshotted checklist.
    public var checklist: Checklist
    /// The enterprise.
    public var enterprise: Enterprise
    /// Whether an existing open session was resumed rather than a new one started.
    public var resumed: Bool

    /// The profile the session applies.
    public var profile: ChecklistProfile? { session.profileID.flatMap { checklist.profile($0) } }

    /// Creates an opened session.
    public init(session: Session, checklist: Checklist, enterprise: Enterprise, resumed: Bool = false) {
        self.session = session
        self.checklist = checklist
        self.enterprise = enterprise
        self.resumed = resumed
    }

    /// The items that apply, in order.
    public var items: [ChecklistItem] { checklist.applicableItems(profile: profile, industry: enterprise.industry) }
}
