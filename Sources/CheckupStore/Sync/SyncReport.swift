import CheckupCore
import Foundation

/// What a push sent, or what it would send (`checkup sync status`): rows new to the server by
/// kind, the conflicts it named and left alone, and the sessions and hazards known on the server
/// by another number than the laptop's.
public struct SyncReport: Sendable, Equatable {
    /// Rows new to the server, by kind.
    public var counts = SyncCounts()
    /// What was not pushed because both sides differ; a person decides.
    public var conflicts: [SyncConflict] = []
    /// Sessions and hazards whose server number is not the laptop's.
    public var renumbered: [SyncRenumbering] = []
    /// Self-check files the server already holds from an import of its own (same content),
    /// whose sessions are therefore not pushed again.
    public var alreadyImported = 0

    /// Creates an empty report.
    public init() {}
}

/// Counts of rows by kind.
public struct SyncCounts: Sendable, Equatable {
    /// Enterprises registered.
    public var enterprises = 0
    /// Inspection and self-check sessions (with their checklist snapshots and answers).
    public var sessions = 0
    /// Finding history entries (each answer given or changed).
    public var findingChanges = 0
    /// Hazards.
    public var hazards = 0
    /// Hazard history entries (status changes, escalations, notes).
    public var hazardChanges = 0
    /// Self-check file ledger entries.
    public var selfCheckFiles = 0
    /// Rectification notices (numbers as issued on the laptop).
    public var notices = 0
    /// Evidence files (metadata and bytes).
    public var evidence = 0
    /// Bytes of evidence files.
    public var evidenceBytes: Int64 = 0

    /// Creates zero counts.
    public init() {}

    /// Rows of every kind (evidence bytes aside).
    public var total: Int {
        enterprises + sessions + findingChanges + hazards + hazardChanges + selfCheckFiles + notices + evidence
    }

    static func + (a: SyncCounts, b: SyncCounts) -> SyncCounts {
        var sum = a
        sum.enterprises += b.enterprises
        sum.sessions += b.sessions
        sum.findingChanges += b.findingChanges
        sum.hazards += b.hazards
        sum.hazardChanges += b.hazardChanges
        sum.selfCheckFiles += b.selfCheckFiles
        sum.notices += b.notices
        sum.evidence += b.evidence
        sum.evidenceBytes += b.evidenceBytes
        return sum
    }
}

/// A session or hazard known on the server by another number than the laptop's (the laptop's
/// was taken there when it arrived).
public struct SyncRenumbering: Sendable, Equatable {
    /// `session` or `hazard`.
    public var kind: String
    /// The laptop's number.
    public var local: Int64
    /// The server's number.
    public var server: Int64
}

/// A difference a push names and leaves alone, never resolving it silently.
public enum SyncConflict: Sendable, Equatable, CustomStringConvertible {
    /// The enterprise is registered differently on the server (credit code, fields that differ
    /// as "field: laptop ≠ server").
    case enterprise(code: String, differences: [String])
    /// The hazard changed on both sides and the histories do not make one lifecycle (laptop
    /// number, server number, the laptop's status, the server's status).
    case hazard(local: Int64, server: Int64, localStatus: String, serverStatus: String)
    /// The server has another open session of the same enterprise, checklist and kind (laptop
    /// session, enterprise, checklist).
    case openSession(local: Int64, enterprise: String, checklist: String)
    /// The notice's number is already the number of another notice on the server, or the
    /// session already has another number there (laptop session, number).
    case notice(session: Int64, number: String)
    /// The evidence file is in the laptop's database but missing from its evidence folder.
    case evidenceMissing(sha256: String, name: String)

    /// `enterprise`, `hazard`, `session`, `notice` or `evidence` (the json `kind`).
    public var kind: String {
        switch self {
        case .enterprise: "enterprise"
        case .hazard: "hazard"
        case .openSession: "session"
        case .notice: "notice"
        case .evidenceMissing: "evidence"
        }
    }

    /// What the conflict concerns (credit code, laptop number, evidence hash).
    public var key: String {
        switch self {
        case .enterprise(let code, _): code
        case .hazard(let local, _, _, _): String(local)
        case .openSession(let local, _, _): String(local)
        case .notice(let session, _): String(session)
        case .evidenceMissing(let sha256, _): sha256
        }
    }

    /// One line, in the language in force.
    public var description: String {
        switch self {
        case .enterprise(let code, let differences):
            SyncText.conflictEnterprise.text(code, differences.joined(separator: "；"))
        case .hazard(let local, let server, let localStatus, let serverStatus):
            SyncText.conflictHazard.text(String(local), String(server), localStatus, serverStatus)
        case .openSession(let local, let enterprise, let checklist):
            SyncText.conflictOpenSession.text(String(local), enterprise, checklist)
        case .notice(let session, let number):
            SyncText.conflictNotice.text(String(session), number)
        case .evidenceMissing(let sha256, let name):
            SyncText.conflictEvidence.text(name, sha256)
        }
    }
}

/// Where a push is: after each committed batch.
public struct SyncProgress: Sendable {
    /// Batches committed so far, and in all.
    public var batch: Int
    public var batches: Int
    /// Rows new to the server so far.
    public var sent: Int
}
