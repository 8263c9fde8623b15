import Foundation

/// A grid member's patrol of an enterprise (网格巡查, 联防).
public struct Patrol: Sendable, Hashable {
    /// Store-assigned number (0 before saving).
    public var id: Int64
    /// The enterprise.
    public var enterpriseCode: String
    /// The grid member.
    public var patrolledBy: String
    /// When.
    public var patrolledAt: Date
    /// What was seen.
    public var note: String?
    /// Evidence files kept in the evidence store.
    public var evidence: [EvidenceRef]
    /// Whether the grid member referred what was seen to the station for verification: the
    /// enterprise is then due at once, until an inspection after the patrol.
    public var referred: Bool

    /// Creates a patrol.
    public init(id: Int64 = 0, enterpriseCode: String, patrolledBy: String, patrolledAt: Date, note: String?,
                evidence: [EvidenceRef] = [], referred: Bool = false) {
        self.id = id
        self.enterpriseCode = enterpriseCode
        self.patrolledBy = patrolledBy
        self.patrolledAt = patrolledAt
        self.note = note
        self.evidence = evidence
        self.referred = referred
    }
}
