import CheckupStore
import Foundation
import Testing

/// `checkup sync push|status`: a laptop's SQLite station (made by `checkup demo`) pushed to a
/// PostgreSQL server. On when `CHECKUP_TEST_POSTGRES` names a server; each test pushes into a
/// database of its own, and the server-stopped test starts a cluster of its own.
@Suite("Sync push to PostgreSQL", .enabled(if: testPostgresServer != nil), .serialized)
struct SyncCLITests {
    static let now = "2026-11-30T17:00:00+08:00"

    /// A laptop station made by the demo, in a scratch directory removed afterwards.
    final class Laptop {
        let directory: URL
        let runner: CLIRunner
        var database: String { directory.appendingPathComponent("checkup.sqlite").path }

        init() throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("checkup-laptop-\(UUID().uuidString)")
            runner = try CLIRunner()
            let demo = try runner.run(["demo", "--output", directory.path, "--now", SyncCLITests.now])
            #expect(demo.status == 0, "\(demo)")
        }

        deinit { try? FileManager.default.removeItem(at: directory) }

        func run(_ arguments: [String], environment: [String: String] = [:]) throws -> CLIResult {
            try runner.run(arguments + ["--database", database], environment: environment)
        }

        func push(_ server: String, _ extra: [String] = [], environment: [String: String] = [:]) throws -> CLIResult {
            try run(["sync", "push", "--to", server] + extra, environment: environment)
        }

        func status(_ server: String) throws -> [String: Any] {
            let result = try run(["sync", "status", "--to", server, "--format", "json"])
            #expect(result.status == 0, "\(result)")
            return try result.jsonObject()
        }
    }

    /// The `counts.total` of a json summary.
    static func total(_ json: [String: Any]) -> Int {
        ((json["counts"] as? [String: Any])?["total"] as? Int) ?? -1
    }

    /// The json array a read command prints.
    static func list(_ runner: CLIRunner, _ arguments: [String], database: String) throws -> [[String: Any]] {
        let result = try runner.run(arguments + ["--format", "json", "--database", database])
        #expect(result.status == 0, "\(result)")
        return (try JSONSerialization.jsonObject(with: result.stdoutData) as? [[String: Any]]) ?? []
    }

    /// What a station holds, compared across stores: sessions and hazards as listed, every
    /// field but their numbers.
    static func contents(_ runner: CLIRunner, database: String) throws -> [String] {
        let sessions = try list(runner, ["session", "list"], database: database).map { canonical($0, dropping: ["id"]) }
        let hazards = try list(runner, ["hazard", "list"], database: database)
            .map { canonical($0, dropping: ["id", "session"]) }
        return (sessions + hazards).sorted()
    }

    /// A json object as sorted text, without the keys named.
    static func canonical(_ object: [String: Any], dropping: Set<String>) -> String {
        let kept = object.filter { !dropping.contains($0.key) }
        let data = try? JSONSerialization.data(withJSONObject: kept, options: [.sortedKeys])
        return String(decoding: data ?? Data(), as: UTF8.self)
    }

    static func withDatabase<T>(_ body: (String) throws -> T) throws -> T {
        let server = try #require(testPostgresServer)
        let database = try PostgresScratchDatabase.create(on: server)
        defer { try? PostgresScratchDatabase.drop(database, on: server) }
        return try body(database)
    }

    @Test func aPushSendsTheStationAndASecondPushSendsNothing() throws {
        try Self.withDatabase { server in
            let laptop = try Laptop()
            let before = try laptop.status(server)
            #expect(Self.total(before) > 0)
            let counts = try #require(before["counts"] as? [String: Any])
            #expect((counts["sessions"] as? Int ?? 0) > 0 && (counts["hazards"] as? Int ?? 0) > 0)
            let pushed = try laptop.push(server)
            #expect(pushed.status == 0, "\(pushed)")
            #expect(pushed.stdout.contains("已推送到"), "\(pushed)")
            #expect(pushed.stderr.contains("同步：第 1/"), "\(pushed)")
            // The server holds what the laptop holds.
            let here = try Self.contents(laptop.runner, database: laptop.database)
            let there = try Self.contents(laptop.runner, database: server)
            #expect(here == there)
            #expect(here.count > 10)
            // A second push sends nothing and changes nothing.
            #expect(Self.total(try laptop.status(server)) == 0)
            let again = try laptop.push(server, ["--format", "json"])
            #expect(again.status == 0, "\(again)")
            #expect(Self.total(try again.jsonObject()) == 0)
            #expect(try Self.contents(laptop.runner, database: server) == there)
            let text = try laptop.push(server)
            #expect(text.stdout.contains("没有新记录（0 条）"), "\(text)")
        }
    }

    @Test func theLegalRepresentativePlacesAndThePersonPresentArriveOnTheServer() throws {
        try Self.withDatabase { server in
            let laptop = try Laptop()
            // A hazard an inspection found (a self-check's session has no place or person present).
            let hazard = try #require(try Self.list(laptop.runner, ["hazard", "list"], database: laptop.database)
                .first { $0["source"] as? String == "inspection" })
            let hazardID = String(try #require(hazard["id"] as? Int))
            let code = try #require(hazard["enterprise"] as? String)
            let sessionID = String(try #require(hazard["session"] as? Int))
            #expect(try laptop.run(["enterprise", "update", code, "--legal-representative", "李四"]).status == 0)
            #expect(try laptop.run(["hazard", "update", hazardID, "--place", "二号车间冲床"]).status == 0)
            #expect(try laptop.run(["session", "update", sessionID, "--place", "一号仓库", "--present", "张三",
                                    "--present-post", "安全员"]).status == 0)
            let pushed = try laptop.push(server)
            #expect(pushed.status == 0, "\(pushed)")
            // The server knows the hazard and the session by their uids; find them by enterprise.
            let there = try Self.list(laptop.runner, ["hazard", "list", "--enterprise", code], database: server)
            #expect(there.contains { $0["place"] as? String == "二号车间冲床" })
            let enterprise = try laptop.runner.run(["enterprise", "show", code, "--format", "json", "--database", server])
            #expect(try enterprise.jsonObject()["legal_representative"] as? String == "李四", "\(enterprise)")
            let serverSession = try #require(there.first { $0["place"] as? String == "二号车间冲床" }?["session"] as? Int)
            let session = try laptop.runner.run(["session", "show", String(serverSession), "--format", "json",
                                                 "--database", server]).jsonObject()
            #expect(session["place"] as? String == "一号仓库")
            #expect((session["present"] as? [String: Any])?["name"] as? String == "张三")
        }
    }

    @Test func evidenceBytesArriveOnTheServer() throws {
        try Self.withDatabase { server in
            let laptop = try Laptop()
            let status = try laptop.status(server)
            let counts = try #require(status["counts"] as? [String: Any])
            let files = counts["evidence"] as? Int ?? 0
            #expect(files > 0, "the demo keeps evidence files")
            let pushed = try laptop.push(server, ["--format", "json"])
            #expect(pushed.status == 0, "\(pushed)")
            let sent = try #require(try pushed.jsonObject()["counts"] as? [String: Any])
            #expect(sent["evidence"] as? Int == files)
            #expect((sent["evidence_bytes"] as? Int ?? 0) > 0)
        }
    }

    @Test func anEnterpriseRegisteredDifferentlyAndAHazardChangedOnBothSidesAreReported() throws {
        try Self.withDatabase { server in
            let laptop = try Laptop()
            #expect(try laptop.push(server).status == 0)
            let enterprise = try #require(try Self.list(laptop.runner, ["enterprise", "list"], database: laptop.database).first)
            let code = try #require(enterprise["credit_code"] as? String)
            let renamed = try laptop.runner.run([
                "enterprise", "add", "--update", "--credit-code", code, "--name", "服务器上改过的名称",
                "--township", enterprise["township"] as? String ?? "孝顺镇", "--database", server,
            ])
            #expect(renamed.status == 0, "\(renamed)")
            // The same open hazard moved to rectifying on both sides, at different times.
            let open = try Self.list(laptop.runner, ["hazard", "list", "--status", "open", "--severity", "general"],
                                     database: laptop.database)
            let hazard = try #require(open.first?["id"] as? Int)
            let there = try laptop.runner.run(["hazard", "update", String(hazard), "--status", "rectifying",
                                               "--database", server, "--now", "2026-12-01T09:00:00+08:00"])
            #expect(there.status == 0, "\(there)")
            let here = try laptop.run(["hazard", "update", String(hazard), "--status", "rectifying",
                                       "--now", "2026-12-01T10:00:00+08:00"])
            #expect(here.status == 0, "\(here)")
            let second = try #require(open.dropFirst().first?["id"] as? Int)
            #expect(try laptop.run(["hazard", "update", String(second), "--status", "rectifying",
                                    "--now", "2026-12-01T10:00:00+08:00"]).status == 0)
            let status = try laptop.status(server)
            let conflicts = try #require(status["conflicts"] as? [[String: Any]])
            #expect(Set(conflicts.compactMap { $0["kind"] as? String }) == ["enterprise", "hazard"], "\(conflicts)")
            let pushed = try laptop.push(server)
            #expect(pushed.status == 1, "\(pushed)")
            #expect(pushed.stdout.contains("企业 \(code) 在两边登记不同"), "\(pushed)")
            #expect(pushed.stdout.contains("隐患 \(hazard)"), "\(pushed)")
            // The server keeps its own: the name, and the hazard's history.
            let names = try Self.list(laptop.runner, ["enterprise", "list"], database: server)
                .filter { $0["credit_code"] as? String == code }.compactMap { $0["name"] as? String }
            #expect(names == ["服务器上改过的名称"])
            // Everything else went: the other hazard's change arrived.
            let onServer = try Self.list(laptop.runner, ["hazard", "list", "--status", "rectifying"], database: server)
            #expect(onServer.contains { $0["id"] as? Int == second }, "\(onServer)")
        }
    }

    @Test func aChangeHereAndAnEscalationThereMergeByTime() throws {
        try Self.withDatabase { server in
            let laptop = try Laptop()
            #expect(try laptop.push(server).status == 0)
            let open = try Self.list(laptop.runner, ["hazard", "list", "--status", "open", "--severity", "general"],
                                     database: laptop.database)
            let hazard = try #require(open.first?["id"] as? Int)
            // Here: rectifying then rectified; there, later: nothing of its status. Fast-forward.
            #expect(try laptop.run(["hazard", "update", String(hazard), "--status", "rectifying",
                                    "--now", "2026-12-01T10:00:00+08:00"]).status == 0)
            #expect(try laptop.run(["hazard", "update", String(hazard), "--status", "rectified",
                                    "--now", "2026-12-01T11:00:00+08:00"]).status == 0)
            let pushed = try laptop.push(server, ["--format", "json"])
            #expect(pushed.status == 0, "\(pushed)")
            let sent = try #require(try pushed.jsonObject()["counts"] as? [String: Any])
            #expect(sent["hazard_changes"] as? Int == 2)
            let there = try Self.list(laptop.runner, ["hazard", "list", "--status", "rectified"], database: server)
            #expect(there.contains { $0["id"] as? Int == hazard }, "\(there)")
        }
    }

    @Test func aPushKilledMidwayIsFinishedByTheNextWithNothingDoubled() throws {
        try Self.withDatabase { server in
            let laptop = try Laptop()
            let binary = try CLIRunner.checkupBinary()
            let process = Process()
            process.executableURL = binary
            process.arguments = ["sync", "push", "--to", server, "--database", laptop.database]
            var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("CHECKUP_") }
            environment["CHECKUP_TEST_SYNC_BATCH"] = "1"
            environment["CHECKUP_TEST_SYNC_PAUSE"] = "0.3"
            process.environment = environment
            let errors = laptop.directory.appendingPathComponent("push.err")
            _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
            process.standardError = try FileHandle(forWritingTo: errors)
            process.standardOutput = FileHandle.nullDevice
            let exited = DispatchSemaphore(value: 0)
            process.terminationHandler = { _ in exited.signal() }
            try process.run()
            let deadline = Date().addingTimeInterval(60)
            while Date() < deadline {
                let text = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
                if text.components(separatedBy: "\n").filter({ $0.hasPrefix("同步：第") }).count >= 4 { break }
                Thread.sleep(forTimeInterval: 0.05)
            }
            kill(process.processIdentifier, SIGKILL)
            #expect(exited.wait(timeout: .now() + 60) == .success)
            #expect(process.terminationReason == .uncaughtSignal)
            // Part went; the rest goes next time, nothing twice.
            let partial = Self.total(try laptop.status(server))
            #expect(partial > 0)
            let retried = try laptop.push(server, ["--format", "json"])
            #expect(retried.status == 0, "\(retried)")
            #expect(Self.total(try retried.jsonObject()) == partial)
            #expect(Self.total(try laptop.status(server)) == 0)
            #expect(try Self.contents(laptop.runner, database: laptop.database)
                    == Self.contents(laptop.runner, database: server))
        }
    }

    @Test func anUnreachableServerOrMissingDatabaseIsOneLineAndWritesNothingHere() throws {
        let laptop = try Laptop()
        let before = try Self.contents(laptop.runner, database: laptop.database)
        let unreachable = try laptop.push("postgresql://checkup@127.0.0.1:1/district")
        #expect(unreachable.status == 1, "\(unreachable)")
        #expect(unreachable.stderr.split(separator: "\n").count == 1, "\(unreachable)")
        #expect(unreachable.stderr.contains("127.0.0.1:1") && unreachable.stderr.contains("不可达"), "\(unreachable)")
        let server = try #require(testPostgresServer)
        let missing = server.replacingOccurrences(of: "/checkup_test", with: "/no_such_district")
        let status = try laptop.run(["sync", "status", "--to", missing])
        #expect(status.status == 1 && status.stderr.contains("no_such_district") && status.stderr.contains("不存在"), "\(status)")
        let push = try laptop.push(missing)
        #expect(push.status == 1 && push.stderr.split(separator: "\n").count == 1, "\(push)")
        // Nothing here claims anything went: the laptop is as it was, and a good server would
        // still be sent everything.
        #expect(try Self.contents(laptop.runner, database: laptop.database) == before)
        try Self.withDatabase { good in
            let status = try laptop.status(good)
            #expect(Self.total(status) > 0)
        }
    }

    @Test func aServerStoppedMidPushIsOneLineAndARetryAfterRestartCompletes() throws {
        let cluster = try Cluster()
        defer { cluster.remove() }
        let laptop = try Laptop()
        let process = Process()
        process.executableURL = try CLIRunner.checkupBinary()
        process.arguments = ["sync", "push", "--to", cluster.url, "--database", laptop.database]
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("CHECKUP_") }
        environment["CHECKUP_TEST_SYNC_BATCH"] = "1"
        environment["CHECKUP_TEST_SYNC_PAUSE"] = "0.5"
        process.environment = environment
        let errors = laptop.directory.appendingPathComponent("push.err")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: errors)
        process.standardOutput = FileHandle.nullDevice
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, !((try? String(contentsOf: errors, encoding: .utf8)) ?? "").contains("同步：第 3/") {
            Thread.sleep(forTimeInterval: 0.05)
        }
        try cluster.shell("pg_ctl -D \(cluster.directory)/data -m immediate stop")
        #expect(exited.wait(timeout: .now() + 60) == .success)
        #expect(process.terminationStatus == 1)
        let lines = ((try? String(contentsOf: errors, encoding: .utf8)) ?? "").split(separator: "\n")
            .filter { !$0.hasPrefix("同步：第") }
        #expect(lines.count == 1 && lines[0].contains("127.0.0.1"), "\(lines)")
        try cluster.start()
        let retried = try laptop.push(cluster.url)
        #expect(retried.status == 0, "\(retried)")
        #expect(Self.total(try laptop.status(cluster.url)) == 0)
        #expect(try Self.contents(laptop.runner, database: laptop.database)
                == Self.contents(laptop.runner, database: cluster.url))
    }

    /// A PostgreSQL cluster of the test's own (scripts/pg-throwaway.sh), to stop and restart.
    final class Cluster {
        let directory: String
        let bin: String
        let port: String
        var url: String { "postgresql://checkup@127.0.0.1:\(port)/checkup_test" }

        init() throws {
            let script = TemporaryStation.repositoryRoot.appendingPathComponent("scripts/pg-throwaway.sh").path
            let output = try Self.bash("\(script) start")
            func value(_ name: String) -> String {
                output.components(separatedBy: CharacterSet(charactersIn: ";\n")).compactMap { part -> String? in
                    let trimmed = part.trimmingCharacters(in: .whitespaces)
                    guard trimmed.hasPrefix("export \(name)=") else { return nil }
                    return String(trimmed.dropFirst("export \(name)=".count)).trimmingCharacters(in: CharacterSet(charactersIn: "'\""))
                }.first ?? ""
            }
            directory = value("PG_THROWAWAY_DIR")
            let serverURL = value("CHECKUP_TEST_POSTGRES")
            port = serverURL.split(separator: ":").last.map { String($0.split(separator: "/").first ?? "") } ?? ""
            bin = try Self.bash("ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1").trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(!directory.isEmpty && !port.isEmpty, "\(output)")
        }

        func start() throws {
            try shell("pg_ctl -D \(directory)/data -l \(directory)/log -w -o '-k \(directory) -p \(port) -c listen_addresses=127.0.0.1' start")
        }

        func remove() {
            _ = try? Self.bash("\(TemporaryStation.repositoryRoot.path)/scripts/pg-throwaway.sh stop \(directory)")
        }

        /// Runs a server binary as the postgres user when root.
        func shell(_ command: String) throws {
            let asPostgres = getuid() == 0 ? "runuser -u postgres -- " : ""
            _ = try Self.bash(asPostgres + bin + "/" + command)
        }

        @discardableResult
        static func bash(_ command: String) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            // The shell closes every descriptor but 0–2 first: a server it starts would keep
            // the one Foundation watches for the shell's exit, and the exit would go unseen.
            let closing = "for fd in $(ls /proc/$$/fd); do [ \"$fd\" -gt 2 ] && eval \"exec $fd>&-\"; done 2>/dev/null; "
            process.arguments = ["-c", closing + command]
            // Output through a file, and the exit through the termination handler (as CLIRunner):
            // a server started here keeps running after the shell exits.
            let output = FileManager.default.temporaryDirectory.appendingPathComponent("checkup-bash-\(UUID().uuidString)")
            _ = FileManager.default.createFile(atPath: output.path, contents: nil)
            defer { try? FileManager.default.removeItem(at: output) }
            let handle = try FileHandle(forWritingTo: output)
            process.standardOutput = handle
            process.standardError = FileHandle.nullDevice
            process.standardInput = FileHandle.nullDevice
            let exited = DispatchSemaphore(value: 0)
            process.terminationHandler = { _ in exited.signal() }
            try process.run()
            _ = exited.wait(timeout: .now() + 60)
            try? handle.close()
            return (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        }
    }
}
