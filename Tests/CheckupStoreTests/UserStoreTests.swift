import CheckupCore
import CheckupStore
import Foundation
import GRDB
import Testing

/// The users of `checkup serve` in the database (SQLite migration `v12-users`, PostgreSQL
/// `5-users`): only hashes are stored, names are unique, disabling and tokens.
@Suite("User store")
struct UserStoreTests {
    static let township = User(name: "孝顺镇安监", role: .township, township: "孝顺镇", createdAt: StoreFixture.now)
    static let district = User(name: "区应急局", role: .district, township: nil, createdAt: StoreFixture.now)

    @Test("users added are read back by name with their password hash, across reopening", arguments: Backend.all)
    func roundTrip(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        try fixture.store.addUser(Self.township, passwordHash: "$2b$10$hashA")
        try fixture.store.addUser(Self.district, passwordHash: "$2b$10$hashB")
        let store = try fixture.reopened()
        #expect(try store.users().map(\.name) == [Self.district.name, Self.township.name].sorted())
        #expect(try store.user(named: " 孝顺镇安监 ") == Self.township)
        let credentials = try #require(try store.credentials(named: "区应急局"))
        #expect(credentials.user == Self.district)
        #expect(credentials.passwordHash == "$2b$10$hashB")
        #expect(try store.user(named: "nobody") == nil)
    }

    @Test("a name already taken is refused and the first user kept", arguments: Backend.all)
    func refusesDuplicate(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        try fixture.store.addUser(Self.township, passwordHash: "first")
        var other = Self.district
        other.name = Self.township.name
        #expect(throws: UserError.duplicate(Self.township.name)) {
            try fixture.store.addUser(other, passwordHash: "second")
        }
        #expect(try fixture.store.credentials(named: Self.township.name)?.passwordHash == "first")
        #expect(try fixture.store.user(named: Self.township.name)?.role == .township)
    }

    @Test("a new password hash replaces the old; an unknown user is refused", arguments: Backend.all)
    func changesPassword(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        try fixture.store.addUser(Self.township, passwordHash: "old")
        try fixture.store.setPassword(of: Self.township.name, passwordHash: "new")
        #expect(try fixture.store.credentials(named: Self.township.name)?.passwordHash == "new")
        #expect(throws: UserError.unknown("nobody")) { try fixture.store.setPassword(of: "nobody", passwordHash: "x") }
    }

    @Test("a token is found by its hash; a new token replaces it; disabling clears it", arguments: Backend.all)
    func tokens(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        try fixture.store.addUser(Self.township, passwordHash: "p")
        try fixture.store.setToken(of: Self.township.name, tokenHash: "t1")
        #expect(try fixture.store.user(tokenHash: "t1") == Self.township)
        try fixture.store.setToken(of: Self.township.name, tokenHash: "t2")
        #expect(try fixture.store.user(tokenHash: "t1") == nil)
        #expect(try fixture.store.user(tokenHash: "t2")?.name == Self.township.name)
        #expect(try fixture.store.disableUser(Self.township.name))
        #expect(try fixture.store.user(tokenHash: "t2") == nil)
        #expect(throws: UserError.disabled(Self.township.name)) {
            try fixture.store.setToken(of: Self.township.name, tokenHash: "t3")
        }
    }

    @Test("disabling marks the user disabled once; an unknown user is refused", arguments: Backend.all)
    func disables(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        try fixture.store.addUser(Self.township, passwordHash: "p")
        #expect(try fixture.store.disableUser(Self.township.name))
        #expect(try fixture.store.disableUser(Self.township.name) == false)
        #expect(try fixture.store.user(named: Self.township.name)?.disabled == true)
        #expect(throws: UserError.unknown("nobody")) { _ = try fixture.store.disableUser("nobody") }
    }

    @Test("the migration is named v12-users and comes after v11-inspectors")
    func migrationName() throws {
        let fixture = try StoreFixture()
        let names = try DatabaseQueue(path: fixture.sqlite.path).read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
        }
        let v11 = try #require(names.firstIndex(of: "v11-inspectors"))
        let v12 = try #require(names.firstIndex(of: "v12-users"))
        #expect(v12 > v11)
    }
}
