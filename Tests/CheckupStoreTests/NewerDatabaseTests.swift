@testable import CheckupStore
import CheckupCore
import Foundation
import GRDB
import Testing

/// A database a newer Checkup migrated is refused before anything is migrated or written
/// (issue 14, item 10).
@Suite("Newer database")
struct NewerDatabaseTests {
    /// A station database a newer Checkup opened: it applied `v99-from-the-future`, and this
    /// binary's last migration is missing (as if a newer one had replaced it), so opening it
    /// without the check would migrate it.
    private static func futureDatabase() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("checkup-newer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("station.sqlite").path
        _ = try SQLiteStationStore(path: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "DROP TABLE selfcheck_answers")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v4-selfcheck-answers'")
            try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99-from-the-future')")
        }
        return path
    }

    @Test func aDatabaseWithAnUnknownMigrationIsRefusedNamingIt() throws {
        let path = try Self.futureDatabase()
        #expect(throws: StoreError.newerDatabase(path: path, migrations: ["v99-from-the-future"])) {
            _ = try SQLiteStationStore(path: path)
        }
    }

    @Test func theRefusedDatabaseIsNotMigrated() throws {
        let path = try Self.futureDatabase()
        _ = try? SQLiteStationStore(path: path)
        let queue = try DatabaseQueue(path: path)
        let (answersTable, applied) = try queue.read { db in
            (try db.tableExists("selfcheck_answers"),
             try String.fetchSet(db, sql: "SELECT identifier FROM grdb_migrations"))
        }
        #expect(!answersTable)
        #expect(!applied.contains("v4-selfcheck-answers") && applied.contains("v99-from-the-future"))
    }

    @Test func theRefusalSaysUpgradeInBothLanguages() {
        let error = StoreError.newerDatabase(path: "a.sqlite", migrations: ["v9-x"])
        #expect(StoreText.newerDatabase.text("a.sqlite", "v9-x", in: .en)
                == "a.sqlite: written by a newer Checkup (migration v9-x); upgrade checkup. Nothing was written")
        #expect(StoreText.newerDatabase.text("a.sqlite", "v9-x", in: .zh).contains("请升级 checkup"))
        #expect(error.description.contains("v9-x"))
    }
}
