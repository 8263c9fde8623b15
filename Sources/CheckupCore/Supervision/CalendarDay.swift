import Foundation

/// A day in station time (UTC+8) as a number, for intervals and due dates: due dates are whole
/// days, so an inspection at 09:00 and one at 17:00 on the same day fall due on the same day.
public struct CalendarDay: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Days since 1970-01-01 (station time).
    public var number: Int

    private static let offset = Int(Timestamp.stationZone.secondsFromGMT())

    /// The day with this number.
    public init(number: Int) { self.number = number }

    /// The station-time day containing `date`.
    public init(_ date: Date) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + Self.offset
        number = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    }

    /// The day `days` later (earlier when negative).
    public func adding(_ days: Int) -> CalendarDay { CalendarDay(number: number + days) }

    /// Whole days from `other` to this day.
    public func days(since other: CalendarDay) -> Int { number - other.number }

    /// Midnight at the start of the day, station time.
    public var start: Date { Date(timeIntervalSince1970: TimeInterval(number * 86_400 - Self.offset)) }

    /// `2026-11-29`.
    public var description: String {
        let (year, month, day) = CivilDate.date(days: number)
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// `20261129`, as iCalendar writes a date.
    public var compact: String { description.replacingOccurrences(of: "-", with: "") }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool { lhs.number < rhs.number }
}
