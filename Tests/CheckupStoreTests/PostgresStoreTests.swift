import CheckupCore
import CheckupStore
import Foundation
import Testing

/// What only the PostgreSQL store has to show: its URL, its migrations under the advisory lock,
/// its refusals of a newer schema and of bad connections, and its rules under concurrent writers
/// (each writer a store with its own pool, as each station process is).
@Suite("PostgreSQL store")
struct PostgresStoreTests {
    @Test func theURLGivesHostPortRoleDatabaseAndTLS() throws {
        let url = try PostgresURL("postgresql://jd%40x:pw@db.example:6543/jindong?sslmode=verify-full", environment: [:],
                                  home: "/nonexistent")
        #expect(url.host == "db.example" && url.port == 6543 && url.user == "jd@x" && url.password == "pw")
        #expect(url.database == "jindong" && url.sslMode == .verifyFull)
        #expect(url.display == "postgresql://jd@x@db.example:6543/jindong")
        let plain = try PostgresURL("postgres://checkup@127.0.0.1/station", environment: [:], home: "/nonexistent")
        #expect(plain.port == 5432 && plain.sslMode == .prefer && plain.password == nil)
    }

    @Test func aBadURLIsRefusedWithoutShowingThePassword() {
        #expect(throws: PostgresStoreError.self) { try PostgresURL("postgresql://u:secret@host/db?sslmode=maybe") }
        do {
            _ = try PostgresURL("postgresql://u:secret@host/db?sslmode=maybe")
        } catch {
            #expect(!"\(error)".contains("secret"))
            #expect("\(error)".contains("sslmode"))
        }
        #expect(throws: PostgresStoreError.self) { try PostgresURL("postgresql://u@host/") }
    }

    @Test func thePasswordComesFromPGPASSWORDThenPgpass() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pgpass-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "# comment\nother:5432:*:jd:no\ndb.example:*:jindong:jd:s\\:cret\n"
            .write(to: directory.appendingPathComponent(".pgpass"), atomically: true, encoding: .utf8)
        let fromFile = try PostgresURL("postgresql://jd@db.example/jindong", environment: [:], home: directory.path)
        #expect(fromFile.password == "s:cret")
        let fromEnvironment = try PostgresURL("postgresql://jd@db.example/jindong", environment: ["PGPASSWORD": "env"],
                                              home: directory.path)
        #expect(fromEnvironment.password == "env")
    }

    @Test func anUnreachableServerIsOneLineNamingHostAndCause() throws {
        // A port nothing listens on (bound, then closed).
        let error = #expect(throws: PostgresStoreError.self) {
            _ = try PostgresStationStore("postgresql://checkup@127.0.0.1:1/checkup_test?sslmode=disable")
        }
        let text = error.map { "\($0)" } ?? ""
        #expect(text.contains("127.0.0.1:1") && !text.contains("\n"))
        #expect(text.contains(PostgresText.causeUnreachable.text()))
    }

    @Test(.enabled(if: Backend.server != nil)) func aMissingDatabaseIsNamed() throws {
        var url = try PostgresURL(try #require(Backend.server))
        url.database = "checkup_no_such_database"
        let error = #expect(throws: PostgresStoreError.self) { _ = try PostgresStationStore(url: url) }
        #expect("\(error.map { "\($0)" } ?? "")".contains(PostgresText.causeNoDatabase.text("checkup_no_such_database")))
    }

    @Test(.enabled(if: Backend.server != nil)) func tlsRequiredFromAServerWithoutTLSIsRefused() throws {
        var url = try PostgresURL(try #require(Backend.server))
        url.sslMode = .require
        let error = #expect(throws: PostgresStoreError.self) { _ = try PostgresStationStore(url: url) }
        #expect("\(error.map { "\($0)" } ?? "")".contains(PostgresText.causeNoTLS.text()))
    }

    @Test(.enabled(if: Backend.server != nil)) func storesOpeningAtOnceMigrateOnce() throws {
        let server = try #require(Backend.server)
        let database = try PostgresScratchDatabase.create(on: server)
        defer { try? PostgresScratchDatabase.drop(database, on: server) }
        let failures = Failures()
        let group = DispatchGroup()
        for _ in 0..<6 {
            group.enter()
            Thread {
                defer { group.leave() }
                do {
                    let store = try PostgresStationStore(database)
                    _ = try store.enterprises(township: nil)
                    store.close()
                } catch {
                    failures.add("\(error)")
                }
            }.start()
        }
        group.wait()
        #expect(failures.all.isEmpty)
    }

    @Test(.enabled(if: Backend.server != nil)) func aSchemaANewerCheckupMigratedIsRefused() throws {
        let server = try #require(Backend.server)
        let database = try PostgresScratchDatabase.create(on: server)
        defer { try? PostgresScratchDatabase.drop(database, on: server) }
        try PostgresStationStore(database).close()
        try PostgresScratchDatabase.execute("INSERT INTO checkup_migration (name) VALUES ('99-from-the-future')", in: database)
        let display = try PostgresURL(database).display
        #expect(throws: StoreError.newerDatabase(path: display, migrations: ["99-from-the-future"])) {
            _ = try PostgresStationStore(database)
        }
    }

    @Test(.enabled(if: Backend.server != nil)) func twelveStationsStartingAtOnceLeaveOneOpenSession() throws {
        let fixture = try StoreFixture(.postgres)
        let database = try #require(fixture.serverDatabase)
        let catalog = fixture.directory.appendingPathComponent("catalog").path
        let stations = try (0..<12).map { _ in
            Station(store: try PostgresStationStore(database), catalog: try ChecklistCatalog(directory: catalog),
                    evidence: fixture.station.evidence)
        }
        defer { stations.forEach { ($0.store as? PostgresStationStore)?.close() } }
        let ids = Failures()
        let group = DispatchGroup()
        for station in stations {
            group.enter()
            Thread {
                defer { group.leave() }
                do {
                    let opened = try station.startOrResume(checklist: "mini", enterprise: StoreFixture.code,
                                                           inspectors: ["张三"], profile: nil, now: StoreFixture.now)
                    ids.add(String(opened.session.id))
                } catch {
                    ids.add("error: \(error)")
                }
            }.start()
        }
        group.wait()
        let open = try fixture.store.sessions(enterprise: StoreFixture.code, checklistID: "mini", kind: .inspection,
                                              status: .open)
        #expect(open.count == 1)
        #expect(Set(ids.all) == Set(open.map { String($0.id) }), "every start starts or resumes the one session")
    }

    @Test(.enabled(if: Backend.server != nil)) func answersFromManyStationsAtOnceAreEachStoredOnce() throws {
        let fixture = try StoreFixture(.postgres)
        let database = try #require(fixture.serverDatabase)
        let id = try fixture.start().session.id
        let stores = try (0..<4).map { _ in try PostgresStationStore(database) }
        defer { stores.forEach { $0.close() } }
        let failures = Failures()
        let group = DispatchGroup()
        for (index, store) in stores.enumerated() {
            group.enter()
            Thread {
                defer { group.leave() }
                for round in 0..<10 {
                    do {
                        _ = try store.record(Answer(itemID: index % 2 == 0 ? "m1" : "m2", result: round % 2 == 0 ? .pass : .na),
                                             session: id, by: "检查员\(index)", at: StoreFixture.now, validate: { _ in })
                    } catch {
                        failures.add("\(error)")
                    }
                }
            }.start()
        }
        group.wait()
        #expect(failures.all.isEmpty)
        #expect(try fixture.store.history(session: id).count == 40)
        #expect(try fixture.store.findings(session: id).map(\.itemID).sorted() == ["m1", "m2"])
    }
}

/// Strings gathered from several threads.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []

    func add(_ item: String) {
        lock.lock()
        items.append(item)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}
