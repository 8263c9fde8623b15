import CheckupCore
@testable import CheckupServer
import CheckupStore
import Foundation
import Synchronization
import Testing

/// The dashboard and the enterprise lists are kept between requests only while nothing was
/// written: a write by another process on the same database shows on the next request.
@Suite("Cache")
struct CacheTests {
    static let newCode = "91330703MA2HJ4C8XD"

    /// A second store on the fixture's database: what a CLI command beside the server opens.
    static func otherProcess(_ fixture: ServerFixture) throws -> any StationStore {
        if let database = fixture.serverDatabase { return try PostgresStationStore(database) }
        return try SQLiteStationStore(path: fixture.directory.appendingPathComponent("station.sqlite").path)
    }

    @Test("an enterprise added through another connection shows on the next request of /, /enterprises and the API",
          arguments: Backend.all)
    func writeElsewhereShows(_ backend: Backend) async throws {
        let fixture = try ServerFixture(backend)
        try await fixture.test { client in
            let a = try await client.signIn(ServerFixture.userA)
            for path in ["/", "/enterprises", "/api/v1/enterprises"] {
                #expect(try await client.get(path, as: a).body.contains("新开五金厂") == false)
                #expect(try await client.get(path, as: a).body.contains("新开五金厂") == false, "kept: \(path)")
            }
            let other = try Self.otherProcess(fixture)
            defer { (other as? PostgresStationStore)?.close() }
            try other.saveEnterprise(Enterprise(creditCode: Self.newCode, name: "新开五金厂", township: ServerFixture.townshipA,
                                                industry: "机械"), update: false, now: ServerFixture.now)
            for path in ["/", "/enterprises", "/api/v1/enterprises"] {
                #expect(try await client.get(path, as: a).body.contains("新开五金厂"), "\(path)")
            }
        }
    }

    @Test("the data version changes with a write by this store and by another one, and not with reads",
          arguments: Backend.all)
    func dataVersion(_ backend: Backend) throws {
        let fixture = try ServerFixture(backend)
        let store = fixture.station.store
        let first = try store.dataVersion()
        _ = try store.enterprises(township: nil)
        #expect(try store.dataVersion() == first)
        try store.saveEnterprise(Enterprise(creditCode: Self.newCode, name: "新开五金厂", township: ServerFixture.townshipA,
                                            industry: "机械"), update: false, now: ServerFixture.now)
        let second = try store.dataVersion()
        #expect(second != first)
        let other = try Self.otherProcess(fixture)
        defer { (other as? PostgresStationStore)?.close() }
        try other.saveEnterprise(Enterprise(creditCode: Self.newCode, name: "新开五金厂（更名）", township: ServerFixture.townshipA,
                                            industry: "机械"), update: true, now: ServerFixture.now)
        #expect(try store.dataVersion() != second)
    }

    @Test("requests for one key at one version wait for one computation; a new version or age computes again")
    func oneComputation() async throws {
        let cache = ValueCache(lifetime: 60)
        let made = Mutex(0)
        let key = ValueCache.Key(kind: "dashboard", township: "孝顺镇", detail: "")
        let start = Date(timeIntervalSince1970: 1_000_000)
        let make: @Sendable () async throws -> Int = {
            let count = made.withLock { $0 += 1; return $0 }
            try await Task.sleep(for: .milliseconds(100))
            return count
        }
        let values = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<20 { group.addTask { try await cache.value(key, version: "1", now: start, make: make) } }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(values == Array(repeating: 1, count: 20))
        #expect(try await cache.value(key, version: "1", now: start.addingTimeInterval(59), make: make) == 1)
        #expect(try await cache.value(key, version: "2", now: start.addingTimeInterval(59), make: make) == 2)
        #expect(try await cache.value(key, version: "2", now: start.addingTimeInterval(120), make: make) == 3)
        #expect(made.withLock { $0 } == 3)
    }

    @Test("requests at newer versions while a computation runs wait for it, then share one computation")
    func noPileUp() async throws {
        let cache = ValueCache(lifetime: 60)
        let made = Mutex(0)
        let key = ValueCache.Key(kind: "dashboard", township: "孝顺镇", detail: "")
        let start = Date(timeIntervalSince1970: 1_000_000)
        let inFlight = Mutex((now: 0, most: 0))
        let make: @Sendable () async throws -> Int = {
            let count = made.withLock { $0 += 1; return $0 }
            inFlight.withLock { $0.now += 1; $0.most = max($0.most, $0.now) }
            try await Task.sleep(for: .milliseconds(200))
            inFlight.withLock { $0.now -= 1 }
            return count
        }
        let values = try await withThrowingTaskGroup(of: Int.self) { group in
            group.addTask { try await cache.value(key, version: "1", now: start, make: make) }
            try await Task.sleep(for: .milliseconds(50))
            for _ in 0..<10 { group.addTask { try await cache.value(key, version: "2", now: start, make: make) } }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(values.sorted() == [1] + Array(repeating: 2, count: 10))
        #expect(made.withLock { $0 } == 2)
        #expect(inFlight.withLock { $0.most } == 1)
    }
}
