import CheckupCore
import CheckupReports
import Foundation
import Testing

/// 现场检查记录 (issue 18 §2).
@Suite("Inspection record")
struct InspectionRecordTests {
    @Test("HTML matches the golden file")
    func htmlGolden() throws {
        try ReportGolden.check(try DocumentStation().record().html(), "documents/record-2.zh.html")
    }

    @Test("Markdown matches the golden file")
    func markdownGolden() throws {
        try ReportGolden.check(try DocumentStation().record().markdown(), "documents/record-2.zh.md")
    }

    @Test("English Markdown matches the golden file")
    func englishMarkdownGolden() throws {
        try ReportGolden.check(try DocumentStation().record(language: .en).markdown(), "documents/record-2.en.md")
    }

    @Test("JSON matches the golden file")
    func jsonGolden() throws {
        try ReportGolden.check(try JSONOutput.string(try DocumentStation().record().json()), "documents/record-2.zh.json")
    }

    @Test("lists every item answered in checklist order with result, note and marks, and counts the items that apply")
    func everyItemAnswered() throws {
        let record = try DocumentStation().record()
        #expect(record.entries.map(\.itemID) == ["m1", "m2", "p1", "p2", "t1", "j1"])
        #expect(record.entries.map(\.result) == [.pass, .fail, .fail, .fail, .fail, .pass])
        #expect(record.entries[3].fixedOnSite && record.entries[4].major)
        #expect(record.entries[1].note == "两名新员工未经三级安全教育即上岗")
        #expect(record.passed == 2 && record.failed == 4 && record.unchecked == record.applicable - 6)
    }

    @Test("inspectors carry their registered certificate; an unregistered one an empty field to fill in")
    func inspectorsCertified() throws {
        let record = try DocumentStation().record()
        #expect(record.inspectors == [CertifiedInspector(name: "张伟", certificate: "ZJ-AJ-2024-0031"),
                                      CertifiedInspector(name: "李娜", certificate: "")])
    }

    @Test("evidence file names are listed beside their item")
    func evidenceNames() throws {
        let station = try DocumentStation()
        var data = try station.fixture.station.sessionData(2)
        let index = try #require(data.findings.firstIndex { $0.itemID == "p1" })
        data.findings[index].answer.evidence = [EvidenceRef(sha256: "ab", originalName: "通道<堵塞>.jpg", size: 10)]
        let record = try InspectionRecord(data, station: "站", register: [], generatedAt: DocumentStation.generatedAt,
                                          language: .zh)
        #expect(record.entries.first { $0.itemID == "p1" }?.evidence == ["通道<堵塞>.jpg"])
        let html = try record.html()
        #expect(html.contains("通道&lt;堵塞&gt;.jpg") && !html.contains("通道<堵塞>"))
    }

    @Test("an open session prints that it has not ended")
    func openSession() throws {
        let record = try DocumentStation().record(4)
        #expect(record.session.completedAt == nil)
        #expect(try record.markdown().contains("（检查尚未结束）"))
        #expect(record.json().session.completed_at == nil)
    }

    @Test("a self-check has no on-site record")
    func refusesSelfCheck() throws {
        #expect(throws: DocumentError.recordOfSelfCheck(1)) { try DocumentStation().record(1) }
    }

    @Test("hostile names and notes are escaped in HTML")
    func hostileEscaped() throws {
        let html = try DocumentStation().record(3).html()
        #expect(!html.contains("<script>alert(1)</script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("张三&lt;b&gt;"))
    }
}
