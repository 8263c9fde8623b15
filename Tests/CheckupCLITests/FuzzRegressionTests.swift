import Foundation
import Testing

/// Every input in Fuzz/regressions/TARGET/ — reproducers of past fuzzing findings and the
/// hostile files the fuzzers start from — is replayed through the same code the fuzz target
/// runs, by the target's replayer build. A crash, trap or hang fails the test.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    @Test(arguments: ["checklist", "selfcheck", "enterprise-csv", "parsers", "template", "store-rows"])
    func reproducersNoLongerCrash(target: String) throws {
        let directory = TemporaryStation.repositoryRoot.appendingPathComponent("Fuzz/regressions/\(target)")
        let inputs = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { !$0.hasPrefix(".") }.sorted().map { directory.appendingPathComponent($0).path }
        #expect(!inputs.isEmpty, "no regression inputs for \(target)")
        let replayer = try CLIRunner.checkupBinary().deletingLastPathComponent().appendingPathComponent("fuzz-\(target)")
        let runner = try CLIRunner(executable: replayer)
        let result = try runner.run(inputs)
        #expect(result.status == 0, "\(result)")
    }
}
