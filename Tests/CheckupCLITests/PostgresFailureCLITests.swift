import Foundation
import Testing

/// A district server that fails under `checkup`: stopped in the middle of an import, or refusing
/// a wrong password. Each test starts a cluster of its own (`SyncCLITests.Cluster`, through
/// scripts/pg-throwaway.sh), so it can be stopped; on when `CHECKUP_TEST_POSTGRES` is set, as the
/// other PostgreSQL tests.
@Suite("A failing PostgreSQL server", .enabled(if: testPostgresServer != nil), .serialized)
struct PostgresFailureCLITests {
    /// Rows of `sql` on the cluster, as psql prints them unaligned.
    static func query(_ cluster: SyncCLITests.Cluster, _ sql: String) throws -> String {
        try SyncCLITests.Cluster.bash("psql -h 127.0.0.1 -p \(cluster.port) -U checkup -d checkup_test -Atc \"\(sql)\"")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func anImportCutOffByTheServerStoppingIsOneLineAndARetryCompletesWithNothingDoubled() throws {
        let cluster = try SyncCLITests.Cluster()
        defer { cluster.remove() }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("checkup-pg-crash-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let generator = TemporaryStation.repositoryRoot.appendingPathComponent("scripts/gen-selfchecks.py").path
        _ = try SyncCLITests.Cluster.bash(
            "python3 \(generator) --out \(work.path) --files 2000 --results 60 --enterprises 200 >/dev/null")
        let runner = try CLIRunner()
        let catalog = work.appendingPathComponent("catalog").path
        let registered = try runner.run(["enterprise", "import", work.appendingPathComponent("enterprises.csv").path,
                                         "--database", cluster.url])
        #expect(registered.status == 0, "\(registered)")

        let process = Process()
        process.executableURL = try CLIRunner.checkupBinary()
        process.arguments = ["import", work.appendingPathComponent("files").path, "--catalog", catalog,
                             "--database", cluster.url]
        process.environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("CHECKUP_") }
        let errors = work.appendingPathComponent("import.err")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: errors)
        process.standardOutput = FileHandle.nullDevice
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        // Stop the server once the first batch is committed, while the rest is on its way.
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline, (Int(try Self.query(cluster, "SELECT count(*) FROM selfcheck_file")) ?? 0) == 0 {
            Thread.sleep(forTimeInterval: 0.05)
        }
        try cluster.shell("pg_ctl -D \(cluster.directory)/data -m immediate stop")
        #expect(exited.wait(timeout: .now() + 60) == .success, "the import hangs after the server stopped")
        #expect(process.terminationStatus == 1)
        let lines = ((try? String(contentsOf: errors, encoding: .utf8)) ?? "").split(separator: "\n")
        #expect(lines.count == 1 && lines[0].contains("127.0.0.1:\(cluster.port)"), "\(lines)")

        try cluster.start()
        let kept = Int(try Self.query(cluster, "SELECT count(*) FROM selfcheck_file")) ?? -1
        #expect(kept > 0 && kept < 2000, "what was committed stays, the rest was not: \(kept)")
        let retried = try runner.run(["import", work.appendingPathComponent("files").path, "--catalog", catalog,
                                      "--database", cluster.url])
        #expect(retried.status == 0, "\(retried)")
        #expect(retried.stdout.contains("重复跳过 \(kept)"), "\(retried)")
        // Every file once: as many files as sessions and distinct contents.
        #expect(try Self.query(cluster, "SELECT count(*), count(DISTINCT content_hash) FROM selfcheck_file") == "2000|2000")
        #expect(try Self.query(cluster, "SELECT count(*) FROM session WHERE kind = 'self-check'") == "2000")
    }

    @Test func aWrongPasswordIsOneLineNamingTheServerAndWritesNothing() throws {
        let cluster = try SyncCLITests.Cluster()
        defer { cluster.remove() }
        let script = TemporaryStation.repositoryRoot.appendingPathComponent("scripts/pg-throwaway.sh").path
        _ = try SyncCLITests.Cluster.bash("\(script) password \(cluster.directory) inspector right-password")
        let runner = try CLIRunner()
        let wrong = "postgresql://inspector:wrong-password@127.0.0.1:\(cluster.port)/checkup_test"
        let refused = try runner.run(["enterprise", "list", "--database", wrong])
        #expect(refused.status == 1, "\(refused)")
        let lines = refused.stderr.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].contains("127.0.0.1:\(cluster.port)"), "\(refused)")
        #expect(!refused.stderr.contains("wrong-password"), "the password is never printed")
        // The right one works, so the refusal was the password's.
        let right = "postgresql://inspector:right-password@127.0.0.1:\(cluster.port)/checkup_test"
        let listed = try runner.run(["enterprise", "list", "--database", right])
        #expect(listed.status == 0, "\(listed)")
    }
}
