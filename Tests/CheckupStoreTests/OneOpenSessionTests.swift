@testable import CheckupStore
import CheckupCore
import Foundation
import GRDB
import Testing

/// At most one open session per enterprise, checklist id and kind, however many processes start
/// one at once (issue 14, item 5).
@Suite("One open session")
struct OneOpenSessionTests {
    @Test func twelveConcurrentStartsOnSeparateConnectionsLeaveOneOpenSession() throws {
        let fixture = try StoreFixture()
        let path = fixture.sqlite.path
        let catalog = fixture.directory.appendingPathComponent("catalog").path
        // Each thread opens its own connection, as each `checkup session start` process does.
        let stations = try (0..<12).map { _ in
            Station(store: try SQLiteStationStore(path: path), catalog: try ChecklistCatalog(directory: catalog),
                    evidence: EvidenceStore.beside(database: path))
        }
        let results = Results()
        let group = DispatchGroup()
        for station in stations {
            group.enter()
            Thread {
                defer { group.leave() }
                do {
                    let opened = try station.startOrResume(checklist: "mini", enterprise: StoreFixture.code,
                                                           inspectors: ["张三"], profile: nil, now: StoreFixture.now)
                    results.add(.success(opened.session.id))
                } catch {
                    results.add(.failure(error))
                }
            }.start()
        }
        group.wait()
        let open = try fixture.store.sessions(enterprise: StoreFixture.code, checklistID: "mini", kind: .inspection,
                                              status: .open)
        #expect(open.count == 1)
        let ids = results.all.compactMap { try? $0.get() }
        #expect(ids.count == 12, "every start succeeds, starting or resuming: \(results.all)")
        #expect(Set(ids) == Set(open.map(\.id)))
    }

    @Test(arguments: Backend.all) func creatingASecondOpenSessionIsRefusedNamingTheFirst(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let first = try fixture.start().session
        let snapshot = try #require(try fixture.store.snapshot(hash: first.checklistHash))
        #expect(throws: StoreError.sessionAlreadyOpen(first.id)) {
            _ = try fixture.store.createSession(NewSession(kind: .inspection, enterpriseCode: StoreFixture.code,
                                                           snapshot: snapshot, profileID: nil, inspectors: ["李四"],
                                                           startedAt: StoreFixture.now))
        }
    }

    @Test func theDatabaseItselfRefusesASecondOpenSession() throws {
        let fixture = try StoreFixture()
        let first = try fixture.start().session
        let queue = try DatabaseQueue(path: fixture.sqlite.path)
        #expect(throws: DatabaseError.self) {
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO session (kind, enterprise_code, checklist_id, checklist_version, checklist_hash,
                                         inspectors, status, started_at)
                    SELECT kind, enterprise_code, checklist_id, checklist_version, checklist_hash, inspectors, 'open',
                           started_at FROM session WHERE id = ?
                    """, arguments: [first.id])
            }
        }
    }

    @Test(arguments: Backend.all) func anotherKindOrACompletedSessionDoesNotBlockAStart(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let first = try fixture.start().session
        let selfCheck = try fixture.station.startOrResume(kind: .selfCheck, checklist: "mini", enterprise: StoreFixture.code,
                                                          inspectors: ["王五"], profile: nil, now: StoreFixture.now)
        #expect(!selfCheck.resumed && selfCheck.session.id != first.id)
        try fixture.station.complete(first.id, now: StoreFixture.now)
        let next = try fixture.start()
        #expect(!next.resumed && next.session.id != first.id)
    }

    @Test func theMigrationKeepsDuplicatesAnEarlierRaceLeftAndStillOpens() throws {
        let fixture = try StoreFixture()
        let first = try fixture.start().session
        let queue = try DatabaseQueue(path: fixture.sqlite.path)
        try queue.write { db in
            // As the race left stations before the rule: two open sessions, the rule not yet installed.
            try db.execute(sql: "DROP TRIGGER IF EXISTS session_one_open_insert")
            try db.execute(sql: "DROP TRIGGER IF EXISTS session_one_open_update")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v5-one-open-session'")
            try db.execute(sql: """
                INSERT INTO session (kind, enterprise_code, checklist_id, checklist_version, checklist_hash,
                                     inspectors, status, started_at)
                SELECT kind, enterprise_code, checklist_id, checklist_version, checklist_hash, inspectors, 'open',
                       started_at FROM session WHERE id = ?
                """, arguments: [first.id])
        }
        let reopened = try SQLiteStationStore(path: fixture.sqlite.path)
        #expect(try reopened.sessions(enterprise: nil, checklistID: nil, kind: nil, status: .open).count == 2)
        let snapshot = try #require(try reopened.snapshot(hash: first.checklistHash))
        #expect(throws: StoreError.self) {
            _ = try reopened.createSession(NewSession(kind: .inspection, enterpriseCode: StoreFixture.code,
                                                      snapshot: snapshot, profileID: nil, inspectors: ["李四"],
                                                      startedAt: StoreFixture.now))
        }
    }
}

/// Results gathered from several threads.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Result<Int64, any Error>] = []

    func add(_ value: Result<Int64, any Error>) {
        lock.lock()
        values.append(value)
        lock.unlock()
    }

    var all: [Result<Int64, any Error>] {
        lock.lock()
        defer { lock.unlock() }
        return values
    }
}
