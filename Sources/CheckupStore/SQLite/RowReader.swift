import Foundation
import GRDB

/// Reads the columns of one stored row as `DatabaseValue`s and turns every value that is not of
/// its column's kind into `StoreError.corruptRow`, naming the table, the row and the column. A
/// damaged or hand-edited database (a NUL inside a date, text in an integer column, an unknown
/// status) is then refused in one line instead of trapping: GRDB asserts on a NUL inside a date
/// it parses from a statement, and its record decoding throws errors that name no row.
struct RowReader {
    /// The row.
    let row: Row
    /// Its table, as named in messages.
    let table: String
    /// How the row is named in messages (its key).
    let key: String

    /// A reader naming the row by the value of `keyColumns` (joined by a space).
    init(_ row: Row, table: String, key keyColumns: [String]) {
        self.row = row
        self.table = table
        key = keyColumns.map { Self.label(Self.value(row, $0)) }.joined(separator: " ")
    }

    /// A reader naming the row `key`.
    init(_ row: Row, table: String, key: String) {
        self.row = row
        self.table = table
        self.key = key
    }

    /// A reader naming the row by the values at `keyIndexes` (for rows read by position).
    init(_ row: Row, table: String, keyAt keyIndexes: [Int]) {
        self.row = row
        self.table = table
        key = keyIndexes.map { Self.label(row[$0] as DatabaseValue) }.joined(separator: " ")
    }

    private static func value(_ row: Row, _ column: String) -> DatabaseValue {
        row.hasColumn(column) ? row[column] as DatabaseValue : .null
    }

    /// A key value as a message shows it: integers and text as they are (text without control
    /// characters), anything else by its kind.
    private static func label(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .int64(let number): String(number)
        case .string(let text): String(String.UnicodeScalarView(text.unicodeScalars.prefix(64).map {
            $0.properties.generalCategory == .control ? "?" : $0
        }))
        case .double(let number): String(number)
        case .blob: "(blob)"
        case .null: "(null)"
        }
    }

    /// The error for `column`.
    func corrupt(_ column: String, _ problem: RowProblem) -> StoreError {
        .corruptRow(table: table, row: key, column: column, problem: problem)
    }

    // MARK: By name

    /// Text (kept whole, a NUL included: text a writer once accepted stays readable).
    func text(_ column: String) throws(StoreError) -> String {
        guard let text = try optionalText(column) else { throw corrupt(column, .notText) }
        return text
    }

    /// Text or NULL.
    func optionalText(_ column: String) throws(StoreError) -> String? {
        try Self.text(Self.value(row, column)) { corrupt(column, $0) }
    }

    /// An integer.
    func integer(_ column: String) throws(StoreError) -> Int64 {
        guard let value = Int64.fromDatabaseValue(Self.value(row, column)) else { throw corrupt(column, .notAnInteger) }
        return value
    }

    /// An integer or NULL.
    func optionalInteger(_ column: String) throws(StoreError) -> Int64? {
        let value = Self.value(row, column)
        if value.isNull { return nil }
        guard let number = Int64.fromDatabaseValue(value) else { throw corrupt(column, .notAnInteger) }
        return number
    }

    /// A boolean (an integer, as SQLite stores them).
    func bool(_ column: String) throws(StoreError) -> Bool {
        try integer(column) != 0
    }

    /// A date (see `StoredDate`).
    func date(_ column: String) throws(StoreError) -> Date {
        guard let date = try optionalDate(column) else { throw corrupt(column, .notADate) }
        return date
    }

    /// A date or NULL. Decoded from the statement where the row is read in place: GRDB's
    /// `DatabaseValue` of a text cuts it at a NUL, which would let "2026-11-29␀…" pass as a day.
    func optionalDate(_ column: String) throws(StoreError) -> Date? {
        if Self.value(row, column).isNull { return nil }
        guard let stored = (try? row.decode(StoredDate?.self, forColumn: column)) ?? nil else {
            throw corrupt(column, .notADate)
        }
        return stored.date
    }

    /// Bytes (a blob, or text as its UTF-8).
    func data(_ column: String) throws(StoreError) -> Data {
        guard let data = Data.fromDatabaseValue(Self.value(row, column)) else { throw corrupt(column, .notText) }
        return data
    }

    /// `raw` if it is one of `type`'s raw values, else the error naming the allowed ones.
    func checked<T: RawRepresentable & CaseIterable>(_ raw: String, _ column: String, as type: T.Type) throws(StoreError)
        where T.RawValue == String {
        guard T(rawValue: raw) == nil else { return }
        throw corrupt(column, .unknownValue(Self.label(raw.databaseValue), allowed: T.allCases.map(\.rawValue)))
    }

    // MARK: Diagnosis

    /// What a column must hold, for `diagnose`.
    enum Kind {
        case text, optionalText, integer, optionalInteger, date, optionalDate
    }

    /// The first column (of `columns`, by position) whose value is not of its kind: the
    /// explanation of a failed positional decoding, which the fast path leaves to GRDB.
    /// Falls back to `fallback` when every value looks right.
    func diagnose(_ columns: [(name: String, kind: Kind)], fallback: any Error) -> any Error {
        for (index, column) in columns.enumerated() {
            let value = row[index] as DatabaseValue
            switch column.kind {
            case .text, .optionalText:
                if value.isNull && column.kind == .text { return corrupt(column.name, .notText) }
                do {
                    _ = try Self.text(value) { corrupt(column.name, $0) }
                } catch {
                    return error
                }
            case .integer, .optionalInteger:
                if value.isNull && column.kind == .optionalInteger { continue }
                if Int64.fromDatabaseValue(value) == nil { return corrupt(column.name, .notAnInteger) }
            case .date, .optionalDate:
                if value.isNull && column.kind == .optionalDate { continue }
                if ((try? row.decode(StoredDate?.self, atIndex: index)) ?? nil) == nil { return corrupt(column.name, .notADate) }
            }
        }
        return fallback
    }

    /// The text of `value`: nil for NULL; a number or blob where text belongs is refused
    /// through `error` (GRDB's decoding refused it too, naming no row).
    private static func text(_ value: DatabaseValue,
                             _ error: (RowProblem) -> StoreError) throws(StoreError) -> String? {
        switch value.storage {
        case .null: return nil
        case .string(let text): return text
        case .int64, .double, .blob: throw error(.notText)
        }
    }
}
