import Foundation
import Testing

/// Files written and read from the command line: only regular files are replaced or read;
/// devices and FIFOs are written through or refused, never turned into files (issue 14 items 2
/// and 7). Special files are made in the station's scratch directory; of the real devices only
/// /dev/null is ever written to.
@Suite("File safety (CLI)")
struct FileSafetyCLITests {
    private func kind(_ path: String) -> mode_t? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return info.st_mode & S_IFMT
    }

    private func scratchEntries(_ station: TemporaryStation) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: station.directory.path).sorted()
    }

    @Test func aLedgerWrittenToDevNullLeavesDevNullACharacterDevice() throws {
        let station = try TemporaryStation(checklists: ["mini.xml"])
        let result = try station.run(["report", "ledger", "--format", "csv", "-o", "/dev/null"])
        #expect(result.status == 0, "\(result)")
        #expect(kind("/dev/null") == S_IFCHR)
    }

    @Test func aLedgerWrittenToACharacterDeviceNodeWritesThroughIt() throws {
        let station = try TemporaryStation(checklists: ["mini.xml"])
        let node = station.directory.appendingPathComponent("null").path
        guard mknod(node, S_IFCHR | 0o666, dev_t(1 << 8 | 3)) == 0 else { return }  // not root
        let result = try station.run(["report", "ledger", "--format", "csv", "-o", node])
        #expect(result.status == 0, "\(result)")
        #expect(kind(node) == S_IFCHR)
    }

    @Test func aLedgerWrittenToAFIFOReachesItsReader() throws {
        let station = try TemporaryStation(checklists: ["mini.xml"])
        let fifo = station.directory.appendingPathComponent("ledger.pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        defer { close(reader) }
        let result = try station.run(["report", "ledger", "--format", "csv", "-o", fifo])
        #expect(result.status == 0, "\(result)")
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let got = read(reader, &buffer, buffer.count)
        #expect(got > 0)
        #expect(kind(fifo) == S_IFIFO)
    }

    @Test func aLedgerToADirectoryIsRefusedInOneLine() throws {
        let station = try TemporaryStation(checklists: ["mini.xml"])
        let result = try station.run(["report", "ledger", "--format", "csv", "-o", station.catalog.path])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result)")
        #expect(result.stderr.contains("目录"), "\(result)")
        #expect(kind(station.catalog.path) == S_IFDIR)
    }

    @Test func dashIsStdout() throws {
        let station = try TemporaryStation(checklists: ["mini.xml"])
        let result = try station.run(["report", "ledger", "--format", "json", "-o", "-"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("\"rows\""), "\(result)")
        #expect(!FileManager.default.fileExists(atPath: station.directory.appendingPathComponent("-").path))
    }

    @Test func aDatabaseThatIsADeviceIsRefusedAndNothingIsCreatedBesideIt() throws {
        let station = try TemporaryStation(checklists: ["mini.xml"])
        let node = station.directory.appendingPathComponent("null").path
        guard mknod(node, S_IFCHR | 0o666, dev_t(1 << 8 | 3)) == 0 else { return }  // not root
        let before = try scratchEntries(station)
        let result = try station.runner.run(["enterprise", "list", "--catalog", station.catalog.path, "--database", node])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("字符设备"), "\(result)")
        #expect(try scratchEntries(station) == before)
        #expect(kind(node) == S_IFCHR)
    }

    @Test func databaseDevNullIsRefusedWithoutAJournal() throws {
        let station = try TemporaryStation(checklists: ["mini.xml"])
        let result = try station.runner.run(["enterprise", "list", "--catalog", station.catalog.path,
                                             "--database", "/dev/null"],
                                            environment: ["CHECKUP_LANG": "en"])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr == "checkup: /dev/null: cannot open station database: not a regular file (character device)\n", "\(result)")
        for leftover in ["/dev/null-journal", "/dev/null-wal", "/dev/null-shm"] {
            #expect(!FileManager.default.fileExists(atPath: leftover))
        }
        #expect(kind("/dev/null") == S_IFCHR)
    }
}

/// A FIFO, device or directory named where a file is read is refused by `stat` before it is
/// opened, so no command waits forever for a writer (issue 14 item 7).
@Suite("Non-regular files refused where files are read (CLI)")
struct NonRegularInputCLITests {
    /// A runner that gives up after 20 s: a command blocked on a FIFO fails the test instead of
    /// hanging the suite.
    private static func impatient() throws -> TemporaryStation {
        var runner = try CLIRunner(workingDirectory: FileManager.default.temporaryDirectory)
        runner.timeout = 20
        return try TemporaryStation(checklists: ["mini.xml"], runner: runner)
    }

    private static func fifo(_ station: TemporaryStation, _ name: String) -> String {
        let path = station.directory.appendingPathComponent(name).path
        precondition(mkfifo(path, 0o600) == 0)
        return path
    }

    @Test func importRefusesAFIFOAndImportsTheGoodFileBesideIt() throws {
        let station = try SelfCheckCLIStation.make()
        var runner = station.runner
        runner.timeout = 20
        let good = SelfCheckCLIStation.samples.appendingPathComponent("01-jincheng-2026-10-08.xml").path
        let fifo = Self.fifo(station, "fifo.xml")
        let result = try runner.run(["import", good, fifo] + station.stationArguments + ["--now", SelfCheckCLIStation.now])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("fifo.xml") && result.stderr.contains("命名管道"), "\(result)")
        #expect(result.stdout.contains("导入 1，"), "\(result)")
    }

    @Test func recordRefusesAFIFOAsEvidenceAndRecordsNothing() throws {
        let station = try Self.impatient()
        _ = try station.run(["enterprise", "add", "--credit-code", SessionCLITests.code, "--name", "测试企业",
                             "--township", "孝顺镇", "--industry", "化工"], now: SessionCLITests.now)
        let session = try SessionCLITests.start(station)
        let fifo = Self.fifo(station, "photo.jpg")
        let result = try station.run(["record", session, "m1", "fail", "--note", "缺", "--evidence", fifo])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("photo.jpg") && result.stderr.contains("命名管道"), "\(result)")
        #expect(try SessionCLITests.findings(station, session).isEmpty)
    }

    @Test func enterpriseImportRefusesAFIFO() throws {
        let station = try Self.impatient()
        let fifo = Self.fifo(station, "list.csv")
        let result = try station.run(["enterprise", "import", fifo])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("命名管道"), "\(result)")
    }

    @Test func aFIFOInTheCatalogIsReportedAndTheOtherChecklistsLoad() throws {
        let station = try Self.impatient()
        precondition(mkfifo(station.catalog.appendingPathComponent("pipe.xml").path, 0o600) == 0)
        let result = try station.runner.run(["checklist", "list", "--catalog", station.catalog.path])
        #expect(result.stdout.contains("mini") && result.stderr.contains("命名管道"), "\(result)")
        let validate = try station.runner.run(["checklist", "validate", station.catalog.appendingPathComponent("pipe.xml").path,
                                               "--catalog", station.catalog.path])
        #expect(validate.status == 1 && validate.stderr.contains("命名管道"), "\(validate)")
    }

    @Test func aDeviceAsCSVIsRefused() throws {
        let station = try Self.impatient()
        let result = try station.run(["enterprise", "import", "/dev/zero"])
        #expect(result.status == 1 && result.stderr.contains("字符设备"), "\(result)")
    }
}
