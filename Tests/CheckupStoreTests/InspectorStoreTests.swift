import CheckupCore
import CheckupStore
import Foundation
import GRDB
import Testing

/// The inspector register in the database (SQLite migration `v11-inspectors`, PostgreSQL
/// `4-supervision-inspectors`).
@Suite("Inspector store")
struct InspectorStoreTests {
    @Test("inspectors added are read back by name, across reopening the database", arguments: Backend.all)
    func roundTrip(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        try fixture.store.addInspector(Inspector(name: "李娜", certificate: "B-2"), now: StoreFixture.now)
        try fixture.store.addInspector(Inspector(name: "张伟", certificate: "A-1", phone: "0579-1"), now: StoreFixture.now)
        let read = try fixture.reopened().inspectors()
        #expect(read.map(\.name).sorted() == ["张伟", "李娜"].sorted())
        #expect(read.named("张伟") == Inspector(name: "张伟", certificate: "A-1", phone: "0579-1"))
        #expect(read.named(" 李娜 ")?.certificate == "B-2")
        #expect(read.named("王强") == nil)
    }

    @Test("a name already registered is refused and the first entry kept", arguments: Backend.all)
    func refusesDuplicate(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        try fixture.store.addInspector(Inspector(name: "张伟", certificate: "A-1"), now: StoreFixture.now)
        #expect(throws: InspectorError.duplicate("张伟", certificate: "A-1")) {
            try fixture.store.addInspector(Inspector(name: "张伟", certificate: "B-2"), now: StoreFixture.now)
        }
        #expect(try fixture.store.inspectors() == [Inspector(name: "张伟", certificate: "A-1")])
    }

    @Test("the migration is named v11-inspectors and comes after v6-station-identity")
    func migrationName() throws {
        let fixture = try StoreFixture()
        let names = try DatabaseQueue(path: fixture.sqlite.path).read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
        }
        let v6 = try #require(names.firstIndex(of: "v6-station-identity"))
        let v11 = try #require(names.firstIndex(of: "v11-inspectors"))
        #expect(v11 > v6)
    }
}
