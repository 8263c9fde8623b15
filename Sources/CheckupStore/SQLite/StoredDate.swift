import Foundation
import GRDB
import GRDBSQLite

/// A date column, read through `DatabaseDateText.parse` straight from SQLite's text when it can
/// be, through GRDB's `Date` otherwise. Whatever the column holds, reading it never traps: text
/// with a NUL inside (on which GRDB's date parser asserts), a number that is not finite, or a
/// moment outside the years 1–9999 is no date (nil), which the readers report as a damaged row.
struct StoredDate: DatabaseValueConvertible, StatementColumnConvertible {
    var date: Date

    /// 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z, in seconds since 1970: the moments a date
    /// column may hold (GRDB's own format has four-digit years; Checkup writes only 2000 onwards).
    static let readable: ClosedRange<Double> = -62_135_596_800 ... 253_402_300_799

    init(_ date: Date) {
        self.date = date
    }

    init?(sqliteStatement: SQLiteStatement, index: CInt) {
        switch sqlite3_column_type(sqliteStatement, index) {
        case SQLITE_TEXT:
            guard let text = sqlite3_column_text(sqliteStatement, index) else { return nil }
            let bytes = UnsafeRawBufferPointer(start: text, count: Int(sqlite3_column_bytes(sqliteStatement, index)))
            if let date = DatabaseDateText.parse(bytes) {
                self.date = date
                return
            }
            guard let date = Self.date(text: bytes) else { return nil }
            self.date = date
        case SQLITE_INTEGER, SQLITE_FLOAT:
            guard let date = Self.date(seconds: sqlite3_column_double(sqliteStatement, index)) else { return nil }
            self.date = date
        default:
            return nil
        }
    }

    var databaseValue: DatabaseValue { date.databaseValue }

    static func fromDatabaseValue(_ dbValue: DatabaseValue) -> StoredDate? {
        switch dbValue.storage {
        case .string(var text):
            if let date = text.withUTF8({ DatabaseDateText.parse(UnsafeRawBufferPointer($0)) }) { return StoredDate(date) }
            return text.withUTF8 { date(text: UnsafeRawBufferPointer($0)) }.map(StoredDate.init)
        case .int64(let seconds):
            return date(seconds: Double(seconds)).map(StoredDate.init)
        case .double(let seconds):
            return date(seconds: seconds).map(StoredDate.init)
        case .null, .blob:
            return nil
        }
    }

    /// The date in `text` in one of GRDB's other formats (`2026-11-29`, `2026-11-29T09:30`, …),
    /// or nil: text with a NUL inside never reaches GRDB's parser, which asserts on it.
    private static func date(text: UnsafeRawBufferPointer) -> Date? {
        guard !text.contains(0) else { return nil }
        guard let date = Date.fromDatabaseValue(String(decoding: text, as: UTF8.self).databaseValue) else { return nil }
        return readable.contains(date.timeIntervalSince1970) ? date : nil
    }

    /// Seconds since 1970 as a date, or nil when not finite or outside `readable`.
    private static func date(seconds: Double) -> Date? {
        readable.contains(seconds) ? Date(timeIntervalSince1970: seconds) : nil
    }
}
