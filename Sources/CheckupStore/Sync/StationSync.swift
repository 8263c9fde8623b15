import CheckupCore
import Foundation
import GRDB
import PostgresNIO

/// Pushes a laptop's SQLite station to the district's PostgreSQL server (`checkup sync push`),
/// or says what a push would send (`checkup sync status`).
///
/// Rows are keyed on their global ids (`uid`; enterprises on the credit code, evidence on its
/// hash, snapshots on theirs): a row the server holds is never sent again, so a second push
/// sends nothing, and a push cut off (kill -9, a dropped connection) leaves the batches it
/// committed and sends the rest next time. Nothing on the laptop records what was pushed: the
/// server is asked each time. Each batch — enterprises, evidence files, or a few sessions with
/// everything hanging off them (snapshots, answers and their history, the self-check file, the
/// notice, hazards and their history) — is one transaction.
///
/// Differences are named, never resolved silently (`SyncConflict`): an enterprise registered
/// differently on the server is left as the server has it; a hazard changed on both sides is
/// merged when its two histories, ordered by time, make one lifecycle, and reported otherwise.
public struct StationSync {
    /// The laptop's station.
    public let local: SQLiteStationStore
    /// Its evidence files.
    public let evidence: EvidenceStore
    /// The district server.
    public let url: PostgresURL
    /// Sessions a batch.
    public var sessionsPerBatch = 25
    /// Evidence bytes a batch (at least one file).
    public var evidenceBytesPerBatch: Int64 = 16 << 20
    /// Seconds to wait after each committed batch (tests kill a push between batches).
    public var pauseAfterBatch: Double = 0
    /// What pushed notices record as their origin (the laptop's station name).
    public var origin = "sync"

    /// A push from `local` (evidence in `evidence`) to `url`.
    public init(local: SQLiteStationStore, evidence: EvidenceStore, to url: PostgresURL) {
        self.local = local
        self.evidence = evidence
        self.url = url
    }

    /// What a push would send now, and the conflicts it would name; changes nothing on either
    /// side (the server's schema included).
    public func status() throws -> SyncReport {
        let inventory = try SyncInventory(local)
        return try PostgresStationStore.withDirectConnection(url) { connection in
            do {
                let known = try await SyncServerState(inventory, connection)
                return try await SyncPlan(inventory, known, connection, evidenceStore: evidence).report
            } catch {
                throw Self.failure(error, url: url)
            }
        }
    }
}

/// What the laptop holds, read in one transaction: every row's key, and what the plan needs to
/// decide which to send.
struct SyncInventory {
    struct Session {
        var id: Int64
        var uid: UUID
        var kind: String
        var enterprise: String
        var checklistID: String
        var status: String
    }

    struct Hazard {
        var id: Int64
        var uid: UUID
        var session: Int64
        var status: String
    }

    var enterprises: [[SyncValue]] = []
    var evidence: [[SyncValue]] = []
    var sessions: [Session] = []
    /// Finding history ids by session.
    var findingHistory: [Int64: [UUID]] = [:]
    var hazards: [Hazard] = []
    /// Hazard history by hazard.
    var hazardHistory: [Int64: [SyncHistoryEntry]] = [:]
    /// Self-check files: session → (uid, content hash).
    var selfCheckFiles: [Int64: (uid: UUID, hash: String)] = [:]
    /// Notices: session → (year, number).
    var notices: [Int64: (year: Int64, number: String)] = [:]
    /// Snapshot hashes the sessions use.
    var snapshots: Set<String> = []

    init(_ store: SQLiteStationStore) throws {
        try store.read { db in
            enterprises = try Row.fetchAll(db, sql: "SELECT \(SyncColumns.enterprise.list) FROM enterprise ORDER BY credit_code")
                .map { try SyncColumns.enterprise.read($0) }
            evidence = try Self.evidence(db)
            for row in try Row.fetchAll(db, sql: """
                SELECT id, uid, kind, enterprise_code, checklist_id, status, checklist_hash FROM session ORDER BY id
                """) {
                guard let uid = Self.uuid(row[1]) else { continue }
                sessions.append(Session(id: row[0], uid: uid, kind: row[2], enterprise: row[3], checklistID: row[4],
                                        status: row[5]))
                let hash: String = row[6]
                snapshots.insert(hash)
            }
            for row in try Row.fetchAll(db, sql: "SELECT session_id, uid FROM finding_history ORDER BY id") {
                let session: Int64 = row[0]
                if let uid = Self.uuid(row[1]) { findingHistory[session, default: []].append(uid) }
            }
            for row in try Row.fetchAll(db, sql: "SELECT id, uid, session_id, status FROM hazard ORDER BY id") {
                guard let uid = Self.uuid(row[1]) else { continue }
                hazards.append(Hazard(id: row[0], uid: uid, session: row[2], status: row[3]))
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT hazard_id, uid, from_status, to_status, changed_at FROM hazard_history ORDER BY id
                """) {
                guard let uid = Self.uuid(row[1]), let at = try DatabaseDateText.optionalDate(row, atIndex: 4) else { continue }
                let hazard: Int64 = row[0]
                hazardHistory[hazard, default: []].append(SyncHistoryEntry(uid: uid, from: row[2], to: row[3], at: at))
            }
            for row in try Row.fetchAll(db, sql: "SELECT session_id, uid, content_hash FROM selfcheck_file") {
                let session: Int64 = row[0], hash: String = row[2]
                if let uid = Self.uuid(row[1]) { selfCheckFiles[session] = (uid, hash) }
            }
            for row in try Row.fetchAll(db, sql: "SELECT session_id, year, number FROM notice") {
                let session: Int64 = row[0], year: Int64 = row[1], number: String = row[2]
                notices[session] = (year, number)
            }
        }
    }

    /// Every evidence file the station's rows name: the `evidence` table's (answers' evidence),
    /// and those only hazards name (their evidence and remediation plans), with metadata made
    /// from the reference.
    static func evidence(_ db: Database) throws -> [[SyncValue]] {
        var rows: [String: [SyncValue]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT \(SyncColumns.evidence.list) FROM evidence") {
            let values = try SyncColumns.evidence.read(row)
            if let sha = values[0].text { rows[sha] = values }
        }
        var refs: [EvidenceRef] = []
        for text in try String.fetchAll(db, sql: "SELECT evidence FROM finding WHERE evidence != '[]'")
            + String.fetchAll(db, sql: "SELECT evidence FROM hazard WHERE evidence != '[]'") {
            refs += evidenceRefs(text)
        }
        for text in try String.fetchAll(db, sql: "SELECT remediation_plan FROM hazard WHERE remediation_plan IS NOT NULL") {
            if let ref = try? JSONDecoder().decode(EvidenceRef.self, from: Data(text.utf8)) { refs.append(ref) }
        }
        let now = Date()
        for ref in refs where rows[ref.sha256] == nil {
            rows[ref.sha256] = [.text(ref.sha256), .integer(ref.size), .text(ref.originalName), .date(now)]
        }
        return rows.keys.sorted().map { rows[$0]! }
    }

    static func uuid(_ value: DatabaseValue) -> UUID? {
        String.fromDatabaseValue(value).flatMap(UUID.init(uuidString:))
    }
}

/// What the server already holds of the laptop's rows, asked by key.
struct SyncServerState {
    /// Whether the server has Checkup's schema at all, and the `6-sync` table.
    var hasSchema = false
    var hasEvidenceContent = false
    var sessions: [UUID: (id: Int64, status: String)] = [:]
    var findingHistory: Set<UUID> = []
    var hazards: [UUID: (id: Int64, status: String)] = [:]
    var hazardHistory: Set<UUID> = []
    var selfCheckFiles: Set<UUID> = []
    /// Content hash → the uid of the server's file with that content.
    var contentHashes: [String: UUID] = [:]
    /// Session uids that have a notice on the server.
    var notices: Set<UUID> = []
    var evidence: Set<String> = []
    var evidenceContent: Set<String> = []
    var snapshots: Set<String> = []
    var enterprises: [String: [SyncValue]] = [:]

    init(_ inventory: SyncInventory, _ connection: PostgresConnection) async throws {
        let schema = try await connection.rows("""
            SELECT to_regclass('session') IS NOT NULL, to_regclass('evidence_content') IS NOT NULL
            """)
        hasSchema = try schema.first?[0].decode(Bool.self) ?? false
        hasEvidenceContent = try schema.first?[1].decode(Bool.self) ?? false
        guard hasSchema else { return }
        for chunk in Self.chunks(inventory.sessions.map(\.uid)) {
            for row in try await connection.rows("SELECT uid, id, status FROM session WHERE uid = ANY(\(chunk))") {
                sessions[try row[0].decode(UUID.self)] = (try row[1].decode(Int64.self), try row[2].decode(String.self))
            }
            for row in try await connection.rows("""
                SELECT s.uid FROM notice n JOIN session s ON s.id = n.session_id WHERE s.uid = ANY(\(chunk))
                """) {
                notices.insert(try row[0].decode(UUID.self))
            }
        }
        for chunk in Self.chunks(inventory.findingHistory.values.flatMap { $0 }) {
            for row in try await connection.rows("SELECT uid FROM finding_history WHERE uid = ANY(\(chunk))") {
                findingHistory.insert(try row[0].decode(UUID.self))
            }
        }
        for chunk in Self.chunks(inventory.hazards.map(\.uid)) {
            for row in try await connection.rows("SELECT uid, id, status FROM hazard WHERE uid = ANY(\(chunk))") {
                hazards[try row[0].decode(UUID.self)] = (try row[1].decode(Int64.self), try row[2].decode(String.self))
            }
        }
        for chunk in Self.chunks(inventory.hazardHistory.values.flatMap { $0.map(\.uid) }) {
            for row in try await connection.rows("SELECT uid FROM hazard_history WHERE uid = ANY(\(chunk))") {
                hazardHistory.insert(try row[0].decode(UUID.self))
            }
        }
        for chunk in Self.chunks(Array(inventory.selfCheckFiles.values.map { $0.hash })) {
            for row in try await connection.rows("SELECT content_hash, uid FROM selfcheck_file WHERE content_hash = ANY(\(chunk))") {
                let uid = try row[1].decode(UUID.self)
                contentHashes[try row[0].decode(String.self)] = uid
                selfCheckFiles.insert(uid)
            }
        }
        let hashes = inventory.evidence.compactMap { $0[0].text }
        for chunk in Self.chunks(hashes) {
            for row in try await connection.rows("SELECT sha256 FROM evidence WHERE sha256 = ANY(\(chunk))") {
                evidence.insert(try row[0].decode(String.self))
            }
            if hasEvidenceContent {
                for row in try await connection.rows("SELECT sha256 FROM evidence_content WHERE sha256 = ANY(\(chunk))") {
                    evidenceContent.insert(try row[0].decode(String.self))
                }
            }
        }
        for chunk in Self.chunks(Array(inventory.snapshots)) {
            for row in try await connection.rows("SELECT hash FROM checklist_snapshot WHERE hash = ANY(\(chunk))") {
                snapshots.insert(try row[0].decode(String.self))
            }
        }
        for chunk in Self.chunks(inventory.enterprises.compactMap { $0[0].text }) {
            let rows = try await connection.rows(
                "SELECT \(unescaped: SyncColumns.enterprise.list) FROM enterprise WHERE credit_code = ANY(\(chunk))")
            for row in rows {
                let values = try Self.values(row, SyncColumns.enterprise)
                if let code = values[0].text { enterprises[code] = values }
            }
        }
    }

    /// Keys in slices the server takes in one array.
    static func chunks<T>(_ keys: [T]) -> [[T]] {
        stride(from: 0, to: keys.count, by: 5000).map { Array(keys[$0..<min($0 + 5000, keys.count)]) }
    }

    /// A server row's columns as sync values (for comparing with the laptop's).
    static func values(_ row: PostgresRandomAccessRow, _ columns: SyncColumns, from offset: Int = 0) throws -> [SyncValue] {
        try columns.kinds.enumerated().map { index, kind in
            let cell = row[offset + index]
            switch kind {
            case .text: return .text(try cell.decode(String?.self))
            case .integer: return .integer(try cell.decode(Int64?.self))
            case .bool: return .bool(try cell.decode(Bool?.self))
            case .date: return .date(try cell.decode(Date?.self).map(PostgresDate.read))
            case .bytes:
                let buffer = try cell.decode(ByteBuffer?.self)
                return .bytes(buffer.map { Array($0.readableBytesView) })
            case .uuid: return .uuid(try cell.decode(UUID?.self))
            }
        }
    }
}
