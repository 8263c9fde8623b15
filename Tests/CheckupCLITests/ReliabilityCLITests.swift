import CheckupStore
import Foundation
import Testing

/// Crash and concurrency safety of the session store, through the real binary.
@Suite("Reliability")
struct ReliabilityCLITests {
    /// Starts `checkup inspect` with a stdin pipe, answers `p` item by item, waits for each
    /// confirmation to be printed, and SIGKILLs it after `answers` confirmations.
    func killMidSession(_ station: TemporaryStation, after answers: Int) throws {
        let process = Process()
        process.executableURL = station.runner.executable
        process.arguments = ["inspect", "--checklist", "gm-general", "--enterprise", SessionCLITests.code,
                             "--inspector", "张三"] + station.stationArguments
        process.environment = station.runner.environment
        let input = Pipe()
        let outURL = station.directory.appendingPathComponent("inspect.out")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        process.standardInput = input
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        for given in 1...answers {
            try input.fileHandleForWriting.write(contentsOf: Data("p\n".utf8))
            let deadline = Date().addingTimeInterval(30)
            while Date() < deadline {
                let text = String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self)
                if text.components(separatedBy: "已记录").count - 1 >= given { break }
                usleep(5_000)
            }
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try out.close()
        #expect(process.terminationReason == .uncaughtSignal)
    }

    static func gmStation() throws -> TemporaryStation {
        let station = try TemporaryStation(checklists: [])
        try FileManager.default.copyItem(at: TemporaryStation.repositoryRoot.appendingPathComponent("checklists/gm-general.xml"),
                                         to: station.catalog.appendingPathComponent("gm-general.xml"))
        let added = try station.run(["enterprise", "add", "--credit-code", SessionCLITests.code, "--name", "测试企业",
                                     "--township", "孝顺镇", "--industry", "机械"])
        #expect(added.status == 0, "\(added)")
        return station
    }

    @Test func killingAnInteractiveSessionLosesNoAnswerAndDuplicatesNone() throws {
        let station = try Self.gmStation()
        try killMidSession(station, after: 7)
        let findings = try SessionCLITests.findings(station, "1")
        #expect(findings.count == 7)
        #expect(Set(findings.compactMap { $0["item"] as? String }).count == 7)
        #expect(try SQLiteStationStore(path: station.database.path).integrityCheck() == "ok")

        let resumed = try station.run(["inspect", "--checklist", "gm-general", "--enterprise", SessionCLITests.code,
                                       "--inspector", "张三"], stdin: Data("p\nq\n".utf8))
        #expect(resumed.stdout.contains("继续会话 1"), "\(resumed)")
        #expect(try SessionCLITests.findings(station, "1").count == 8)
    }

    @Test func twoProcessesRecordingAtOnceBothSucceed() throws {
        let station = try Self.gmStation()
        let other = "91330100MA27XXXXXX"
        _ = try station.run(["enterprise", "add", "--credit-code", other, "--name", "乙", "--township", "孝顺镇",
                             "--industry", "机械", "--allow-invalid-code"])
        let first = try station.run(["session", "start", "--checklist", "gm-general", "--enterprise", SessionCLITests.code,
                                     "--inspector", "张三"]).trimmedStdout
        let second = try station.run(["session", "start", "--checklist", "gm-general", "--enterprise", other,
                                      "--inspector", "李四"]).trimmedStdout
        let items = try station.runner.run(["checklist", "show", "gm-general", "--format", "json", "--catalog", station.catalog.path])
            .jsonObject()
        let ids = ((items["sections"] as? [[String: Any]]) ?? []).flatMap { ($0["items"] as? [[String: Any]]) ?? [] }
            .filter { ($0["industries"] as? [String] ?? []).isEmpty }
            .compactMap { $0["id"] as? String }.prefix(12)
        let failures = FailureLog()
        let runner = station.runner
        let stationArguments = station.stationArguments
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            let session = worker == 0 ? first : second
            for item in ids {
                do {
                    let result = try runner.run(["record", session, item, "pass"] + stationArguments)
                    if result.status != 0 { failures.add("\(result)") }
                } catch {
                    failures.add("\(error)")
                }
            }
        }
        #expect(failures.all.isEmpty, "\(failures.all)")
        #expect(try SessionCLITests.findings(station, first).count == ids.count)
        #expect(try SessionCLITests.findings(station, second).count == ids.count)
    }
}

/// Collects failures from concurrent workers.
final class FailureLog: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String] = []

    func add(_ entry: String) {
        lock.lock()
        entries.append(entry)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return entries
    }
}
