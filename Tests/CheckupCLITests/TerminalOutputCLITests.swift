import Foundation
import Testing

/// Control, bidi and invisible characters in data are shown on the terminal, not obeyed; the
/// JSON output keeps the data (issue 14 item 11).
@Suite("Terminal output (CLI)")
struct TerminalOutputCLITests {
    static let title = "\u{1B}]0;pwned\u{07}"

    @Test func aNoteWithAnOSCSequenceIsShownVisiblyBySessionShow() throws {
        let station = try SessionCLITests.station()
        let session = try SessionCLITests.start(station)
        let recorded = try station.run(["record", session, "m1", "fail", "--note", "灭火器\(Self.title)过期\u{202E}"],
                                       now: SessionCLITests.now)
        #expect(recorded.status == 0, "\(recorded)")
        let shown = try station.run(["session", "show", session])
        #expect(!shown.stdoutData.contains(0x1B) && !shown.stdoutData.contains(0x07), "\(shown)")
        #expect(shown.stdout.contains("灭火器␛]0;pwned␇过期<U+202E>"), "\(shown)")
        let json = try station.run(["session", "show", session, "--format", "json"])
        let findings = try json.jsonObject()["findings"] as? [[String: Any]]
        #expect(findings?.first?["note"] as? String == "灭火器\(Self.title)过期\u{202E}")
    }

    @Test func aFileNameWithControlsIsShownVisiblyInImportMessages() throws {
        let station = try SelfCheckCLIStation.make(register: false)
        let path = try SelfCheckCLIStation.write(station, "a\(Self.title)b.xml", "not xml")
        let result = try station.run(["import", path], now: SelfCheckCLIStation.now)
        #expect(result.status == 1, "\(result)")
        #expect(!result.stderrData.contains(0x1B) && !result.stdoutData.contains(0x1B), "\(result)")
        #expect(result.stderr.contains("a␛]0;pwned␇b.xml"), "\(result)")
    }
}
