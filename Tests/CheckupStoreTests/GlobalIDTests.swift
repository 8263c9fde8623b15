import CheckupCore
import Foundation
import GRDB
import Testing
@testable import CheckupStore

/// Global ids (`uid`, UUID v7) on sessions, hazards, history entries and self-check files in the
/// SQLite store (migration `v13-global-ids`), the kind PostgreSQL rows carry.
@Suite("Global ids in the SQLite store")
struct GlobalIDTests {
    static let tables = ["session", "hazard", "finding_history", "hazard_history", "selfcheck_file"]

    /// Every uid of `table`, in id order.
    static func uids(_ table: String, _ store: SQLiteStationStore) throws -> [String?] {
        try store.queue.read { db in try String?.fetchAll(db, sql: "SELECT uid FROM \(table) ORDER BY id") }
    }

    /// A moment in whole milliseconds since 1970 (what a UUID v7 keeps).
    static func millis(_ date: Date?) -> Int64? {
        date.map { Int64(($0.timeIntervalSince1970 * 1000).rounded()) }
    }

    /// Whether `text` is a UUID v7 in lower case, as PostgreSQL prints a `uuid`.
    static func isV7(_ text: String?) -> Bool {
        guard let text, text == text.lowercased(), UUID(uuidString: text) != nil else { return false }
        return GlobalID.time(of: text) != nil
    }

    @Test func aGlobalIDIsAVersion7UUIDCarryingItsTime() throws {
        let at = Date(timeIntervalSince1970: 1_780_000_000.123)
        let id = GlobalID.text(now: at)
        #expect(Self.isV7(id))
        #expect(Self.millis(GlobalID.time(of: id)) == 1_780_000_000_123)
        #expect(GlobalID.text(now: at) != id)
    }

    @Test func theWriterGivesEveryNewRowAGlobalID() throws {
        let fixture = try StoreFixture()
        let store = fixture.sqlite
        try Self.dropTriggers(store)
        let opened = try fixture.station.startOrResume(checklist: "mini", enterprise: StoreFixture.code,
                                                       inspectors: ["张三"], profile: nil, now: StoreFixture.now)
        try fixture.station.record(Answer(itemID: "m1", result: .pass), in: opened, by: "张三", now: StoreFixture.now)
        try fixture.station.record(Answer(itemID: "m2", result: .fail, note: "未签协议"), in: opened, by: "张三",
                                   now: StoreFixture.now)
        let (_, hazards) = try fixture.station.complete(opened, now: StoreFixture.now)
        let hazard = try #require(hazards.first)
        _ = try store.changeHazard(hazard.id) {
            try HazardRules.update($0, to: .rectifying,
                                   measures: FiveMeasures(responsible: "王五", measures: "补签", funds: "1万元",
                                                          timeLimit: "30日", plan: "预案"),
                                   note: nil, remediationPlan: EvidenceRef(sha256: String(repeating: "a", count: 64),
                                                                           originalName: "plan.pdf", size: 1),
                                   by: "王五", at: StoreFixture.now)
        }
        var all: [String] = []
        for table in ["session", "hazard", "finding_history", "hazard_history"] {
            let uids = try Self.uids(table, store)
            #expect(!uids.isEmpty, "\(table)")
            #expect(uids.allSatisfy(Self.isV7), "\(table): \(uids)")
            all += uids.compactMap { $0 }
        }
        #expect(Set(all).count == all.count)
        // The session's id was made when it started.
        let session = try #require(try Self.uids("session", store).first ?? nil)
        #expect(Self.millis(GlobalID.time(of: session)) == Self.millis(StoreFixture.now))
    }

    @Test func aRowWrittenWithoutOneGetsOneFromTheSchema() throws {
        let fixture = try StoreFixture()
        try fixture.sqlite.queue.write { db in
            try db.execute(sql: """
                INSERT INTO checklist_snapshot (hash, checklist_id, version, content) VALUES ('h', 'mini', '1', x'00');
                INSERT INTO session (kind, enterprise_code, checklist_id, checklist_version, checklist_hash, inspectors,
                                     status, started_at)
                VALUES ('inspection', '\(StoreFixture.code)', 'mini', '1', 'h', '[]', 'completed', '2026-11-29 01:00:00.000')
                """)
        }
        let uid = try #require(try Self.uids("session", fixture.sqlite).first ?? nil)
        #expect(Self.isV7(uid))
        #expect(abs(try #require(GlobalID.time(of: uid)).timeIntervalSinceNow) < 60)
    }

    @Test func rowsMadeBeforeTheMigrationGetIDsOfTheirOwnTime() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("checkup-uid-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("old.sqlite").path
        do {
            let queue = try DatabaseQueue(path: path)
            try StationMigrations.migrator.migrate(queue, upTo: "v11-inspectors")
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO enterprise (credit_code, name, township, code_valid, registered_at)
                    VALUES ('C1', '甲', '孝顺镇', 1, '2026-01-01 00:00:00.000');
                    INSERT INTO checklist_snapshot (hash, checklist_id, version, content) VALUES ('h', 'mini', '1', x'00');
                    INSERT INTO session (kind, enterprise_code, checklist_id, checklist_version, checklist_hash, inspectors,
                                         status, started_at)
                    VALUES ('inspection', 'C1', 'mini', '1', 'h', '[]', 'completed', '2025-03-04 05:06:07.089');
                    INSERT INTO session (kind, enterprise_code, checklist_id, checklist_version, checklist_hash, inspectors,
                                         status, started_at)
                    VALUES ('inspection', 'C1', 'mini', '1', 'h', '[]', 'completed', '2025-03-04 05:06:07.089');
                    INSERT INTO finding_history (session_id, item_id, new_result, changed_by, changed_at)
                    VALUES (1, 'm1', 'pass', '张三', '2025-03-04 06:00:00.000');
                    """)
            }
        }
        let store = try SQLiteStationStore(path: path)
        let sessions = try Self.uids("session", store)
        #expect(sessions.count == 2 && sessions.allSatisfy(Self.isV7) && sessions[0] != sessions[1])
        let expected = Self.millis(GlobalIDColumns.date("2025-03-04 05:06:07.089"))
        #expect(expected != nil && sessions.allSatisfy { Self.millis(GlobalID.time(of: $0!)) == expected })
        let history = try Self.uids("finding_history", store)
        #expect(Self.millis(GlobalID.time(of: try #require(history.first ?? nil)))
                == Self.millis(GlobalIDColumns.date("2025-03-04 06:00:00.000")))
        // Unique: a second row with the same id is refused.
        #expect(throws: (any Error).self) {
            try store.queue.write { db in
                try db.execute(sql: "UPDATE session SET uid = ? WHERE id = 2", arguments: [sessions[0]])
            }
        }
    }

    @Test func theBulkHazardWriterBindsGlobalIDs() throws {
        let fixture = try StoreFixture()
        let store = fixture.sqlite
        let opened = try fixture.station.startOrResume(checklist: "mini", enterprise: StoreFixture.code,
                                                       inspectors: ["张三"], profile: nil, now: StoreFixture.now)
        try fixture.station.record(Answer(itemID: "m2", result: .fail, note: "未签协议"), in: opened, by: "张三",
                                   now: StoreFixture.now)
        let (_, made) = try fixture.station.complete(opened, now: StoreFixture.now)
        try Self.dropTriggers(store)
        try store.queue.write { db in
            try db.execute(sql: "DELETE FROM hazard_history; DELETE FROM hazard")
            var inserter = HazardBulkInserter(db: db)
            try inserter.insert(made, by: "李四")
        }
        let uids = try Self.uids("hazard", store) + Self.uids("hazard_history", store)
        #expect(uids.count == 2 * made.count && uids.allSatisfy(Self.isV7) && Set(uids).count == uids.count)
    }

    /// Drops the schema's fill-in triggers, so that only the writer can give ids.
    static func dropTriggers(_ store: SQLiteStationStore) throws {
        try store.queue.write { db in
            for table in tables { try db.execute(sql: "DROP TRIGGER \(table)_uid") }
        }
    }
}
