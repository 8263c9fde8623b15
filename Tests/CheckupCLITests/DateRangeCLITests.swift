import Foundation
import Testing

/// `--now` (2000-01-01 to 2099-12-31) and `--deadline` outside the documented range are refused naming it (issue 14,
/// item 14; docs/limits.md).
@Suite("Date range end to end")
struct DateRangeCLITests {
    @Test(arguments: ["0001-01-01T00:00:00+08:00", "1900-01-01", "2100-01-01", "9999-01-01"])
    func aNowOutsideTheRangeIsAUsageError(_ now: String) throws {
        let station = try SessionCLITests.station()
        let result = try station.runner.run(["hazard", "list", "--now", now] + station.stationArguments,
                                            environment: ["CHECKUP_LANG": "en"])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("--now \(now) is outside the accepted range 2000-01-01T00:00:00+08:00 to 2099-12-31T23:59:59+08:00"),
                "\(result)")
    }

    @Test func aDeadlineBeforeTheDayOfCompletionIsRefusedAndTheSessionStaysOpen() throws {
        let station = try SessionCLITests.station()
        let id = try SessionCLITests.start(station)
        _ = try station.run(["record", id, "m1", "fail", "--note", "无责任书"], now: SessionCLITests.now)
        let refused = try station.runner.run(["session", "complete", id, "--deadline", "1900-01-01", "--now", SessionCLITests.now]
                                             + station.stationArguments, environment: ["CHECKUP_LANG": "en"])
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.stderr.contains(
            "--deadline 1900-01-01 is outside the accepted range 2026-11-29T00:00:00+08:00 to 2029-11-28T09:00:00+08:00"),
                "\(refused)")
        let kept = try station.run(["session", "complete", id, "--deadline", "2026-12-15"], now: SessionCLITests.now)
        #expect(kept.status == 0, "\(kept)")
    }
}
