import Foundation
import Testing
@testable import CheckupCore

@Suite("Timestamps")
struct TimestampTests {
    /// The parse as `Calendar` computes it: the reference the arithmetic must match.
    static func reference(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int,
                          nanos: Int, offset: Int) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        guard let zone = TimeZone(secondsFromGMT: offset) else { return nil }
        calendar.timeZone = zone
        guard let date = calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour,
                                                             minute: minute, second: second, nanosecond: nanos))
        else { return nil }
        let check = calendar.dateComponents([.year, .month, .day], from: date)
        return check.year == year && check.month == month && check.day == day ? date : nil
    }

    static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// `iso`, `day` and `minute` as Foundation's formatter and calendar print them.
    static func printed(_ date: Date) -> (iso: String, day: String, minute: String) {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = Timestamp.stationZone
        formatter.formatOptions = [.withInternetDateTime]
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = Timestamp.stationZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return (formatter.string(from: date),
                String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0),
                String(format: "%04d-%02d-%02d %02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
                       parts.hour ?? 0, parts.minute ?? 0))
    }

    @Test func printsMomentsAsFoundationDoes() {
        var generator = SplitMix64(seed: 20_261_129)
        var moments: [Double] = [0, -0.5, -1, 0.999, 86_399.999, -86_400, -12_212_582_400, -12_212_553_600,
                                 -12_212_553_600.5, 253_402_300_799, 253_402_271_999.75, 1_795_000_000.999_999]
        for _ in 0..<5_000 { moments.append(Double.random(in: -12_212_553_600 ... 253_402_300_799, using: &generator)) }
        // Just before a whole minute, where rounding and dropping the fraction differ.
        for _ in 0..<2_000 {
            let minute = Double(Int.random(in: -200_000_000 ... 4_000_000_000, using: &generator) * 60)
            moments.append(minute - Double.random(in: 0.000_01 ... 0.002, using: &generator))
        }
        for seconds in moments {
            let date = Date(timeIntervalSince1970: seconds)
            let expected = Self.printed(date)
            #expect(Timestamp.iso(date) == expected.iso, "\(seconds)")
            #expect(Timestamp.day(date) == expected.day, "\(seconds)")
            #expect(Timestamp.minute(date) == expected.minute, "\(seconds)")
        }
    }

    @Test func agreesWithTheCalendarOnRandomMoments() {
        var generator = SplitMix64(seed: 20_261_129)
        for _ in 0..<20_000 {
            let year = Int.random(in: 1583...9999, using: &generator)
            let month = Int.random(in: 1...12, using: &generator)
            let day = Int.random(in: 1...31, using: &generator)
            let hour = Int.random(in: 0...23, using: &generator)
            let minute = Int.random(in: 0...59, using: &generator)
            let second = Int.random(in: 0...60, using: &generator)
            let millis = Int.random(in: 0...999, using: &generator)
            let offsetHours = Int.random(in: -12...14, using: &generator)
            let offsetMinutes = [0, 30, 45].randomElement(using: &generator) ?? 0
            let sign = offsetHours < 0 ? "-" : "+"
            let offset = (offsetHours < 0 ? -1 : 1) * (abs(offsetHours) * 3600 + offsetMinutes * 60)
            let fraction = millis < 10 ? "00\(millis)" : millis < 100 ? "0\(millis)" : "\(millis)"
            let text = "\(year)-\(Self.two(month))-\(Self.two(day))T\(Self.two(hour)):\(Self.two(minute)):\(Self.two(second))"
                + ".\(fraction)\(sign)\(Self.two(abs(offsetHours))):\(Self.two(offsetMinutes))"
            let expected = Self.reference(year: year, month: month, day: day, hour: hour, minute: minute,
                                          second: second, nanos: millis * 1_000_000, offset: offset)
            let parsed = Timestamp.parse(text)
            // The same moment, to well under the millisecond the database keeps; the last bits of
            // a fraction can differ (the calendar's own arithmetic is the less exact).
            #expect((parsed == nil) == (expected == nil), "\(text)")
            if let parsed, let expected {
                #expect(abs(parsed.timeIntervalSince1970 - expected.timeIntervalSince1970) < 1e-4, "\(text)")
            }
        }
    }

    @Test func wholeSecondsAreExact() {
        #expect(Timestamp.parse("2026-11-02T09:30:00+08:00")?.timeIntervalSince1970 == 1_793_583_000)
        #expect(Timestamp.parse("1970-01-01T00:00:00Z")?.timeIntervalSince1970 == 0)
        #expect(Timestamp.parse("1969-12-31T23:59:59Z")?.timeIntervalSince1970 == -1)
    }

    @Test func keepsMillisecondsExactly() {
        #expect(Timestamp.parse("1970-01-01T00:00:00.077Z") == Date(timeIntervalSince1970: 0.077))
        #expect(Timestamp.parse("2026-11-02T09:30:00.5+08:00") == Date(timeIntervalSince1970: 1_793_583_000.5))
    }

    @Test func refusesDaysThatDoNotExist() {
        for text in ["2026-02-29", "2100-02-29T00:00:00Z", "2026-04-31", "2026-06-31T10:00", "2026-13-01", "2026-00-10"] {
            #expect(Timestamp.parse(text) == nil, "\(text)")
        }
        for text in ["2024-02-29", "2000-02-29T12:00:00Z", "2026-12-31T23:59:59+08:00"] {
            #expect(Timestamp.parse(text) != nil, "\(text)")
        }
    }

    @Test func readsStationTimeWhenNoOffsetIsGiven() {
        #expect(Timestamp.parse("2026-11-29T08:00:00") == Timestamp.parse("2026-11-29T00:00:00Z"))
        #expect(Timestamp.parse("2026-11-29") == Timestamp.parse("2026-11-28T16:00:00Z"))
    }

    @Test func trimsSurroundingWhiteSpaceIncludingFullWidth() {
        let expected = Timestamp.parse("2026-11-02T09:30:00+08:00")
        #expect(expected != nil)
        #expect(Timestamp.parse("  2026-11-02T09:30:00+08:00\t") == expected)
        #expect(Timestamp.parse("\u{3000}2026-11-02T09:30:00+08:00\u{3000}") == expected)
    }

    @Test func keepsTheCalendarForDatesBeforeTheGregorianReform() {
        #expect(Timestamp.parse("1500-03-01T00:00:00Z")?.timeIntervalSince1970
                == Self.reference(year: 1500, month: 3, day: 1, hour: 0, minute: 0, second: 0, nanos: 0, offset: 0)?
                    .timeIntervalSince1970)
    }
}

