import Foundation
import GRDB
import GRDBSQLite

/// A date column, read through `DatabaseDateText.parse` straight from SQLite's text when it can
/// be, through GRDB's `Date` otherwise.
struct StoredDate: DatabaseValueConvertible, StatementColumnConvertible {
    var date: Date

    init(_ date: Date) {
        self.date = date
    }

    init?(sqliteStatement: SQLiteStatement, index: CInt) {
        if sqlite3_column_type(sqliteStatement, index) == SQLITE_TEXT, let text = sqlite3_column_text(sqliteStatement, index),
           let date = DatabaseDateText.parse(UnsafeRawBufferPointer(start: text, count: Int(sqlite3_column_bytes(sqliteStatement, index)))) {
            self.date = date
            return
        }
        guard let date = Date(sqliteStatement: sqliteStatement, index: index) else { return nil }
        self.date = date
    }

    var databaseValue: DatabaseValue { date.databaseValue }

    static func fromDatabaseValue(_ dbValue: DatabaseValue) -> StoredDate? {
        if case .string(let text) = dbValue.storage {
            var text = text
            if let date = text.withUTF8({ DatabaseDateText.parse(UnsafeRawBufferPointer($0)) }) { return StoredDate(date) }
        }
        return Date.fromDatabaseValue(dbValue).map(StoredDate.init)
    }
}
