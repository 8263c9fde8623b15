import CheckupReports
import Foundation
import Testing

/// A user's minute at the keyboard (issue 15 §6) and the listings' headers, through the real binary.
@Suite("Listings and usage errors end to end")
struct PaperCLITests {
    static let code = SessionCLITests.code
    static let now = SessionCLITests.now

    /// A station with one completed inspection and its one hazard.
    static func stationWithHazard() throws -> TemporaryStation {
        let station = try SessionCLITests.station()
        let id = try SessionCLITests.start(station)
        #expect(try station.run(["record", id, "m2", "fail", "--note", "承包单位无协议"], now: now).status == 0)
        #expect(try station.run(["session", "complete", id], now: now).status == 0)
        return station
    }

    @Test("session list starts with a header row, in Chinese by default and in English with --lang en")
    func sessionListHeader() throws {
        let station = try Self.stationWithHazard()
        let zh = try station.run(["session", "list"])
        let header = zh.stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(zh.status == 0 && header.hasPrefix("编号") && header.contains("检查表") && header.contains("检查人员"), "\(zh)")
        #expect(zh.stdout.split(separator: "\n").count == 2)
        let en = try station.run(["session", "list", "--lang", "en"])
        #expect(en.stdout.hasPrefix("id") && en.stdout.split(separator: "\n").first?.contains("checklist") == true, "\(en)")
    }

    @Test("hazard list starts with a header row, in Chinese by default and in English with --lang en")
    func hazardListHeader() throws {
        let station = try Self.stationWithHazard()
        let zh = try station.run(["hazard", "list"], now: Self.now)
        let header = zh.stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(zh.status == 0 && header.contains("编号") && header.contains("企业") && header.contains("整改期限")
                && header.contains("隐患描述"), "\(zh)")
        #expect(zh.stdout.split(separator: "\n").count == 2)
        let en = try station.run(["hazard", "list", "--lang", "en"], now: Self.now)
        #expect(en.stdout.split(separator: "\n").first?.contains("deadline") == true, "\(en)")
    }

    @Test("a missing inspector is a usage error (exit 2) for inspect and session start, and opens no database")
    func inspectorRequired() throws {
        let station = try TemporaryStation(checklists: ["mini.xml"])
        for command in [["inspect"], ["session", "start"]] {
            let result = try station.run(command + ["--checklist", "mini", "--enterprise", Self.code], now: Self.now)
            #expect(result.status == 2 && result.stderr.contains("--inspector"), "\(result)")
            let blank = try station.run(command + ["--checklist", "mini", "--enterprise", Self.code, "--inspector", " "])
            #expect(blank.status == 2, "\(blank)")
        }
        #expect(!FileManager.default.fileExists(atPath: station.database.path))
    }

    @Test("hazard verify --refuse without --reason is a usage error (exit 2)")
    func refusalNeedsReason() throws {
        let station = try Self.stationWithHazard()
        let result = try station.run(["hazard", "verify", "1", "--inspector", "张三", "--refuse"], now: Self.now)
        #expect(result.status == 2 && result.stderr.contains("--reason"), "\(result)")
    }

    @Test("hazard update --status with a wrong value names only rectifying and rectified")
    func updateStatuses() throws {
        let station = try Self.stationWithHazard()
        for value in ["done", "verified"] {
            let result = try station.run(["hazard", "update", "1", "--status", value], now: Self.now)
            #expect(result.status == 2 && result.stderr.contains("'rectifying'") && result.stderr.contains("'rectified'"),
                    "\(result)")
            let offered = result.stderr.components(separatedBy: "one of").last ?? ""
            #expect(!offered.contains("'open'") && !offered.contains("'verified'"), "\(result)")
        }
    }

    @Test("import of a file that is not there says no such file, counts no refusal and opens no database")
    func importMissingFile() throws {
        let station = try TemporaryStation(checklists: ["mini.xml"])
        let result = try station.run(["import", "nope.xml"], now: Self.now)
        #expect(result.status == 1 && result.stderr.contains("nope.xml：没有这个文件"), "\(result)")
        #expect(!result.stdout.contains("refused") && !result.stdout.contains("拒收") && !result.stderr.contains("refused"))
        #expect(!FileManager.default.fileExists(atPath: station.database.path))
    }

    @Test("enterprise show with a wrong check character says what it should be before anything else")
    func wrongCheckCharacter() throws {
        let station = try SessionCLITests.station()
        let wrong = try station.run(["enterprise", "show", "91350100M000100Y44"])
        #expect(wrong.status == 1 && wrong.stderr.contains("校验码应为 3"), "\(wrong)")
        let english = try station.runner.run(["enterprise", "show", "91350100M000100Y44"] + station.stationArguments,
                                             environment: ["CHECKUP_LANG": "en"])
        #expect(english.stderr.contains("check character should be 3"), "\(english)")
        let unknown = try station.run(["enterprise", "show", "91350100M000200Y4T"])
        #expect(unknown.status == 1 && !unknown.stderr.contains("校验码"), "\(unknown)")
        #expect(try station.run(["enterprise", "show", Self.code]).status == 0)
    }
}
