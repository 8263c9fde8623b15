import CheckupCore
import Foundation

/// A calendar day in station time (UTC+8), as ledgers print it: `2026-11-29`, or an Excel date
/// serial. Computed arithmetically (no `Calendar`), so a 200,000-row ledger formats its dates
/// in milliseconds.
public struct StationDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Days since 1970-01-01 (station time).
    public let daysSince1970: Int

    private static let offset = Int(Timestamp.stationZone.secondsFromGMT())

    /// The day with this number.
    public init(daysSince1970: Int) {
        self.daysSince1970 = daysSince1970
    }

    /// The station-time day containing `date`.
    public init(_ date: Date) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + Self.offset
        daysSince1970 = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    }

    /// The day of a date or time as `Timestamp.parse` reads it (`2026-11-29`, or a time whose
    /// station-time day is taken); nil for anything else.
    public init?(parsing text: String) {
        guard let date = Timestamp.parse(text) else { return nil }
        self.init(date)
    }

    /// The day `year-month-day` (proleptic Gregorian).
    public init(year: Int, month: Int, day: Int) {
        daysSince1970 = CivilDate.days(year: year, month: month, day: day)
    }

    /// Midnight at the start of the day, station time.
    public var start: Date {
        Date(timeIntervalSince1970: TimeInterval(daysSince1970 * 86_400 - Self.offset))
    }

    /// The following day.
    public var next: StationDay {
        StationDay(daysSince1970: daysSince1970 + 1)
    }

    /// Year, month (1–12) and day (1–31).
    public var components: (year: Int, month: Int, day: Int) {
        CivilDate.date(days: daysSince1970)
    }

    /// `2026-11-29`.
    public var description: String {
        let (year, month, day) = components
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let y = String(year)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + two(month) + "-" + two(day)
    }

    /// Appends `2026-11-29` as ASCII (years 0–9999).
    func appendISO(to bytes: inout [UInt8]) {
        let (year, month, day) = components
        let y = max(0, min(9999, year))
        bytes.append(UInt8(48 + y / 1000))
        bytes.append(UInt8(48 + y / 100 % 10))
        bytes.append(UInt8(48 + y / 10 % 10))
        bytes.append(UInt8(48 + y % 10))
        bytes.append(0x2D)
        bytes.append(UInt8(48 + month / 10))
        bytes.append(UInt8(48 + month % 10))
        bytes.append(0x2D)
        bytes.append(UInt8(48 + day / 10))
        bytes.append(UInt8(48 + day % 10))
    }

    /// Excel's serial number of the day (days since 1899-12-30; 1970-01-01 is 25569).
    public var excelSerial: Int {
        daysSince1970 + 25_569
    }

    public static func < (lhs: StationDay, rhs: StationDay) -> Bool {
        lhs.daysSince1970 < rhs.daysSince1970
    }
}
