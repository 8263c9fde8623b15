import Foundation
import Testing
@testable import CheckupCore

@Suite("Civil dates")
struct CivilDateTests {
    @Test func knownDays() {
        #expect(CivilDate.days(year: 1970, month: 1, day: 1) == 0)
        #expect(CivilDate.days(year: 2026, month: 11, day: 29) == 20_786)
        #expect(CivilDate.days(year: 1969, month: 12, day: 31) == -1)
        #expect(CivilDate.date(days: 20_786) == (2026, 11, 29))
        #expect(CivilDate.date(days: -719_468) == (0, 3, 1))
    }

    @Test func daysAndDatesAreInversesAcrossCenturies() {
        for days in stride(from: -800_000, through: 3_000_000, by: 37) {
            let (year, month, day) = CivilDate.date(days: days)
            #expect(day >= 1 && day <= CivilDate.daysIn(month: month, year: year))
            #expect(CivilDate.days(year: year, month: month, day: day) == days)
        }
    }

    @Test func agreesWithTheGregorianCalendar() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(secondsFromGMT: 0))
        for days in stride(from: -100_000, through: 3_000_000, by: 997) {
            let parts = calendar.dateComponents([.year, .month, .day],
                                                from: Date(timeIntervalSince1970: Double(days) * 86_400))
            let (year, month, day) = CivilDate.date(days: days)
            #expect(parts.year == year && parts.month == month && parts.day == day, "\(days)")
        }
    }
}
