import CheckupCore
import Foundation
import GRDB

/// Dates as GRDB stores them (`yyyy-MM-dd HH:mm:ss.SSS`, UTC). GRDB formats every date through
/// a `DateFormatter` (ICU, a few microseconds each); the bulk paths format a whole number of
/// seconds in the Gregorian years 1583–9999 themselves — where ICU's calendar is the proleptic
/// Gregorian one and the milliseconds are 000 — and leave any other date to GRDB.
enum DatabaseDateText {
    /// 1583-01-01T00:00:00Z and 10000-01-01T00:00:00Z, in seconds since 1970.
    static let fastRange: ClosedRange<Double> = -12_212_553_600 ... 253_402_300_799

    /// The text GRDB stores for `date`.
    static func text(_ date: Date) -> String {
        let seconds = date.timeIntervalSince1970
        guard fastRange.contains(seconds), seconds.rounded(.down) == seconds else {
            return String.fromDatabaseValue(date.databaseValue) ?? ""
        }
        let whole = Int64(seconds)
        var days = whole / 86_400
        var time = whole % 86_400
        if time < 0 {
            time += 86_400
            days -= 1
        }
        let (year, month, day) = CivilDate.date(days: Int(days))
        return String(unsafeUninitializedCapacity: 23) { buffer in
            func put(_ value: Int64, _ digits: Int, at offset: Int) {
                var value = value
                for position in stride(from: offset + digits - 1, through: offset, by: -1) {
                    buffer[position] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
            }
            put(Int64(year), 4, at: 0)
            buffer[4] = UInt8(ascii: "-")
            put(Int64(month), 2, at: 5)
            buffer[7] = UInt8(ascii: "-")
            put(Int64(day), 2, at: 8)
            buffer[10] = UInt8(ascii: " ")
            put(time / 3600, 2, at: 11)
            buffer[13] = UInt8(ascii: ":")
            put(time / 60 % 60, 2, at: 14)
            buffer[16] = UInt8(ascii: ":")
            put(time % 60, 2, at: 17)
            buffer[19] = UInt8(ascii: ".")
            buffer[20] = UInt8(ascii: "0")
            buffer[21] = UInt8(ascii: "0")
            buffer[22] = UInt8(ascii: "0")
            return 23
        }
    }
}

extension DatabaseDateText {
    /// The date GRDB reads from column `index` of `row`. Text as GRDB writes it
    /// (`yyyy-MM-dd HH:mm:ss.SSS`, UTC, years 1583–9999) is read in place by arithmetic, to the
    /// same `Date`; anything else goes through GRDB. GRDB turns every date into calendar
    /// components and back through `Calendar`, about 6 % of a township report.
    static func date(_ row: Row, atIndex index: Int) throws -> Date {
        try row.decode(StoredDate.self, atIndex: index).date
    }

    /// As `date(_:atIndex:)`, nil for NULL.
    static func optionalDate(_ row: Row, atIndex index: Int) throws -> Date? {
        try row.decode(StoredDate?.self, atIndex: index)?.date
    }

    /// `yyyy-MM-dd HH:mm:ss.SSS` (exactly), or nil.
    static func parse(_ text: UnsafeRawBufferPointer) -> Date? {
        guard text.count == 23, text[4] == UInt8(ascii: "-"), text[7] == UInt8(ascii: "-"), text[10] == UInt8(ascii: " "),
              text[13] == UInt8(ascii: ":"), text[16] == UInt8(ascii: ":"), text[19] == UInt8(ascii: ".") else { return nil }
        var failed = false
        func number(_ start: Int, _ count: Int) -> Int {
            var value = 0
            for offset in start..<(start + count) {
                let digit = Int(text[offset]) - 48
                if digit < 0 || digit > 9 { failed = true }
                value = value * 10 + digit
            }
            return value
        }
        let year = number(0, 4), month = number(5, 2), day = number(8, 2)
        let hour = number(11, 2), minute = number(14, 2), second = number(17, 2), millis = number(20, 3)
        guard !failed, year >= 1583, (1...12).contains(month), day >= 1, day <= CivilDate.daysIn(month: month, year: year),
              hour < 24, minute < 60, second < 60 else { return nil }
        let seconds = CivilDate.days(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second
        // As Foundation's calendar computes it: whole seconds since 2001, then the fraction.
        return Date(timeIntervalSinceReferenceDate: Double(seconds - 978_307_200) + Double(millis * 1_000_000) / 1_000_000_000)
    }
}
