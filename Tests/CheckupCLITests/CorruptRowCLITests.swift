import CheckupStore
import Foundation
import GRDB
import Testing

/// A damaged value in a stored row is one clear refusal naming table, row and column, never a
/// trap (issue 14, item 9: a NUL inside a date killed `hazard list` with SIGILL).
@Suite("Corrupt rows")
struct CorruptRowCLITests {
    /// A station with one open hazard (id 1), found on `SessionCLITests.now`.
    static func stationWithHazard() throws -> TemporaryStation {
        let station = try SessionCLITests.station()
        let id = try SessionCLITests.start(station)
        let recorded = try station.run(["record", id, "m1", "fail", "--note", "无责任书"], now: SessionCLITests.now)
        #expect(recorded.status == 0, "\(recorded)")
        let completed = try station.run(["session", "complete", id], now: SessionCLITests.now)
        #expect(completed.status == 0, "\(completed)")
        return station
    }

    /// Runs `sql` on the station's database.
    static func damage(_ station: TemporaryStation, _ sql: String) throws {
        let queue = try DatabaseQueue(path: station.database.path)
        try queue.write { db in try db.execute(sql: sql) }
    }

    @Test func aNULInsideAStoredDateIsRefusedNamingTheRow() throws {
        let station = try Self.stationWithHazard()
        try Self.damage(station, "UPDATE hazard SET found_at = substr(found_at, 1, 10) || char(0) || substr(found_at, 12) WHERE id = 1")
        for command in [["hazard", "list"], ["report", "ledger", "--format", "json"], ["hazard", "show", "1"]] {
            let result = try station.runner.run(command + station.stationArguments, environment: ["CHECKUP_LANG": "en"])
            #expect(result.status == 1, "\(result)")
            #expect(result.stderr.contains("hazard row 1: found_at is not a date"), "\(result)")
        }
        #expect(try SQLiteStationStore(path: station.database.path).integrityCheck() == "ok")
    }

    @Test func anUnknownStatusIsRefusedNamingTheValuesAllowed() throws {
        let station = try Self.stationWithHazard()
        try Self.damage(station, "UPDATE hazard SET status = 'closed' WHERE id = 1")
        let result = try station.runner.run(["hazard", "list"] + station.stationArguments, environment: ["CHECKUP_LANG": "en"])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("hazard row 1: status is 'closed', not one of open, rectifying, rectified, verified"),
                "\(result)")
    }
}
