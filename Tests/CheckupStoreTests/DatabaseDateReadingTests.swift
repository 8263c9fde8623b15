@testable import CheckupStore
import Foundation
import CheckupCore
import GRDB
import Testing

/// Reading dates by arithmetic gives the `Date` GRDB gives, bit for bit.
@Suite("Database date reading")
struct DatabaseDateReadingTests {
    /// The text of `seconds` since 1970 with `millis`, as GRDB stores dates.
    private static func text(days: Int, second: Int, millis: Int) -> String {
        let (year, month, day) = CivilDate.date(days: days)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let ms = millis < 10 ? "00\(millis)" : millis < 100 ? "0\(millis)" : "\(millis)"
        return "\(year)-\(two(month))-\(two(day)) \(two(second / 3600)):\(two(second / 60 % 60)):\(two(second % 60)).\(ms)"
    }

    @Test func everyTextReadsAsGRDBReadsIt() throws {
        var state: UInt64 = 0x2026_1129
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var texts = ["1583-01-01 00:00:00.000", "1970-01-01 00:00:00.000", "2000-02-29 23:59:59.999",
                     "2026-11-29 09:30:00.001", "9999-12-31 23:59:59.999", "2026-11-29 09:30:00.500"]
        for _ in 0..<20_000 {
            // 1583-01-01 to 9999-12-31: days -141,427 to 2,932,896 since 1970.
            texts.append(Self.text(days: -141_427 + next(3_074_324), second: next(86_400), millis: next(1000)))
        }
        let queue = try DatabaseQueue()
        try queue.read { db in
            for text in texts {
                let row = try #require(try Row.fetchOne(db, sql: "SELECT ?", arguments: [text]))
                let expected = try row.decode(Date.self, atIndex: 0)
                let read = try text.utf8CString.withUnsafeBytes { bytes in
                    DatabaseDateText.parse(UnsafeRawBufferPointer(rebasing: bytes.dropLast()))
                }
                #expect(read?.timeIntervalSinceReferenceDate == expected.timeIntervalSinceReferenceDate, "\(text)")
                // A copied row (values) and a row read in place from the statement (a cursor's).
                #expect(try DatabaseDateText.date(row, atIndex: 0) == expected)
                let cursor = try Row.fetchCursor(db, sql: "SELECT ?", arguments: [text])
                while let live = try cursor.next() {
                    #expect(try DatabaseDateText.date(live, atIndex: 0) == expected, "\(text)")
                }
            }
        }
    }

    @Test func otherTextsAndNullGoThroughGRDB() throws {
        let queue = try DatabaseQueue()
        try queue.read { db in
            for text in ["2026-11-29", "2026-11-29 09:30", "2026-11-29T09:30:00.000", "1500-01-01 00:00:00.000",
                         "2026-02-30 00:00:00.000", "2026-11-29 09:30:00.0001"] {
                let row = try #require(try Row.fetchOne(db, sql: "SELECT ?", arguments: [text]))
                let expected = try? row.decode(Date.self, atIndex: 0)
                #expect((try? DatabaseDateText.date(row, atIndex: 0)) == expected, "\(text)")
                let cursor = try Row.fetchCursor(db, sql: "SELECT ?", arguments: [text])
                while let live = try cursor.next() {
                    #expect((try? DatabaseDateText.date(live, atIndex: 0)) == expected, "\(text)")
                }
            }
            let null = try #require(try Row.fetchOne(db, sql: "SELECT NULL"))
            #expect(try DatabaseDateText.optionalDate(null, atIndex: 0) == nil)
            let cursor = try Row.fetchCursor(db, sql: "SELECT NULL")
            while let live = try cursor.next() {
                #expect(try DatabaseDateText.optionalDate(live, atIndex: 0) == nil)
            }
        }
    }
}
