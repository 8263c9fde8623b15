import Testing
@testable import CheckupCore

/// Self-check against inspection: agreement, 自查不实, and the reliability rate.
@Suite("Self-check comparison")
struct SelfCheckComparisonTests {
    static func answers(_ pairs: [(String, ItemResult)]) -> [Answer] {
        pairs.map { Answer(itemID: $0.0, result: $0.1, note: $0.1 == .fail ? "发现问题" : nil) }
    }

    @Test func itemsAreAgreedUntrueOrStricter() {
        let comparison = SelfCheckComparison(
            selfCheck: Self.answers([("a", .pass), ("b", .pass), ("c", .fail), ("d", .fail)]),
            inspection: Self.answers([("a", .pass), ("b", .fail), ("c", .pass), ("d", .fail)]))
        #expect(comparison.rows.map(\.outcome) == [.agreed, .selfPassInspectorFail, .selfFailInspectorPass, .agreed])
        #expect(comparison.agreed == 2)
        #expect(comparison.selfPassInspectorFail == 1)
        #expect(comparison.selfFailInspectorPass == 1)
    }

    @Test func reliabilityIsAgreedOverItemsExaminedByBoth() {
        let comparison = SelfCheckComparison(
            selfCheck: Self.answers([("a", .pass), ("b", .pass), ("c", .na), ("d", .pass), ("e", .pass)]),
            inspection: Self.answers([("a", .pass), ("b", .fail), ("c", .pass), ("d", .pass), ("f", .pass)]))
        // c (na on one side), e and f (answered by one side) are not examined by both.
        #expect(comparison.examinedByBoth == 3)
        #expect(comparison.reliability == 2.0 / 3.0)
        #expect(comparison.rows(.notCompared).map(\.itemID) == ["c", "e", "f"])
    }

    @Test func withNothingExaminedByBothThereIsNoRate() {
        let comparison = SelfCheckComparison(selfCheck: Self.answers([("a", .na)]), inspection: Self.answers([("b", .pass)]))
        #expect(comparison.reliability == nil)
    }

    @Test func rowsFollowTheChecklistOrder() {
        let comparison = SelfCheckComparison(selfCheck: Self.answers([("z", .pass), ("b", .pass), ("a", .pass)]),
                                             inspection: Self.answers([("a", .pass)]), order: ["a", "b"])
        #expect(comparison.rows.map(\.itemID) == ["a", "b", "z"])
    }

    @Test func notesOfBothSidesAreKept() {
        let comparison = SelfCheckComparison(
            selfCheck: [Answer(itemID: "a", result: .pass, note: "已整改")],
            inspection: [Answer(itemID: "a", result: .fail, note: "防护罩缺失")])
        #expect(comparison.rows.first?.selfCheckNote == "已整改")
        #expect(comparison.rows.first?.inspectionNote == "防护罩缺失")
    }
}

/// Blank forms and written files.
@Suite("Self-check writer")
struct SelfCheckWriterTests {
    static let enterprise = Enterprise(creditCode: "91330703MA2HJ4C8XD", name: "金华市锦程机械制造有限公司",
                                       township: "孝顺镇", industry: "机械")

    static func template() throws -> (Checklist, [ChecklistItem], String) {
        let checklist = try SelfCheckFixtures.gmGeneral()
        let profile = checklist.profile("no-ammonia")
        let items = checklist.applicableItems(profile: profile, industry: "机械")
        let document = SelfCheckWriter.template(checklist: checklist, enterprise: Self.enterprise, profile: profile, items: items)
        let data = try SelfCheckWriter.write(document, annotatedWith: checklist)
        return (checklist, items, String(decoding: data, as: UTF8.self))
    }

    @Test func aTemplateListsEveryApplicableItemWithABlankStatus() throws {
        let (_, items, text) = try Self.template()
        let document = try SelfCheckFixtures.read(text, schema: SelfCheckFixtures.schema())
        #expect(document.results.map(\.itemID) == items.map(\.id))
        #expect(document.results.allSatisfy { $0.status == .unchecked })
        #expect(!document.results.contains { $0.itemID.hasPrefix("ammonia") || $0.itemID == "mgmt-03" })
        #expect(document.enterprise.name == "金华市锦程机械制造有限公司" && document.profileID == "no-ammonia")
    }

    @Test func aTemplateCarriesEachItemsTitleGuidanceAndBasisAsComments() throws {
        let (checklist, _, text) = try Self.template()
        let item = try #require(checklist.item("mgmt-01"))
        #expect(text.contains("<!-- mgmt-01 [人防] \(item.title.text(.zh))"))
        #expect(text.contains("查验方法：" + (item.guidance?.text(.zh) ?? "")))
        #expect(text.contains("依据：" + item.basis.text(.zh)))
        #expect(text.contains("====== 安全管理 (mgmt) ======"))
        #expect(text.contains(#"<result item="mgmt-01" status="">"#))
    }

    @Test func anUnfilledTemplatePassesTheSchemaButEveryItemIsNotAnswered() throws {
        let (checklist, items, text) = try Self.template()
        let document = try SelfCheckFixtures.read(text, schema: SelfCheckFixtures.schema())
        let problems = SelfCheckRules.check(document, checklist: .found(ChecklistIndex(checklist)), now: SelfCheckFixtures.now)
        #expect(problems.filter { $0.message.contains("未作答") }.count == items.count)
        #expect(problems.contains { $0.message.hasPrefix("performed-at 为空") })
    }

    @Test func aFilledDocumentRoundTrips() throws {
        let checklist = try SelfCheckFixtures.gmGeneral()
        let document = SelfCheckDocument(
            checklistID: "gm-general", checklistVersion: "2026.1", enterprise: SelfCheckEnterprise(Self.enterprise),
            performedAtText: "2026-11-02T09:30:00+08:00", performedBy: "王建华 <安全员>", profileID: nil,
            results: [SelfCheckResult(itemID: "mgmt-01", status: .pass),
                      SelfCheckResult(itemID: "mgmt-02", status: .fail, note: "证书 \"过期\" & 未复审")])
        let data = try SelfCheckWriter.write(document, annotatedWith: checklist)
        let read = try SelfCheckReader.read(bytes: [UInt8](data), file: "w.xml", schema: SelfCheckFixtures.schema())
        #expect(read.performedBy == "王建华 <安全员>")
        #expect(read.results.map(\.answer) == document.results.map(\.answer))
        #expect(SelfCheckRules.check(read, checklist: .found(ChecklistIndex(checklist)), now: SelfCheckFixtures.now).isEmpty)
    }
}
