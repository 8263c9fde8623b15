import Foundation
import Testing

/// `checkup inspect` end to end on what an inspector sees at the keyboard: one closing line
/// that tells the truth, evidence paths checked as typed, the summary's figures as `score`
/// prints them, and the key list of `--help`.
@Suite("Interactive inspection, keys and closing lines")
struct InspectKeysCLITests {
    func inspect(_ station: TemporaryStation, _ lines: [String], language: String = "zh") throws -> CLIResult {
        try station.run(["inspect", "--checklist", "mini", "--enterprise", SessionCLITests.code, "--inspector", "张三",
                         "--lang", language],
                        now: SessionCLITests.now, stdin: Data((lines.joined(separator: "\n") + "\n").utf8))
    }

    /// How often `text` occurs in `output`.
    static func count(_ text: String, in output: String) -> Int {
        output.components(separatedBy: text).count - 1
    }

    @Test func quitSaysSavedOnceInOneClosingLine() throws {
        let station = try SessionCLITests.station()
        let result = try inspect(station, ["p", "q"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == "会话 1 保持打开，已答 1/3，均已保存；再次运行同一命令可继续。\n", "\(result)")
        #expect(Self.count("保存", in: result.stdout + result.stderr) == 1, "\(result)")
    }

    @Test func completingSaysCompletedOnce() throws {
        let station = try SessionCLITests.station()
        let result = try inspect(station, ["p", "p", "p", "y"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == "会话 1 已完成。\n", "\(result)")
        #expect(Self.count("已完成", in: result.stdout + result.stderr) == 1, "\(result)")
    }

    @Test func englishClosingLineOnQuit() throws {
        let station = try SessionCLITests.station()
        let result = try inspect(station, ["q"], language: "en")
        #expect(result.stderr == "Session 1 stays open with 0/3 answered, all saved; run the same command to resume.\n",
                "\(result)")
    }

    /// Issue 14, item 19: B's inspect is open on session 1 when A completes it. B's next answer
    /// is refused, B stops, and its closing line says what was saved and what was not.
    @Test func aSessionCompletedByAnotherProcessEndsWithTheTruth() throws {
        let station = try SessionCLITests.station()
        let b = try PipedInspect(station, ["inspect", "--checklist", "mini", "--enterprise", SessionCLITests.code,
                                           "--inspector", "李四", "--now", SessionCLITests.now])
        try b.send("p")
        try b.waitFor("已记录 m1")
        let a = try station.run(["session", "complete", "1"], now: SessionCLITests.now)
        #expect(a.status == 0, "\(a)")
        try b.send("p")
        let (status, stdout, stderr) = try b.finish()
        #expect(status == 1, "\(stdout)\n\(stderr)")
        #expect(stderr == "会话 1 已由他人完成；本次 1 条答案已保存，1 条未保存。\n", "\(stderr)")
        #expect(stdout.contains("未保存：会话 1 已完成，不能再修改"), "\(stdout)")
        #expect(!(stdout + stderr).contains("均已保存"), "\(stdout)\n\(stderr)")
        #expect(try SessionCLITests.findings(station, "1").count == 1)
    }

    /// A missing path and a FIFO are refused as typed (the FIFO without being opened, which
    /// would block), and the fail is saved with its note, severity, fixed-on-site and the one
    /// good file.
    @Test func wrongEvidencePathsAreRefusedAsTypedAndTheAnswerKeepsItsDetails() throws {
        let station = try SessionCLITests.station()
        let fifo = station.directory.appendingPathComponent("camera.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let photo = station.directory.appendingPathComponent("出口.jpg")
        try Data("jpeg".utf8).write(to: photo)
        let result = try inspect(station, ["s", "f", "东侧出口堵塞", "y", "y", "/no/such.jpg", fifo, photo.path, "", "q"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("证据文件不可用：/no/such.jpg（文件不存在）"), "\(result)")
        #expect(result.stdout.contains("证据文件不可用：\(fifo)（不是普通文件，而是管道、设备等）"), "\(result)")
        let finding = try #require(try SessionCLITests.findings(station, "1").first)
        #expect(finding["item"] as? String == "m2" && finding["note"] as? String == "东侧出口堵塞")
        #expect(finding["major"] as? Bool == true && finding["fixed_on_site"] as? Bool == true, "\(finding)")
        #expect((finding["evidence"] as? [Any])?.count == 1, "\(finding)")
    }

    /// The summary's defence level is printed exactly as `checkup score` prints it.
    @Test func theSummaryPrintsTheLevelAsScoreDoes() throws {
        let station = try SessionCLITests.station()
        let result = try inspect(station, ["p", "f", "承包单位无协议", "", "", "", "p", "y"])
        let level = { (text: String) -> String? in
            guard let range = text.range(of: "防控等级 L = ") else { return nil }
            return String(text[range.upperBound...].prefix { $0.isNumber || $0 == "." })
        }
        let shown = try #require(level(result.stdout), "\(result)")
        let scored = try station.run(["score", "1"])
        #expect(level(scored.stdout) == shown, "\(result)\n\(scored)")
        #expect(shown.split(separator: ".").last?.count == 3, "\(shown)")
    }

    /// The key list of `--help` keeps each key with its meaning on one line.
    @Test func helpListsEachKeyOnItsOwnLine() throws {
        let help = try CLIRunner().run(["inspect", "--help"])
        for line in ["  p     pass\n", "  j ID  jump to an item by id or number (j mgmt-01, j 5)\n", "  q     save and leave\n"] {
            #expect(help.stdout.contains(line), "\(line): \(help.stdout)")
        }
    }
}

/// A `checkup` process fed line by line through a pipe, for tests that interleave it with
/// other commands.
final class PipedInspect {
    private let process = Process()
    private let input = Pipe()
    private let outURL: URL
    private let errURL: URL
    private let out: FileHandle
    private let err: FileHandle

    /// Starts `checkup ARGUMENTS` on `station`.
    init(_ station: TemporaryStation, _ arguments: [String]) throws {
        let name = UUID().uuidString
        outURL = station.directory.appendingPathComponent("\(name).out")
        errURL = station.directory.appendingPathComponent("\(name).err")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        out = try FileHandle(forWritingTo: outURL)
        err = try FileHandle(forWritingTo: errURL)
        process.executableURL = station.runner.executable
        process.arguments = arguments + station.stationArguments
        process.environment = station.runner.environment
        process.standardInput = input
        process.standardOutput = out
        process.standardError = err
        try process.run()
    }

    /// Types one line.
    func send(_ line: String) throws {
        try input.fileHandleForWriting.write(contentsOf: Data((line + "\n").utf8))
    }

    /// Waits (up to 30 s) until stdout contains `text`.
    func waitFor(_ text: String) throws {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self).contains(text) { return }
            usleep(10_000)
        }
        throw CLIRunnerError.timedOut(process.arguments ?? [], seconds: 30)
    }

    /// Closes stdin, waits for the exit, and returns the status and everything printed.
    func finish() throws -> (Int32, String, String) {
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return (process.terminationStatus, String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}
