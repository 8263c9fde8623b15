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

/// One definition of every count: the demo's summary, the township report and the ledger's 汇总
/// sheet agree on one station.
@Suite("Hazard counts agree across outputs")
struct CountsAgreeCLITests {
    @Test("the demo's summary line, the township JSON's totals and the 汇总 sheet's grand total give the same counts")
    func demoTownshipAndTotalsAgree() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("checkup-demo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let runner = try CLIRunner(workingDirectory: TemporaryStation.repositoryRoot)
        let demo = try runner.run(["demo", "--output", output.path])
        #expect(demo.status == 0, "\(demo)")
        // 隐患 41 项：复查销号 10，现场整改 5，已整改待复查 0，未整改 26，逾期 16
        let line = try #require(demo.stdout.split(separator: "\n").first { $0.contains("复查销号") && $0.contains("现场整改") && $0.contains("逾期") })
        let numbers = line.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        #expect(numbers.count == 6, "\(line)")
        let (found, verified, fixed, awaiting, open, overdue) = (numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], numbers[5])
        #expect(fixed > 0 && verified > 0, "the demo has fixes on site and verifications: \(line)")

        // The township report, summed over the townships (the demo's enterprises are all registered).
        var township = [String: Int]()
        for file in try FileManager.default.contentsOfDirectory(atPath: output.path) where file.hasPrefix("township-") && file.hasSuffix(".json") {
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent(file))) as? [String: Any]
            let total = (object?["hazards"] as? [String: Any])?["total"] as? [String: Any] ?? [:]
            for (key, value) in total { if let number = value as? Int { township[key, default: 0] += number } }
        }
        #expect(township["found"] == found && township["verified"] == verified && township["fixed_on_site"] == fixed)
        #expect(township["awaiting_verification"] == awaiting && township["open"] == open && township["overdue"] == overdue)

        // The 汇总 sheet's grand total: 待整改, 整改中, 已整改待复查, 复查销号, 现场整改, 合计, 逾期.
        let parts = try XLSXPackage.entries(Data(contentsOf: output.appendingPathComponent("ledger.xlsx")))
        let sheet = String(decoding: parts["xl/worksheets/sheet2.xml"] ?? Data(), as: UTF8.self)
        let lastRow = try #require(sheet.components(separatedBy: "<row ").last)
        let values = lastRow.components(separatedBy: "<v>").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
        // The first cell (合计) is a shared string: its <v> is an index, dropped here.
        let counts = Array(values.suffix(7))
        #expect(counts.count == 7 && counts[0] + counts[1] == open, "\(counts)")
        #expect(Array(counts.dropFirst(2)) == [awaiting, verified, fixed, found, overdue], "\(counts)")
    }
}
