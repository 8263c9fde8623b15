import CheckupXML
import Foundation
import Testing
@testable import CheckupCore

/// What a self-check must meet beyond the schema, stated against the shipped gm-general.
@Suite("Self-check rules")
struct SelfCheckRulesTests {
    static func problems(_ results: String, performedAt: String = "2026-11-02T09:30:00+08:00",
                         profile: String? = "no-ammonia", code: String = "91330703MA2HJ4C8XD",
                         match: SelfCheckChecklistMatch? = nil) throws -> [XMLDiagnostic] {
        let document = try SelfCheckFixtures.read(SelfCheckFixtures.text(results: results, performedAt: performedAt,
                                                                         profile: profile, code: code))
        let found = try match ?? .found(ChecklistIndex(SelfCheckFixtures.gmGeneral()))
        return SelfCheckRules.check(document, checklist: found, now: SelfCheckFixtures.now)
    }

    @Test func aCorrectSelfCheckHasNoProblems() throws {
        let document = try SelfCheckReader.read(file: SelfCheckFixtures.path("good.xml"), schema: nil)
        let index = ChecklistIndex(try SelfCheckFixtures.gmGeneral())
        #expect(SelfCheckRules.check(document, checklist: .found(index), now: SelfCheckFixtures.now).isEmpty)
        #expect(SelfCheckRules.checkIndustry(document, checklist: index, industry: "机械").isEmpty)
    }

    @Test func anUnknownChecklistIsRefusedWithTheKnownOnes() throws {
        let problems = try Self.problems("", match: .unknownChecklist(known: ["gm-general", "hazchem"]))
        #expect(problems.map(\.message) == ["检查表“gm-general”不在本站检查表目录中（已有：gm-general, hazchem）"])
        #expect(problems.first?.location.line == 2)
    }

    @Test func anUnknownVersionIsRefusedWithTheVersionsThatAreKnown() throws {
        let problems = try Self.problems("", match: .unknownVersion(known: ["2025.2", "2026.1"]))
        #expect(problems.count == 1)
        #expect(problems[0].message.contains("没有版本“2026.1”"))
        #expect(problems[0].message.contains("本站有：2025.2, 2026.1"))
        #expect(problems[0].message.contains("checkup selfcheck template --checklist gm-general"))
    }

    @Test func anUnknownItemIsRefusedAtItsLine() throws {
        let problems = try Self.problems(#"  <result item="mgmt-99" status="pass"/>"#)
        #expect(problems.map(\.description) == ["t.xml:7:1: 检查表 gm-general 2026.1 中没有检查项“mgmt-99”"])
    }

    @Test func anItemAnsweredTwiceIsRefusedNamingTheFirstLine() throws {
        let problems = try Self.problems("""
              <result item="mgmt-01" status="pass"/>
              <result item="mgmt-01" status="fail"><note>x</note></result>
            """)
        #expect(problems.map(\.message) == ["检查项 mgmt-01 出现两次（第一次在第 7 行）；每个检查项只保留一个答案"])
        #expect(problems.first?.location.line == 8)
    }

    @Test func anItemExcludedByTheProfileMustNotBeAnswered() throws {
        let problems = try Self.problems(#"  <result item="ammonia-01" status="na"/>"#)
        #expect(problems.map(\.message) == ["检查项 ammonia-01 不在适用范围“no-ammonia”内；请删除它的结果"])
    }

    @Test func anUnknownProfileIsRefusedWithTheKnownOnes() throws {
        let problems = try Self.problems("", profile: "no-paint")
        #expect(problems.map(\.message) == ["检查表 gm-general 没有适用范围“no-paint”（已有：no-dust, no-ammonia）"])
        #expect(problems.first?.location.line == 6)
    }

    @Test func aBlankStatusIsNotAnAnswer() throws {
        let problems = try Self.problems(#"  <result item="mgmt-02" status=""><note></note></result>"#)
        #expect(problems.map(\.message)
                == ["检查项 mgmt-02 未作答：status 请填 pass、fail 或 na（不检查的项请删除该结果）"])
    }

    @Test func aFailNeedsANote() throws {
        let problems = try Self.problems(#"  <result item="mgmt-02" status="fail"/>"#)
        #expect(problems.map(\.message) == ["检查项 mgmt-02 为不合格但没有说明：请在 <note> 中写明发现的问题"])
    }

    @Test func aBadCreditCodeIsRefusedWithTheRightCheckCharacter() throws {
        let problems = try Self.problems("", code: "91330703MA2HJ4C8XE")
        #expect(problems.map(\.message)
                == ["统一社会信用代码 91330703MA2HJ4C8XE 无效：校验码应为 D，实为 E"])
        #expect(problems.first?.location.line == 3)
    }

    @Test func aDateInTheFutureIsRefused() throws {
        let problems = try Self.problems("", performedAt: "2026-12-25T09:00:00+08:00")
        #expect(problems.count == 1)
        #expect(problems[0].message.hasPrefix("performed-at 2026-12-25T09:00:00+08:00 晚于当前时间"))
        #expect(problems[0].location.line == 4)
    }

    @Test(arguments: ["0001-01-01T00:00:00+08:00", "1900-01-01T00:00:00+08:00", "1999-12-31T23:59:59+08:00"])
    func aDateBefore2000IsRefusedNamingTheRange(_ performedAt: String) throws {
        let problems = try Self.problems("", performedAt: performedAt)
        #expect(problems.map(\.message) == [DateText.outOfRange.text("performed-at", performedAt,
                                                                     "2000-01-01T00:00:00+08:00", "2026-11-29T09:05:00+08:00")])
        #expect(problems.first?.location.line == 4)
    }

    @Test func aClockAFewMinutesFastIsTolerated() throws {
        #expect(try Self.problems("", performedAt: "2026-11-29T09:04:00+08:00").isEmpty)
        #expect(try Self.problems("", performedAt: "2026-11-29T09:06:00+08:00").count == 1)
    }

    @Test func blankPerformedAtAndPerformedByAreRefused() throws {
        let text = SelfCheckFixtures.text(results: "", performedAt: "")
            .replacingOccurrences(of: "<performed-by>王建华</performed-by>", with: "<performed-by></performed-by>")
        let document = try SelfCheckFixtures.read(text, schema: SelfCheckFixtures.schema())
        let problems = SelfCheckRules.check(document, checklist: .found(ChecklistIndex(try SelfCheckFixtures.gmGeneral())),
                                            now: SelfCheckFixtures.now)
        #expect(problems.map(\.message) == [
            "performed-at 为空：请填写自查时间，例如 2026-11-02T09:30:00+08:00",
            "performed-by 为空：请填写完成自查的人员姓名",
        ])
    }

    @Test func everyProblemIsReportedInDocumentOrder() throws {
        let problems = try Self.problems("""
              <result item="zz-01" status="pass"/>
              <result item="mgmt-02" status=""/>
            """, code: "91330703MA2HJ4C8XE")
        #expect(problems.map(\.location.line) == [3, 7, 8])
    }

    @Test func anItemForAnotherIndustryIsRefused() throws {
        let document = try SelfCheckFixtures.read(SelfCheckFixtures.text(results: #"  <result item="mgmt-03" status="pass"/>"#))
        let problems = SelfCheckRules.checkIndustry(document, checklist: ChecklistIndex(try SelfCheckFixtures.gmGeneral()),
                                                    industry: "机械")
        #expect(problems.map(\.message) == ["检查项 mgmt-03 只适用于 冶金, 有色 行业的企业，不适用于 机械；请删除它的结果"])
    }
}

/// Exact columns for refusals, found in the file's own encoding.
@Suite("Self-check locations")
struct SelfCheckLocatorTests {
    @Test func theColumnOfAResultIsFoundByItsItem() {
        let text = "<a>\n  <result item=\"x\" status=\"pass\"/>  <result item=\"y\" status=\"na\"/>\n</a>\n"
        let locator = SelfCheckLocator(source: Array(text.utf8))
        #expect(locator.column(line: 2, element: "result", attribute: "item", value: "y") == 37)
        #expect(locator.column(line: 2, element: "result") == 3)
    }

    @Test func columnsCountCharactersNotBytes() {
        let text = "<a>\n<b n=\"金华\"/><c/>\n</a>\n"
        #expect(SelfCheckLocator(source: Array(text.utf8)).column(line: 2, element: "c") == 12)
    }

    @Test func columnsInADeclaredGBKFileCountGBKCharacters() {
        // 金华 in GBK is BD F0 BB AA: four bytes, two characters.
        let bytes = Array("<?xml version=\"1.0\" encoding=\"GBK\"?>\n<b n=\"".utf8) + [0xBD, 0xF0, 0xBB, 0xAA]
            + Array("\"/><c/>\n".utf8)
        let locator = SelfCheckLocator(source: bytes)
        #expect(locator.column(line: 2, element: "c") == 12)
        #expect(locator.firstTagColumn(line: 2) == 1)
    }

    @Test func aRefusedDocumentGetsTheColumnsOfItsElements() throws {
        let document = try SelfCheckFixtures.read(SelfCheckFixtures.text(results: "    <result item=\"mgmt-99\" status=\"pass\"/>"))
        let refined = SelfCheckLocator(source: Array(SelfCheckFixtures.text(results: "    <result item=\"mgmt-99\" status=\"pass\"/>").utf8))
            .refine(document)
        #expect(refined.results.first?.location.column == 5)
        #expect(refined.locations.enterprise.column == 3)
    }
}
