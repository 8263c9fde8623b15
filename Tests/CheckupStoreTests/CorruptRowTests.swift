@testable import CheckupStore
import CheckupCore
import Foundation
import GRDB
import Testing

/// Every reader of a stored row refuses a damaged value with `StoreError.corruptRow`, naming
/// table, row and column, and never traps (issue 14, item 9).
@Suite("Corrupt rows")
struct CorruptRowTests {
    /// A station with an enterprise, a completed inspection (session 1) with one fail and its
    /// hazard (1), and a second, open session (2) with one answer.
    private static func station() throws -> StoreFixture {
        let fixture = try StoreFixture()
        let id = try fixture.start().session.id
        try fixture.station.record(Answer(itemID: "m1", result: .fail, note: "缺失"), session: id, by: "张三", now: StoreFixture.now)
        try fixture.station.complete(id, now: StoreFixture.now)
        let next = try fixture.start().session.id
        try fixture.station.record(Answer(itemID: "m1", result: .pass), session: next, by: "张三", now: StoreFixture.now)
        return fixture
    }

    private static func damage(_ fixture: StoreFixture, _ sql: String) throws {
        let queue = try DatabaseQueue(path: fixture.sqlite.path)
        try queue.write { db in try db.execute(sql: sql) }
    }

    /// A damage, the read that meets it, and the refusal expected.
    struct Case: Sendable, CustomStringConvertible {
        var sql: String
        var read: @Sendable (SQLiteStationStore) throws -> Void
        var expected: StoreError
        var description: String { sql }
    }

    static let nul = "substr(%@, 1, 10) || char(0) || substr(%@, 12)"
    static func withNUL(_ column: String) -> String { nul.replacingOccurrences(of: "%@", with: column) }

    static let cases: [Case] = [
        Case(sql: "UPDATE hazard SET found_at = \(withNUL("found_at"))", read: { _ = try $0.hazards(HazardFilter()) },
             expected: .corruptRow(table: "hazard", row: "1", column: "found_at", problem: .notADate)),
        Case(sql: "UPDATE hazard SET deadline = 1e999", read: { _ = try $0.hazard(1) },
             expected: .corruptRow(table: "hazard", row: "1", column: "deadline", problem: .notADate)),
        Case(sql: "UPDATE hazard SET verified_at = X'00'", read: { _ = try $0.hazard(1) },
             expected: .corruptRow(table: "hazard", row: "1", column: "verified_at", problem: .notADate)),
        Case(sql: "UPDATE hazard SET severity = 'minor'", read: { _ = try $0.hazards(HazardFilter()) },
             expected: .corruptRow(table: "hazard", row: "1", column: "severity",
                                   problem: .unknownValue("minor", allowed: ["major", "general"]))),
        Case(sql: "UPDATE hazard_history SET changed_at = \(withNUL("changed_at"))", read: { _ = try $0.hazardHistory(1) },
             expected: .corruptRow(table: "hazard_history", row: "1", column: "changed_at", problem: .notADate)),
        Case(sql: "UPDATE hazard_history SET to_status = 'gone'", read: { _ = try $0.hazardHistory(1) },
             expected: .corruptRow(table: "hazard_history", row: "1", column: "to_status",
                                   problem: .unknownValue("gone", allowed: ["open", "rectifying", "rectified", "verified"]))),
        Case(sql: "UPDATE session SET started_at = \(withNUL("started_at")) WHERE id = 1", read: { _ = try $0.session(1) },
             expected: .corruptRow(table: "session", row: "1", column: "started_at", problem: .notADate)),
        Case(sql: "UPDATE session SET completed_at = 'yesterday' WHERE id = 1",
             read: { _ = try $0.sessions(enterprise: nil, checklistID: nil, kind: nil, status: nil) },
             expected: .corruptRow(table: "session", row: "1", column: "completed_at", problem: .notADate)),
        Case(sql: "UPDATE session SET kind = 'audit' WHERE id = 1", read: { _ = try $0.session(1) },
             expected: .corruptRow(table: "session", row: "1", column: "kind",
                                   problem: .unknownValue("audit", allowed: ["inspection", "self-check"]))),
        Case(sql: "UPDATE finding SET recorded_at = \(withNUL("recorded_at")) WHERE session_id = 2",
             read: { _ = try $0.findings(session: 2) },
             expected: .corruptRow(table: "finding", row: "2 m1", column: "recorded_at", problem: .notADate)),
        Case(sql: "UPDATE finding SET result = 'ok' WHERE session_id = 2", read: { _ = try $0.findings(session: 2) },
             expected: .corruptRow(table: "finding", row: "2 m1", column: "result",
                                   problem: .unknownValue("ok", allowed: ["pass", "fail", "na", "unchecked"]))),
        Case(sql: "UPDATE finding_history SET changed_at = -1e300 WHERE session_id = 2", read: { _ = try $0.history(session: 2) },
             expected: .corruptRow(table: "finding_history", row: "2", column: "changed_at", problem: .notADate)),
        Case(sql: "UPDATE enterprise SET registered_at = \(withNUL("registered_at"))",
             read: { _ = try $0.enterprise(StoreFixture.code) },
             expected: .corruptRow(table: "enterprise", row: StoreFixture.code, column: "registered_at", problem: .notADate)),
        Case(sql: "UPDATE enterprise SET name = X'FF00'", read: { _ = try $0.enterprises(township: nil) },
             expected: .corruptRow(table: "enterprise", row: StoreFixture.code, column: "name", problem: .notText)),
    ]

    @Test(arguments: cases)
    func aDamagedValueIsRefusedNamingTableRowAndColumn(_ damage: Case) throws {
        let fixture = try Self.station()
        try Self.damage(fixture, damage.sql)
        #expect(throws: damage.expected) { try damage.read(fixture.sqlite) }
    }

    @Test func theRefusalReadsAsOneLineInBothLanguages() {
        let error = StoreError.corruptRow(table: "hazard", row: "17", column: "found_at", problem: .notADate)
        #expect(StoreText.notADate.text("hazard", "17", "found_at", in: .en)
                == "hazard row 17: found_at is not a date (the database is damaged or was edited)")
        #expect(StoreText.notADate.text("hazard", "17", "found_at", in: .zh).contains("数据表 hazard 第 17 行：found_at 不是日期"))
        #expect(!error.description.contains("\n"))
    }

    @Test func datesStillReadInGRDBsOtherFormatsAndAsNumbers() throws {
        let fixture = try Self.station()
        try Self.damage(fixture, "UPDATE hazard SET found_at = '2026-11-29', deadline = 1796000000")
        let hazard = try #require(try fixture.store.hazard(1))
        #expect(Timestamp.day(hazard.foundAt) == "2026-11-29")
        #expect(hazard.deadline == Date(timeIntervalSince1970: 1_796_000_000))
    }
}
