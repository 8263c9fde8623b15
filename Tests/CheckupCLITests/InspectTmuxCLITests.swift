import Foundation
import Testing

/// `checkup inspect` at a real terminal: tmux gives it a pseudo-terminal, keys are typed with
/// `send-keys` and the screen is read with `capture-pane`, as a person would see it. Skipped
/// where tmux is not installed.
@Suite("Interactive inspection under tmux", .enabled(if: TmuxPane.tmux != nil, "tmux is not installed"))
struct InspectTmuxCLITests {
    /// Resume after a piped first run (m1 pass, m2 fail): the shell starts at m3, the last gap,
    /// goes to the end screen once it is answered, and going back to m2 with `j` and typing
    /// `p` asks before changing the fail; Enter keeps it.
    @Test func resumeThenRevisitAndDeclineAChange() throws {
        let station = try SessionCLITests.station()
        let first = try station.run(["inspect", "--checklist", "mini", "--enterprise", SessionCLITests.code,
                                     "--inspector", "张三"], now: SessionCLITests.now,
                                    stdin: Data("p\nf\n灭火器过期\n\n\n\nq\n".utf8))
        #expect(first.status == 0, "\(first)")

        let command = [station.runner.executable.path, "inspect", "--checklist", "mini", "--enterprise", SessionCLITests.code,
                       "--inspector", "张三", "--now", SessionCLITests.now] + station.stationArguments
        let pane = try TmuxPane(command: command, environment: ["LANG": "C.UTF-8"])
        defer { pane.close() }
        try pane.waitFor("继续会话 1：已答 2/3")
        #expect(try pane.screen().contains("[3/3]"))
        try pane.type("p")
        try pane.waitFor("全部 3 项均已检查。")
        try pane.type("j m2")
        try pane.waitFor("当前答案：不合格，重大，备注：灭火器过期")
        try pane.type("p")
        try pane.waitFor("原答案：不合格（重大，灭火器过期），改为通过？[y/N] >")
        try pane.type("")
        try pane.waitFor("保留原答案。")
        try pane.type("q")
        try pane.waitFor("会话 1 保持打开，已答 3/3，均已保存")

        let findings = try SessionCLITests.findings(station, "1")
        #expect(findings.map { $0["result"] as? String } == ["pass", "fail", "pass"], "\(findings)")
    }
}

/// One tmux pane running a command, on a tmux server of its own (`-S`, a socket in the
/// temporary directory), so nothing else's sessions are touched; `close()` ends that server and
/// removes its socket.
final class TmuxPane {
    /// The tmux binary, if installed.
    static let tmux: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    private let socket = FileManager.default.temporaryDirectory
        .appendingPathComponent("checkup-tmux-\(UUID().uuidString.prefix(8)).sock").path

    /// Starts `command` in a detached 160×60 pane; the pane stays after the command exits.
    init(command: [String], environment: [String: String]) throws {
        let quoted = command.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        let env = environment.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: " ")
        try tmux(["-u", "-f", "/dev/null", "new-session", "-d", "-s", "t", "-x", "160", "-y", "60", "env \(env) \(quoted); sleep 120"],
                 capture: false)
    }

    /// Types `line` and Enter.
    func type(_ line: String) throws {
        if !line.isEmpty { _ = try tmux(["send-keys", "-t", "t", "-l", line]) }
        _ = try tmux(["send-keys", "-t", "t", "Enter"])
    }

    /// The pane's text with its history, wrapped lines joined.
    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-J", "-t", "t", "-S", "-500"])
    }

    /// Waits (up to 30 s) until the pane shows `text`.
    func waitFor(_ text: String) throws {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if try screen().contains(text) { return }
            usleep(50_000)
        }
        throw TmuxError.notShown(text, screen: (try? screen()) ?? "")
    }

    /// Ends this pane's tmux server.
    func close() {
        try? tmux(["kill-server"], capture: false)
        unlink(socket)
    }

    /// Runs tmux on this pane's server and returns its stdout (through a file).
    ///
    /// Through `posix_spawn` and `waitpid`, not Foundation's `Process`: `new-session` forks the
    /// tmux server, which would inherit the descriptor `Process` watches for the child's exit
    /// and so keep the test waiting until the server ends.
    @discardableResult
    private func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
        let output = socket + "-\(UUID().uuidString).out"
        defer { unlink(output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, capture ? output : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let path = Self.tmux ?? "tmux"
        let argv = ([path, "-S", socket] + arguments).map { strdup($0) } + [nil]
        let environment = ProcessInfo.processInfo.environment.filter { $0.key != "TMUX" }
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        // Default signal handling and an empty mask: a test runner that ignores SIGHUP would
        // otherwise pass that on, and the pane's processes would outlive `kill-server`.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var all = sigset_t()
        var none = sigset_t()
        sigfillset(&all)
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw TmuxError.notStarted(String(cString: strerror(spawned))) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        guard capture else { return "" }
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }

    /// What went wrong driving tmux.
    enum TmuxError: Error, CustomStringConvertible {
        case notStarted(String)
        case notShown(String, screen: String)

        var description: String {
            switch self {
            case .notStarted(let reason): "cannot run tmux: \(reason)"
            case .notShown(let text, let screen): "tmux pane never showed \"\(text)\"; it shows:\n\(screen)"
            }
        }
    }
}
