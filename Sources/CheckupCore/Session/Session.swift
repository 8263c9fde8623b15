import Foundation

/// Who performed a session: the station's inspectors, or the enterprise itself.
public enum SessionKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// An inspection by the station (检查).
    case inspection
    /// An enterprise's own check (企业自查), imported from a self-check file.
    case selfCheck = "self-check"
}

/// Where a session is in its life.
public enum SessionStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Answers may still be given and changed.
    case open
    /// Closed: a record that does not change.
    case completed
    /// A self-check replaced by a corrected resubmission; kept for history.
    case superseded
}

/// One session of checking an enterprise against one version of one checklist.
public struct Session: Sendable, Hashable, Codable, Identifiable {
    /// Store-assigned number, shown to people (`checkup record 12 …`).
    public var id: Int64
    /// Inspection or self-check.
    public var kind: SessionKind
    /// The enterprise checked.
    public var enterpriseCode: String
    /// The checklist used, as snapshotted when the session began.
    public var checklistID: String
    /// Its version.
    public var checklistVersion: String
    /// SHA-256 of the snapshotted checklist file.
    public var checklistHash: String
    /// The profile applied, if any.
    public var profileID: String?
    /// Inspectors present (for a self-check: the person who performed it).
    public var inspectors: [String]
    /// Open, completed or superseded.
    public var status: SessionStatus
    /// When the session began (for a self-check: `performed-at`).
    public var startedAt: Date
    /// When it was completed.
    public var completedAt: Date?
    /// The place inspected (检查场所): the enterprise's address unless the inspectors said
    /// otherwise; nil for a self-check and for inspections recorded before places were.
    public var place: String?
    /// The enterprise's person present (企业在场人员) during an inspection, when recorded.
    public var present: PersonPresent?

    /// Creates a session value.
    public init(id: Int64, kind: SessionKind, enterpriseCode: String, checklistID: String, checklistVersion: String,
                checklistHash: String, profileID: String?, inspectors: [String], status: SessionStatus,
                startedAt: Date, completedAt: Date? = nil, place: String? = nil, present: PersonPresent? = nil) {
        self.place = place
        self.present = present
        self.id = id
        self.kind = kind
        self.enterpriseCode = enterpriseCode
        self.checklistID = checklistID
        self.checklistVersion = checklistVersion
        self.checklistHash = checklistHash
        self.profileID = profileID
        self.inspectors = inspectors
        self.status = status
        self.startedAt = startedAt
        self.completedAt = completedAt
    }
}

/// The enterprise's person present at an inspection (企业在场人员): who signs the on-site record
/// for the enterprise.
public struct PersonPresent: Sendable, Hashable, Codable {
    /// Name.
    public var name: String
    /// Post (职务), e.g. 安全管理员, when given.
    public var post: String?

    /// Creates one.
    public init(name: String, post: String? = nil) {
        self.name = name
        self.post = post
    }

    /// `王五（安全管理员）`, or the name alone.
    public func text(_ language: Language) -> String {
        guard let post else { return name }
        return language == .zh ? "\(name)（\(post)）" : "\(name) (\(post))"
    }
}

/// A file kept as evidence for a finding: stored under its SHA-256, so the original (say, on a
/// camera card) can be wiped and the copy still proves what was seen.
public struct EvidenceRef: Sendable, Hashable, Codable {
    /// SHA-256 of the content, lowercase hex.
    public var sha256: String
    /// The file name it had when given.
    public var originalName: String
    /// Size in bytes.
    public var size: Int64

    /// Creates a reference.
    public init(sha256: String, originalName: String, size: Int64) {
        self.sha256 = sha256
        self.originalName = originalName
        self.size = size
    }
}

/// The answer for one item, as an inspector gives it.
public struct Answer: Sendable, Hashable, Codable {
    /// The item answered.
    public var itemID: String
    /// pass, fail or na (`unchecked` is the absence of an answer).
    public var result: ItemResult
    /// What was found; required for a fail.
    public var note: String?
    /// Whether the inspector judges the failure a major hazard.
    public var major: Bool
    /// Whether the failure was put right while the inspector was there.
    public var fixedOnSite: Bool
    /// Evidence files.
    public var evidence: [EvidenceRef]
    /// Where in the enterprise a fail was found (隐患部位, e.g. 二号车间冲床), when given.
    public var place: String?

    /// Creates an answer.
    public init(itemID: String, result: ItemResult, note: String? = nil, major: Bool = false,
                fixedOnSite: Bool = false, evidence: [EvidenceRef] = [], place: String? = nil) {
        self.place = place
        self.itemID = itemID
        self.result = result
        self.note = note
        self.major = major
        self.fixedOnSite = fixedOnSite
        self.evidence = evidence
    }
}

/// The current answer for an item in a session, with who gave it and when.
public struct Finding: Sendable, Hashable, Codable {
    /// The session.
    public var sessionID: Int64
    /// The answer.
    public var answer: Answer
    /// Who recorded it.
    public var recordedBy: String
    /// When.
    public var recordedAt: Date

    /// Creates a finding.
    public init(sessionID: Int64, answer: Answer, recordedBy: String, recordedAt: Date) {
        self.sessionID = sessionID
        self.answer = answer
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }

    /// Shorthand for the item id.
    public var itemID: String { answer.itemID }
}

/// One change of an answer, kept so a record shows who changed what, when.
public struct FindingChange: Sendable, Hashable, Codable {
    /// The item.
    public var itemID: String
    /// Previous result (nil for the first answer).
    public var oldResult: ItemResult?
    /// New result.
    public var newResult: ItemResult
    /// Previous note.
    public var oldNote: String?
    /// New note.
    public var newNote: String?
    /// Who.
    public var changedBy: String
    /// When.
    public var changedAt: Date

    /// Creates a change.
    public init(itemID: String, oldResult: ItemResult?, newResult: ItemResult, oldNote: String?, newNote: String?,
                changedBy: String, changedAt: Date) {
        self.itemID = itemID
        self.oldResult = oldResult
        self.newResult = newResult
        self.oldNote = oldNote
        self.newNote = newNote
        self.changedBy = changedBy
        self.changedAt = changedAt
    }
}
