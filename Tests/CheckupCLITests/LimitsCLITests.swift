import Foundation
import Testing

/// The input limits of docs/limits.md, through the real binary: refused with one clear line and
/// exit status 1, nothing stored.
@Suite("Input limits end to end")
struct LimitsCLITests {
    @Test func anEnterpriseListOver16MBIsRefusedBeforeReading() throws {
        let station = try TemporaryStation(checklists: ["mini.xml"])
        let url = station.directory.appendingPathComponent("huge.csv")
        #expect(FileManager.default.createFile(atPath: url.path, contents: Data("credit_code,name,township\n".utf8)))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(16 * 1_048_576 + 1))
        try handle.close()
        let result = try station.run(["enterprise", "import", url.path])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("huge.csv: file is 16 MB, larger than the 16 MB limit"), "\(result)")
        #expect(!result.stdout.contains("registered"), "\(result)")
    }

    @Test func aNoteOver4000CharactersIsRefusedAndNothingIsRecorded() throws {
        let station = try SessionCLITests.station()
        let id = try SessionCLITests.start(station)
        let refused = try station.run(["record", id, "m1", "fail", "--note", String(repeating: "隐", count: 4001)],
                                      now: SessionCLITests.now)
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.stderr.contains("the note for item m1 is 4001 characters, longer than the 4000 allowed"), "\(refused)")
        #expect(try SessionCLITests.findings(station, id).isEmpty)
        let kept = try station.run(["record", id, "m1", "fail", "--note", String(repeating: "隐", count: 4000)],
                                   now: SessionCLITests.now)
        #expect(kept.status == 0, "\(kept)")
    }
}
