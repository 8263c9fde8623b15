import CheckupCore
@testable import CheckupStore
import Foundation
import GRDB
import Testing

/// Checklist text limits apply to what enters the catalog, never to a session's snapshot.
@Suite("Checklist text limits")
struct ChecklistTextLimitTests {
    /// The fixture checklist with item m1's title `count` characters long.
    static func longTitle(_ fixture: StoreFixture, count: Int) throws -> [UInt8] {
        let text = try String(contentsOf: fixture.catalogFile, encoding: .utf8)
            .replacingOccurrences(of: "<title>责任制</title>", with: "<title>\(String(repeating: "题", count: count))</title>")
        return Array(text.utf8)
    }

    @Test func aCatalogFileWithATooLongTitleIsRefused() throws {
        let fixture = try StoreFixture()
        try Data(try Self.longTitle(fixture, count: 201)).write(to: fixture.catalogFile)
        #expect {
            _ = try fixture.station.catalog.load(file: fixture.catalogFile.path)
        } throws: { error in
            "\(error)".contains("<title> is 201 characters long; at most 200")
        }
    }

    @Test func aSnapshotStoredBeforeTheLimitsStillReads() throws {
        let fixture = try StoreFixture()
        let opened = try fixture.start()
        let session = opened.session
        // A snapshot as an older version stored it, with a title past today's limit.
        let old = try Self.longTitle(fixture, count: 300)
        try fixture.sqlite.queue.write { db in
            try db.execute(sql: "UPDATE checklist_snapshot SET content = ? WHERE hash = ?",
                           arguments: [Data(old), session.checklistHash])
        }
        let checklist = try fixture.station.checklist(of: session)
        #expect(checklist.item("m1")?.title.primary.count == 300)
    }
}
