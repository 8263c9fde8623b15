import CheckupCore
import CheckupStore
import Foundation
import Testing

/// `checkup enterprise import` stores a list whole or not at all (issue 14, item 18).
@Suite("Enterprise list import")
struct EnterpriseImportCLITests {
    /// A list of `rows` enterprises with valid, distinct credit codes (header included).
    static func list(rows: Int) -> String {
        var text = "统一社会信用代码,企业名称,乡镇,行业\n"
        for n in 0..<rows {
            let first17 = "91330703" + String(format: "%09d", n)
            let code = first17 + String(CreditCode.expectedCheckCharacter(for: first17) ?? "0")
            text += "\(code),第\(n)号五金厂,孝顺镇,五金\n"
        }
        return text
    }

    static func count(_ station: TemporaryStation) throws -> Int {
        try SQLiteStationStore(path: station.database.path).enterprises(township: nil).count
    }

    @Test func anInvalidRowAtTheEndLeavesNothingStored() throws {
        let station = try TemporaryStation(checklists: [])
        let file = station.directory.appendingPathComponent("list.csv")
        try Data((Self.list(rows: 1000) + "91330703000000999X,坏码企业,孝顺镇,五金\n").utf8).write(to: file)
        let result = try station.runner.run(["enterprise", "import", file.path] + station.stationArguments,
                                            environment: ["CHECKUP_LANG": "en"])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("list.csv:1002:1:"), "\(result)")
        #expect(result.stderr.contains("list.csv: 1 row(s) refused, so nothing was stored"), "\(result)")
        #expect(try Self.count(station) == 0)
    }

    @Test func aGoodListIsRegisteredAndAgainUpdated() throws {
        let station = try TemporaryStation(checklists: [])
        let file = station.directory.appendingPathComponent("list.csv")
        try Data(Self.list(rows: 300).utf8).write(to: file)
        let first = try station.run(["enterprise", "import", file.path])
        #expect(first.status == 0 && first.stdout.contains("新登记 300 家，更新 0 家，拒绝 0 行"), "\(first)")
        let again = try station.run(["enterprise", "import", file.path])
        #expect(again.status == 0 && again.stdout.contains("新登记 0 家，更新 300 家，拒绝 0 行"), "\(again)")
        #expect(try Self.count(station) == 300)
    }

    @Test func killingTheImportLeavesAllRowsOrNone() throws {
        let station = try TemporaryStation(checklists: [])
        let rows = 3_000
        let file = station.directory.appendingPathComponent("list.csv")
        try Data(Self.list(rows: rows).utf8).write(to: file)
        // How long a whole import takes here, then kills at a tenth, a third and two thirds of it.
        let started = Date()
        let clean = try station.runner.run(["enterprise", "import", file.path, "--catalog", station.catalog.path,
                                            "--database", station.directory.appendingPathComponent("clean.sqlite").path])
        #expect(clean.status == 0, "\(clean)")
        let whole = Date().timeIntervalSince(started)
        for (round, fraction) in [0.1, 0.33, 0.66].enumerated() {
            let database = station.directory.appendingPathComponent("killed-\(round).sqlite").path
            let process = Process()
            process.executableURL = station.runner.executable
            process.arguments = ["enterprise", "import", file.path, "--catalog", station.catalog.path, "--database", database]
            process.environment = station.runner.environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32(whole * fraction * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let store = try SQLiteStationStore(path: database)
            let stored = try store.enterprises(township: nil).count
            #expect(stored == 0 || stored == rows, "killed at \(fraction) of \(whole) s: \(stored) of \(rows) rows stored")
            #expect(try store.integrityCheck() == "ok")
        }
    }
}
