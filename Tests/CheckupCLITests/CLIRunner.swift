import Foundation

// Helpers for end-to-end tests of the `checkup` binary: `CLIRunner` runs the built executable
// and captures what it printed; `TemporaryStation` gives each test its own catalog and database.

/// What one run of the `checkup` binary produced.
struct CLIResult: Sendable, CustomStringConvertible {
    /// The arguments it was run with (for messages).
    var arguments: [String]
    /// Exit status (for a process killed by a signal: 128 + the signal).
    var status: Int32
    /// Everything written to stdout.
    var stdoutData: Data
    /// Everything written to stderr.
    var stderrData: Data

    /// stdout as UTF-8 text.
    var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
    /// stderr as UTF-8 text.
    var stderr: String { String(decoding: stderrData, as: UTF8.self) }
    /// stdout with surrounding whitespace removed (`session start` prints just an id).
    var trimmedStdout: String { stdout.trimmingCharacters(in: .whitespacesAndNewlines) }

    /// stdout parsed as a JSON object; throws if it is not one.
    func jsonObject() throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: stdoutData, options: [.fragmentsAllowed])
            as? [String: Any] else {
            throw CLIRunnerError.notAJSONObject(stdout)
        }
        return object
    }

    /// `checkup ARGS → status N` with both outputs, for failure messages.
    var description: String {
        "checkup \(arguments.joined(separator: " ")) → status \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)"
    }
}

/// Why the runner could not run or read a command.
enum CLIRunnerError: Error, CustomStringConvertible {
    case binaryNotFound(String)
    case timedOut([String], seconds: Double)
    case notAJSONObject(String)
    case fixtureNotFound(String)

    var description: String {
        switch self {
        case .binaryNotFound(let path): "checkup binary not found at \(path); build it first (swift build)"
        case .timedOut(let arguments, let seconds): "checkup \(arguments.joined(separator: " ")) ran over \(seconds)s"
        case .notAJSONObject(let text): "stdout is not a JSON object:\n\(text)"
        case .fixtureNotFound(let name): "test fixture \(name) not found"
        }
    }
}

/// Runs the built `checkup` executable as a child process.
///
/// The binary is the one SwiftPM built next to the test bundle (`<build dir>/debug/checkup`).
/// The child inherits this process's environment except the `CHECKUP_*` variables, so a
/// developer's own station settings never leak into a test; `environment` adds or overrides.
struct CLIRunner: Sendable {
    /// The executable run.
    var executable: URL
    /// The child's environment.
    var environment: [String: String]
    /// The child's working directory (nil: this process's).
    var workingDirectory: URL?
    /// A run taking longer than this is killed and reported as an error.
    var timeout: TimeInterval = 120

    /// The `checkup` binary in the build products directory that holds this test bundle.
    static func checkupBinary() throws -> URL {
        let url = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("checkup")
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            throw CLIRunnerError.binaryNotFound(url.path)
        }
        return url
    }

    /// A runner for the built `checkup` binary (or `executable`), with `environment` added to the
    /// inherited one (minus `CHECKUP_*`).
    init(executable: URL? = nil, environment: [String: String] = [:], workingDirectory: URL? = nil) throws {
        self.executable = try executable ?? Self.checkupBinary()
        var inherited = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("CHECKUP_") }
        inherited.merge(environment) { _, new in new }
        self.environment = inherited
        self.workingDirectory = workingDirectory
    }

    /// Runs the binary with `arguments`, feeding `stdin` (nothing, i.e. /dev/null, when nil), and
    /// waits for it to exit. `environment` is added for this run only.
    func run(_ arguments: [String], stdin: Data? = nil, environment extra: [String: String] = [:]) throws -> CLIResult {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("checkup-cli-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        // Files rather than pipes: a chatty child can never block on a full pipe buffer.
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let outHandle = try FileHandle(forWritingTo: outURL)
        let errHandle = try FileHandle(forWritingTo: errURL)
        defer {
            try? outHandle.close()
            try? errHandle.close()
        }

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment.merging(extra) { _, new in new }
        if let workingDirectory { process.currentDirectoryURL = workingDirectory }
        process.standardOutput = outHandle
        process.standardError = errHandle
        let input = stdin.map { _ in Pipe() }
        process.standardInput = input ?? FileHandle.nullDevice

        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        if let input, let stdin {
            let writer = input.fileHandleForWriting
            DispatchQueue.global().async {
                try? writer.write(contentsOf: stdin)
                try? writer.close()
            }
        }
        if exited.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            exited.wait()
            throw CLIRunnerError.timedOut(arguments, seconds: timeout)
        }
        let status = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus
                                                                  : process.terminationStatus
        return CLIResult(arguments: arguments, status: status,
                         stdoutData: try Data(contentsOf: outURL), stderrData: try Data(contentsOf: errURL))
    }

    /// `run` with text on stdin.
    func run(_ arguments: [String], stdin text: String) throws -> CLIResult {
        try run(arguments, stdin: Data(text.utf8))
    }
}

/// A scratch station for one test: a temporary directory holding a station's own checklist
/// catalog (the chosen fixture checklists, beside the built-in ones) and a database path.
/// `run` adds `--catalog` and `--database` (and `--now` when given) to every command. The
/// directory is removed when the value is released.
final class TemporaryStation {
    /// The scratch directory.
    let directory: URL
    /// The catalog directory (`--catalog`).
    let catalog: URL
    /// The database file (`--database`); created by the first command that opens it.
    let database: URL
    /// The runner used.
    let runner: CLIRunner

    /// The repository root, found from this file's path (Tests/CheckupCLITests/CLIRunner.swift).
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The test target's copied `Fixtures` directory.
    static func fixture(_ name: String) throws -> URL {
        guard let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw CLIRunnerError.fixtureNotFound("Fixtures")
        }
        let url = fixtures.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { throw CLIRunnerError.fixtureNotFound(name) }
        return url
    }

    /// Creates the station with `checklists` (file names in this target's Fixtures) in its catalog.
    init(checklists: [String], runner: CLIRunner? = nil) throws {
        let manager = FileManager.default
        directory = manager.temporaryDirectory.appendingPathComponent("checkup-station-\(UUID().uuidString)",
                                                                      isDirectory: true)
        catalog = directory.appendingPathComponent("catalog", isDirectory: true)
        database = directory.appendingPathComponent("station.sqlite")
        try manager.createDirectory(at: catalog, withIntermediateDirectories: true)
        for name in checklists {
            try manager.copyItem(at: Self.fixture(name), to: catalog.appendingPathComponent(name))
        }
        self.runner = try runner ?? CLIRunner(workingDirectory: directory)
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    /// A PostgreSQL database (URL) used instead of `database` when set.
    var serverDatabase: String?

    /// The options naming this station.
    var stationArguments: [String] {
        ["--catalog", catalog.path, "--database", serverDatabase ?? database.path]
    }

    /// Runs `checkup ARGUMENTS --catalog … --database … [--now NOW]`.
    func run(_ arguments: [String], now: String? = nil, stdin: Data? = nil) throws -> CLIResult {
        try runner.run(arguments + stationArguments + (now.map { ["--now", $0] } ?? []), stdin: stdin)
    }
}
