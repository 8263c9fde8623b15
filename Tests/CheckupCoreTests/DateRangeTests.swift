@testable import CheckupCore
import Foundation
import Testing

/// The dates a person may give (issue 14, item 14): moments from 2000-01-01 to the clock plus
/// five minutes, deadlines from the day of completion to three years after.
@Suite("Date range")
struct DateRangeTests {
    static let clock = Timestamp.parse("2026-11-29T09:00:00+08:00") ?? Date()

    @Test(arguments: ["0001-01-01T00:00:00+08:00", "1900-01-01T00:00:00+08:00", "1999-12-31T23:59:59+08:00",
                      "2026-11-29T09:05:01+08:00", "9999-12-31T23:59:59+08:00"])
    func momentsOutsideTheRangeAreRefusedNamingIt(_ text: String) throws {
        let date = try #require(Timestamp.parse(text))
        let refusal = DateRange.refusal("--now", text, date: date, range: DateRange.moments(clock: Self.clock))
        #expect(DateText.outOfRange.text("--now", text, "2000-01-01T00:00:00+08:00", "2026-11-29T09:05:00+08:00", in: .en)
                == "--now \(text) is outside the accepted range 2000-01-01T00:00:00+08:00 to 2026-11-29T09:05:00+08:00")
        #expect(refusal == DateText.outOfRange.text("--now", text, "2000-01-01T00:00:00+08:00", "2026-11-29T09:05:00+08:00"))
    }

    @Test(arguments: ["2000-01-01T00:00:00+08:00", "2026-11-29T09:05:00+08:00", "2013-06-01"])
    func momentsInsideTheRangeAreAccepted(_ text: String) throws {
        let date = try #require(Timestamp.parse(text))
        #expect(DateRange.refusal("--now", text, date: date, range: DateRange.moments(clock: Self.clock)) == nil)
    }

    @Test func deadlinesRunFromTheDayOfCompletionToThreeYearsAfter() throws {
        let range = DateRange.deadlines(completion: Self.clock)
        #expect(Timestamp.iso(range.lowerBound) == "2026-11-29T00:00:00+08:00")
        #expect(Timestamp.iso(range.upperBound) == "2029-11-28T09:00:00+08:00")
        for text in ["2026-11-28", "1900-01-01", "2030-01-01"] {
            #expect(DateRange.refusal("--deadline", text, date: try #require(Timestamp.parse(text)), range: range) != nil, "\(text)")
        }
        #expect(DateRange.refusal("--deadline", "2026-11-29", date: try #require(Timestamp.parse("2026-11-29")), range: range) == nil)
    }
}
