import CheckupStore
import Foundation
import Testing

/// Twelve `checkup session start` processes at once for one enterprise and checklist (issue 14,
/// item 5): one starts the session, the others print its id and say it is already open.
@Suite("Session start race")
struct SessionStartRaceCLITests {
    @Test func twelveProcessesStartingAtOnceShareOneOpenSession() throws {
        let station = try ReliabilityCLITests.gmStation()
        let runner = station.runner
        let arguments = ["session", "start", "--checklist", "gm-general", "--enterprise", SessionCLITests.code,
                         "--inspector", "张三"] + station.stationArguments
        let log = FailureLog()
        DispatchQueue.concurrentPerform(iterations: 12) { _ in
            do {
                let result = try runner.run(arguments, environment: ["CHECKUP_LANG": "en"])
                log.add("\(result.status)|\(result.trimmedStdout)|\(result.stderr)")
            } catch {
                log.add("error|\(error)|")
            }
        }
        let runs = log.all.map { $0.split(separator: "|", omittingEmptySubsequences: false).map(String.init) }
        #expect(runs.allSatisfy { $0[0] == "0" }, "\(log.all)")
        #expect(Set(runs.map { $0[1] }).count == 1, "every process prints the one session's id: \(log.all)")
        let told = runs.filter { $0[2].contains("is already open for this enterprise and checklist; using it") }
        #expect(told.count == 11, "\(log.all)")
        let list = try station.run(["session", "list", "--format", "json"])
        #expect(list.stdout.components(separatedBy: "\"open\"").count - 1 == 1, "\(list)")
    }
}
