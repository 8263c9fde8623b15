import CheckupStore
import Foundation
import Testing

/// The test server's URL (`CHECKUP_TEST_POSTGRES`), or nil: the suite is skipped.
let testPostgresServer: String? = ProcessInfo.processInfo.environment["CHECKUP_TEST_POSTGRES"]
    .flatMap { $0.isEmpty ? nil : $0 }

/// The binary against a PostgreSQL server (on when `CHECKUP_TEST_POSTGRES` names one): each test
/// gets a database of its own on it, dropped afterwards.
@Suite("PostgreSQL end to end", .enabled(if: testPostgresServer != nil))
struct PostgresCLITests {
    static var server: String? { testPostgresServer }

    /// A fresh database on the test server, dropped when `body` returns.
    static func withDatabase<T>(_ body: (String) throws -> T) throws -> T {
        let server = try #require(Self.server)
        let database = try PostgresScratchDatabase.create(on: server)
        defer { try? PostgresScratchDatabase.drop(database, on: server) }
        return try body(database)
    }

    @Test func anInspectionIsRecordedCompletedAndListedOnTheServer() throws {
        try Self.withDatabase { database in
            let station = try TemporaryStation(checklists: ["mini.xml"])
            station.serverDatabase = database
            let added = try station.run(["enterprise", "add", "--credit-code", SessionCLITests.code, "--name", "测试企业",
                                         "--township", "孝顺镇", "--industry", "化工"], now: SessionCLITests.now)
            #expect(added.status == 0, "\(added)")
            let id = try SessionCLITests.start(station)
            #expect(try station.run(["record", id, "m1", "pass"], now: SessionCLITests.now).status == 0)
            #expect(try station.run(["record", id, "m2", "fail", "--note", "承包单位无协议"], now: SessionCLITests.now).status == 0)
            #expect(try SessionCLITests.findings(station, id).map { $0["result"] as? String } == ["pass", "fail"])
            let completed = try station.run(["session", "complete", id], now: SessionCLITests.now)
            #expect(completed.status == 0 && completed.stdout.contains("隐患 1 项"), "\(completed)")
            let hazards = try station.run(["hazard", "list", "--format", "json"])
            #expect(hazards.status == 0 && hazards.stdout.contains("承包单位无协议"), "\(hazards)")
            let ledger = try station.run(["report", "ledger", "--format", "csv"], now: SessionCLITests.now)
            #expect(ledger.status == 0 && ledger.stdout.contains("承包单位无协议"), "\(ledger)")
            // Nothing of the station's record was written beside it.
            #expect(!FileManager.default.fileExists(atPath: station.database.path))
        }
    }

    @Test func theDemoWritesTheSameLedgerTownshipAndNoticeFilesOnBothStores() throws {
        try Self.withDatabase { database in
            let runner = try CLIRunner()
            let base = FileManager.default.temporaryDirectory.appendingPathComponent("checkup-pgdemo-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: base) }
            let sqlite = base.appendingPathComponent("sqlite"), server = base.appendingPathComponent("server")
            let now = "2026-11-30T17:00:00+08:00"
            let first = try runner.run(["demo", "--output", sqlite.path, "--now", now])
            #expect(first.status == 0, "\(first)")
            let second = try runner.run(["demo", "--output", server.path, "--now", now, "--database", database])
            #expect(second.status == 0, "\(second)")
            let names = try FileManager.default.contentsOfDirectory(atPath: sqlite.path)
                .filter { $0 == "ledger.csv" || ($0.hasPrefix("township-") && $0.hasSuffix(".json")) }
            #expect(names.count >= 2)
            for name in names {
                let a = try Data(contentsOf: sqlite.appendingPathComponent(name))
                let b = try Data(contentsOf: server.appendingPathComponent(name))
                #expect(a == b, "\(name) differs between SQLite and PostgreSQL")
            }
            // Each completed inspection's notice, as JSON, from either store.
            let notices = try FileManager.default.contentsOfDirectory(atPath: sqlite.path)
                .filter { $0.hasPrefix("notice-") && $0.hasSuffix(".html") }
            #expect(!notices.isEmpty)
            for name in notices {
                let session = name.split(separator: "-")[1]
                let arguments = ["report", "notice", String(session), "--format", "json", "--now", now]
                let fromFile = try runner.run(arguments + ["--database", sqlite.appendingPathComponent("checkup.sqlite").path])
                let fromServer = try runner.run(arguments + ["--database", database])
                #expect(fromFile.status == 0 && fromServer.status == 0, "\(fromFile)\n\(fromServer)")
                #expect(fromFile.stdoutData == fromServer.stdoutData, "notice \(session) differs")
            }
            // A second demo into the same server database refuses: it never deletes a district's data.
            let again = try runner.run(["demo", "--output", server.path, "--now", now, "--database", database])
            #expect(again.status == 1 && again.stderr.contains("只在空数据库中运行"), "\(again)")
        }
    }

    @Test func anUnreachableServerIsOneLineAndExitOne() throws {
        let station = try TemporaryStation(checklists: ["mini.xml"])
        station.serverDatabase = "postgresql://checkup@127.0.0.1:1/checkup?sslmode=disable"
        let result = try station.runner.run(["enterprise", "list"] + station.stationArguments,
                                            environment: ["CHECKUP_LANG": "en"])
        #expect(result.status == 1, "\(result)")
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].contains("127.0.0.1:1") && lines[0].contains("unreachable"), "\(result)")
        let zh = try station.run(["enterprise", "list"])
        #expect(zh.status == 1 && zh.stderr.contains("无法连接"), "\(zh)")
    }

    @Test func aMissingDatabaseIsNamed() throws {
        let station = try TemporaryStation(checklists: ["mini.xml"])
        var url = try PostgresURL(try #require(Self.server))
        url.database = "checkup_missing"
        station.serverDatabase = url.argument
        let result = try station.runner.run(["hazard", "list"] + station.stationArguments,
                                            environment: ["CHECKUP_LANG": "en"])
        #expect(result.status == 1 && result.stderr.contains("database checkup_missing does not exist"), "\(result)")
    }
}
