import Foundation
import Testing

/// A station's own `--template` cannot take the station down: size and section nesting are
/// bounded before parsing, the output before rendering (issue 14 item 8).
@Suite("Template bounds (CLI)")
struct TemplateBoundsCLITests {
    /// A station with one completed session holding three hazards; a runner that gives up after
    /// 30 s, so a template that runs away fails the test instead of stalling the suite.
    static func noticeStation() throws -> (TemporaryStation, String) {
        var runner = try CLIRunner(workingDirectory: FileManager.default.temporaryDirectory)
        runner.timeout = 30
        let station = try TemporaryStation(checklists: ["mini.xml"], runner: runner)
        let added = try station.run(["enterprise", "add", "--credit-code", SessionCLITests.code, "--name", "测试企业",
                                     "--township", "孝顺镇", "--industry", "化工"], now: SessionCLITests.now)
        #expect(added.status == 0, "\(added)")
        let session = try SessionCLITests.start(station)
        for item in ["m1", "m2", "f1"] {
            let recorded = try station.run(["record", session, item, "fail", "--note", "问题 \(item)"], now: SessionCLITests.now)
            #expect(recorded.status == 0, "\(recorded)")
        }
        let completed = try station.run(["session", "complete", session], now: SessionCLITests.now)
        #expect(completed.status == 0, "\(completed)")
        return (station, session)
    }

    private func notice(_ station: TemporaryStation, _ session: String, template: String) throws -> CLIResult {
        let path = station.directory.appendingPathComponent("own.html.mustache")
        try Data(template.utf8).write(to: path)
        return try station.run(["report", "notice", session, "--template", path.path,
                                "-o", station.directory.appendingPathComponent("notice.html").path], now: SessionCLITests.now)
    }

    @Test func aThousandNestedSectionsAreRefusedBeforeParsing() throws {
        let (station, session) = try Self.noticeStation()
        let result = try notice(station, session, template: String(repeating: "{{#hazards}}", count: 1000) + "x"
                                + String(repeating: "{{/hazards}}", count: 1000))
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("嵌套超过 16 层") && result.stderr.split(separator: "\n").count == 1, "\(result)")
    }

    @Test func twelveNestedHazardListsAreRefusedBeforeRendering() throws {
        let (station, session) = try Self.noticeStation()
        let result = try notice(station, session, template: String(repeating: "{{#hazards}}", count: 12) + "{{description}}"
                                + String(repeating: "{{/hazards}}", count: 12))
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("32 MB"), "\(result)")
        #expect(!FileManager.default.fileExists(atPath: station.directory.appendingPathComponent("notice.html").path))
    }

    @Test func aTemplateOver256KBIsRefused() throws {
        let (station, session) = try Self.noticeStation()
        let result = try notice(station, session, template: String(repeating: "x", count: 256 * 1024 + 1))
        #expect(result.status == 1 && result.stderr.contains("262145"), "\(result)")
    }

    @Test func anOrdinaryOwnTemplateStillRenders() throws {
        let (station, session) = try Self.noticeStation()
        let result = try notice(station, session, template: "<h1>{{enterprise.name}}</h1>{{#hazards}}<p>{{description}}</p>{{/hazards}}")
        #expect(result.status == 0, "\(result)")
        let html = try String(contentsOf: station.directory.appendingPathComponent("notice.html"), encoding: .utf8)
        #expect(html.contains("<h1>测试企业</h1>"), "\(html)")
    }
}
