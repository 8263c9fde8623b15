import CheckupCore
import CheckupStore
import Foundation
import GRDB
import Testing

/// The station identity in the database (migration `v6-station-identity`) and its checks.
@Suite("Station identity store")
struct StationIdentityStoreTests {
    @Test("a new station has no identity", arguments: Backend.all)
    func unsetByDefault(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        #expect(try fixture.store.stationIdentity() == StationIdentity())
        #expect(try fixture.store.stationIdentity().isEmpty)
    }

    @Test("the identity saved is the identity read back, across reopening the database", arguments: Backend.all)
    func roundTrip(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let identity = StationIdentity(name: "孝顺镇安全生产体检站", shortName: "孝顺体检站", noticePrefix: "孝安体",
                                       address: "孝顺镇中心街1号", phone: "0579-8000 0000", district: "金东区")
        try fixture.store.saveStationIdentity(identity, now: StoreFixture.now)
        #expect(try fixture.reopened().stationIdentity() == identity)
    }

    @Test("saving again replaces the one row; a nil field is stored unset")
    func replaces() throws {
        let fixture = try StoreFixture()
        try fixture.store.saveStationIdentity(StationIdentity(name: "甲", phone: "1"), now: StoreFixture.now)
        try fixture.store.saveStationIdentity(StationIdentity(name: "乙"), now: StoreFixture.now)
        #expect(try fixture.store.stationIdentity() == StationIdentity(name: "乙"))
        let rows = try DatabaseQueue(path: fixture.sqlite.path).read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM station_identity")
        }
        #expect(rows == 1)
    }

    @Test("the migration is named v6-station-identity and comes after v5-one-open-session")
    func migrationName() throws {
        let fixture = try StoreFixture()
        let names = try DatabaseQueue(path: fixture.sqlite.path).read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
        }
        // Later migrations are appended after it; it stays right after v5.
        let v5 = try #require(names.firstIndex(of: "v5-one-open-session"))
        #expect(names.dropFirst(v5).prefix(2) == ["v5-one-open-session", "v6-station-identity"])
    }

    @Test("values are trimmed, and empty means unset")
    func cleaned() throws {
        #expect(try StationIdentity.cleaned("  金东区安全生产体检站\u{3000}", for: .name) == "金东区安全生产体检站")
        #expect(try StationIdentity.cleaned("  ", for: .address) == nil)
    }

    @Test("control characters, overlong values and letters in a telephone are refused")
    func refusals() throws {
        #expect(throws: StationIdentityError.controlCharacter("--name")) { try StationIdentity.cleaned("a\tb", for: .name) }
        #expect(throws: StationIdentityError.controlCharacter("--address")) { try StationIdentity.cleaned("a\u{202E}b", for: .address) }
        #expect(throws: StationIdentityError.tooLong("--notice-prefix", length: 17, limit: 16)) {
            try StationIdentity.cleaned(String(repeating: "安", count: 17), for: .noticePrefix)
        }
        #expect(throws: StationIdentityError.badPhoneCharacter("x")) { try StationIdentity.cleaned("0579x1", for: .phone) }
        #expect(try StationIdentity.cleaned("(0579) 8000-0000 转 12", for: .phone) == "(0579) 8000-0000 转 12")
    }
}
