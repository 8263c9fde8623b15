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
