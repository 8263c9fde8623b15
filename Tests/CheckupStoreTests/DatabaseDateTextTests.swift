import CheckupCore
@testable import CheckupStore
import Foundation
import GRDB
import Testing

/// The bulk paths' own date formatting against GRDB's.
@Suite("Database date text")
struct DatabaseDateTextTests {
    @Test func datesAreWrittenAsGRDBWritesThem() {
        var state: UInt64 = 0xDA7E
        func random() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        let range = DatabaseDateText.fastRange
        let span = UInt64(range.upperBound - range.lowerBound)
        var seconds: [Double] = [0, -1, 1, 86_399, 86_400, 951_782_400, 951_868_799, 4_107_542_400, -11_676_096_000,
                                 range.lowerBound, range.lowerBound - 1, range.upperBound, range.upperBound + 1,
                                 1_793_583_000.5, 1_793_583_000.123, -0.001, 1e12]
        seconds += (0..<20_000).map { _ in range.lowerBound + Double(random() % (span + 1)) }
        seconds += (0..<2_000).map { _ in Double(Int64(bitPattern: random() % 4_000_000_000)) + Double(random() % 1000) / 1000 }
        for value in seconds {
            let date = Date(timeIntervalSince1970: value)
            #expect(DatabaseDateText.text(date) == String.fromDatabaseValue(date.databaseValue), "\(value)")
        }
    }
}
