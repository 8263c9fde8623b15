import CheckupCore
import CheckupReports
import Foundation
import Testing

/// 整改复查意见书 (issue 18 §2).
@Suite("Verification opinion")
struct VerificationOpinionTests {
    @Test("HTML matches the golden file")
    func htmlGolden() throws {
        try ReportGolden.check(try DocumentStation().opinion().html(), "documents/verification-2.zh.html")
    }

    @Test("Markdown matches the golden file")
    func markdownGolden() throws {
        try ReportGolden.check(try DocumentStation().opinion().markdown(), "documents/verification-2.zh.md")
    }

    @Test("English Markdown matches the golden file")
    func englishMarkdownGolden() throws {
        try ReportGolden.check(try DocumentStation().opinion(language: .en).markdown(), "documents/verification-2.en.md")
    }

    @Test("JSON matches the golden file")
    func jsonGolden() throws {
        try ReportGolden.check(try JSONOutput.string(try DocumentStation().opinion().json()),
                               "documents/verification-2.zh.json")
    }

    @Test("carries the notice's number and numbers the hazards as the notice does, leaving fixes made on site out")
    func followsTheNotice() throws {
        let station = try DocumentStation()
        let notice = try station.fixture.notice(2)
        let opinion = try station.opinion()
        #expect(opinion.noticeNumber == notice.number)
        #expect(opinion.entries.map(\.hazardID) == notice.toRectify.map(\.hazardID))
        #expect(opinion.entries.map(\.number) == notice.toRectify.map(\.number))
        #expect(!opinion.entries.contains { $0.hazardID == 4 })
    }

    @Test("verified is passed; refused is failed with its reason; open is failed; rectified is pending")
    func results() throws {
        let station = try DocumentStation()
        let first = try station.opinion()
        #expect(first.entries.map(\.result) == [.passed, .failed, .failed])
        #expect(first.entries[1].refusal == "通道仍有成品堆放" && first.entries[1].reinspectedBy == "张伟")
        #expect(first.entries[2].refusal == nil && first.entries[2].status == .open)
        try station.rectify(3, at: "2026-11-27T09:00:00")
        #expect(try station.opinion().entries.map(\.result) == [.passed, .pending, .failed])
    }

    @Test("verifiers are named with the certificate registered under their name")
    func verifiersCertified() throws {
        let opinion = try DocumentStation().opinion()
        #expect(opinion.verifiers == [CertifiedInspector(name: "张伟", certificate: "ZJ-AJ-2024-0031")])
        #expect(try opinion.html().contains("ZJ-AJ-2024-0031"))
    }

    @Test("the date is the latest re-inspection among the hazards on it")
    func dateIsLatestReinspection() throws {
        let opinion = try DocumentStation().opinion()
        #expect(Timestamp.day(opinion.date) == "2026-11-25")
    }

    @Test("--hazard gives that one hazard, under its session's notice number")
    func oneHazard() throws {
        let opinion = try DocumentStation().opinion(only: 3)
        #expect(opinion.entries.map(\.hazardID) == [3])
        #expect(opinion.entries.map(\.number) == [2])
    }

    @Test("a notice with nothing to verify is refused, saying so")
    func nothingToVerify() throws {
        let station = try DocumentStation()
        var notice = try station.fixture.notice(2)
        notice.items = notice.items.filter(\.fixedOnSite)
        #expect(throws: DocumentError.nothingToVerify(session: 2)) { try station.opinion(notice) }
        #expect(DocumentError.nothingToVerify(session: 2).description.contains("没有需要复查的事故隐患"))
    }

    @Test("a hazard fixed on site has nothing to verify")
    func fixedOnSiteHazard() throws {
        #expect(throws: DocumentError.hazardFixedOnSite(4)) { try DocumentStation().opinion(only: 4) }
    }

    @Test("the HTML is A4, numbers its pages 共 N 页 第 n 页 and has no script")
    func printReady() throws {
        let html = try DocumentStation().opinion().html()
        #expect(html.contains("size: A4"))
        #expect(html.contains("content: \"共 \" counter(pages) \" 页　第 \" counter(page) \" 页\";"))
        #expect(!html.lowercased().contains("<script"))
        let english = try DocumentStation().opinion(language: .en).html()
        #expect(english.contains("content: \"Page \" counter(page) \" of \" counter(pages);"))
    }
}
