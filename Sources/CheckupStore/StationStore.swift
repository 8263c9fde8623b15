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
    /// The place inspected (an inspection's; nil for a self-check).
    public var place: String? = nil
    /// The enterprise's person present, when named.
    public var present: PersonPresent? = nil

    /// Creates the description of a new session.
    public init(kind: SessionKind, enterpriseCode: String, snapshot: ChecklistSnapshot, profileID: String?,
                inspectors: [String], startedAt: Date, place: String? = nil, present: PersonPresent? = nil) {
        self.place = place
        self.present = present
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
    /// The database carries migrations this binary does not know (a newer Checkup wrote it);
    /// it was neither migrated nor written.
    case newerDatabase(path: String, migrations: [String])
    /// An open session of the same enterprise, checklist id and kind exists (its id): there is
    /// at most one, enforced inside the transaction that would start another.
    case sessionAlreadyOpen(Int64)
    /// A stored row cannot be read back: `row` names it (its key), `column` the bad value.
    case corruptRow(table: String, row: String, column: String, problem: RowProblem)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): StoreText.cannotOpen.text(path, reason)
        case .database(let reason): StoreText.databaseError.text(reason)
        case .enterpriseExists(let code): EnterpriseText.exists.text(code)
        case .newerDatabase(let path, let migrations):
            StoreText.newerDatabase.text(path, migrations.joined(separator: ", "))
        case .sessionAlreadyOpen(let id): StoreText.sessionAlreadyOpen.text(id)
        case .corruptRow(let table, let row, let column, let problem):
            switch problem {
            case .notADate: StoreText.notADate.text(table, row, column)
            case .notAnInteger: StoreText.notAnInteger.text(table, row, column)
            case .notText: StoreText.notText.text(table, row, column)
            case .unknownValue(let value, let allowed):
                StoreText.unknownValue.text(table, row, column, value, allowed.joined(separator: ", "))
            }
        }
    }
}

/// What is wrong with one stored value that cannot be read back.
public enum RowProblem: Sendable, Equatable {
    /// A date column holds something that is not a date in the range Checkup reads.
    case notADate
    /// An integer column holds something else.
    case notAnInteger
    /// A text column holds something that is not text (or NULL where text is required).
    case notText
    /// A column of fixed values holds another value (`allowed` lists the fixed ones).
    case unknownValue(String, allowed: [String])
}

/// Persistence for a station. SQLite is the embedded default; a server database can implement
/// the same protocol later. Domain rules stay in CheckupCore (`SessionRules`); implementations
/// apply them inside their transactions so checks and writes are atomic across processes.
public protocol StationStore: HazardStore, StationQueries, StationIdentityStore, SupervisionStore, InspectorStore, DataVersionStore,
                              UserStore, Sendable {
    // MARK: Enterprises

    /// Adds an enterprise, or replaces it when `update` is true.
    func saveEnterprise(_ enterprise: Enterprise, update: Bool, now: Date) throws
    /// Adds or updates every enterprise of a list in one transaction (all or none), returning
    /// how many were added and how many updated. Each credit code appears once.
    func saveEnterprises(_ enterprises: [Enterprise], now: Date) throws -> (added: Int, updated: Int)
    /// The enterprise with this credit code.
    func enterprise(_ creditCode: String) throws -> Enterprise?
    /// Enterprises, optionally of one township, ordered by township then name.
    func enterprises(township: String?) throws -> [Enterprise]

    // MARK: Sessions

    /// Creates a session with its checklist snapshot; throws `StoreError.sessionAlreadyOpen`
    /// when a session of the same enterprise, checklist id and kind is open (checked inside the
    /// writing transaction).
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
    /// Changes the place inspected and the person present of a session in one transaction:
    /// `change` gets the session as stored at that moment and returns it with the new values
    /// (only those two are written). Returns the session as stored after.
    func updateSessionPeople(_ id: Int64, _ change: (Session) throws -> Session) throws -> Session

    // MARK: Notices

    /// The notice number of `session`: the one issued before if any (kept whatever the
    /// arguments now), else the next serial of `year` (1 + the largest issued that year),
    /// formatted by `number` and stored at `at`. Two processes issuing at once get different
    /// serials: the check and the insert are one immediate transaction, and (year, serial) is
    /// unique.
    func issueNotice(session: Int64, year: Int, at: Date, number: (Int) -> String) throws -> IssuedNotice
    /// The notice number issued for `session`, if any.
    func issuedNotice(session: Int64) throws -> IssuedNotice?
}
