import Foundation
import Testing

/// Output to a full disk (docs/reliability.md, "Disk full and read-only"): stdout redirected to
/// /dev/full, where every write fails with ENOSPC, must give one clear line and exit status 1,
/// not a `try!` trap in `FileHandle.write(_:)` with a backtrace.
@Suite struct StdoutFullCLITests {
    @Test func writingToAFullStdoutFailsWithOneLine() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let binary = try CLIRunner.checkupBinary()
        let shell = try CLIRunner(executable: URL(fileURLWithPath: "/bin/sh"))
        let result = try shell.run(["-c", "exec \"$0\" checklist --help > /dev/full", binary.path])
        #expect(result.status == 1)
        #expect(result.stderr == "checkup: cannot write to standard output: No space left on device\n")
    }
}
