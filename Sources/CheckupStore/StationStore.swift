import CheckupCore
import Foundation

/// The checklist file a session used, kept whole so that later edits never change the record.
public struct ChecklistSnapshot: Sendable, Hashable {
    /// SHA-256 of `content`.
    public var hash: String
    /// Checklist id.
    public var checklistID: String
    /// Checklist version.
    public var version: String
    /// The file's bytes.
    public var content: [UInt8]

    /// Creates a snapshot.
    public init(hash: String, checklistID: String, version: String, content: [UInt8]) {
        self.hash = hash
        self.checklistID = checklistID
        self.version = version
        self.content = content
    }
}

/// What a new session needs.
public struct NewSession: Sendable, Hashable {
    /// Inspection or self-check.
    public var kind: SessionKind
    /// Enterprise checked.
    public var enterpriseCode: String
    /// The checklist snapshot.
    public var snapshot: ChecklistSnapshot
    /// Profile applied.
    public var profileID: String?
    /// Inspectors (or the self-check's performer).
    public var inspectors: [String]
    /// When it began.
    public var startedAt: Date

    /// Creates the description of a new session.
    public init(kind: SessionKind, enterpriseCode: String, snapshot: ChecklistSnapshot, profileID: String?,
                inspectors: [String], startedAt: Date) {
        self.kind = kind
        self.enterpriseCode = enterpriseCode
        self.snapshot = snapshot
        self.profileID = profileID
        self.inspectors = inspectors
        self.startedAt = startedAt
    }
}

/// Why the store refused an operation (beyond the session rules).
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The database could not be opened, created or migrated.
    case cannotOpen(path: String, reason: String)
    /// A database operation failed (disk full, read-only, corrupt).
    case database(String)
    /// The enterprise is already registered.
    case enterpriseExists(String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): "\(path): cannot open station database: \(reason)"
        case .database(let reason): "station database error: \(reason)"
        case .enterpriseExists(let code): "enterprise \(code) is already registered (use --update to change it)"
        }
    }
}

/// Persistence for a station. SQLite is the embedded default; a server database can implement
/// the same protocol later. Domain rules stay in CheckupCore (`SessionRules`); implementations
/// apply them inside their transactions so checks and writes are atomic across processes.
public protocol StationStore: HazardStore, StationQueries, Sendable {
    // MARK: Enterprises

    /// Adds an enterprise, or replaces it when `update` is true.
    func saveEnterprise(_ enterprise: Enterprise, update: Bool, now: Date) throws
    /// The enterprise with this credit code.
    func enterprise(_ creditCode: String) throws -> Enterprise?
    /// Enterprises, optionally of one township, ordered by township then name.
    func enterprises(township: String?) throws -> [Enterprise]

    // MARK: Sessions

    /// Creates a session with its checklist snapshot.
    func createSession(_ new: NewSession) throws -> Session
    /// The session with this id.
    func session(_ id: Int64) throws -> Session?
    /// Sessions, filtered, newest first.
    func sessions(enterprise: String?, checklistID: String?, kind: SessionKind?, status: SessionStatus?) throws -> [Session]
    /// The snapshot a session uses.
    func snapshot(hash: String) throws -> ChecklistSnapshot?
    /// Current answers of a session, in the order they were first given.
    func findings(session: Int64) throws -> [Finding]
    /// Every change of every answer in a session, oldest first.
    func history(session: Int64) throws -> [FindingChange]
    /// Saves an answer at once (one transaction), after `validate` approves it against the
    /// session as stored at that moment. Returns the change recorded.
    func record(_ answer: Answer, session: Int64, by: String, at: Date,
                validate: (Session) throws -> Void) throws -> FindingChange
}
