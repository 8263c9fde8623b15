import CheckupCore
@testable import CheckupStore
import Foundation
import Testing

/// What the current editions of the shipped checklists must say about the law (docs/checklists.md):
/// rules that a wrong citation breaks, checked over every item rather than item by item.
@Suite("Shipped checklists and the law")
struct ShippedChecklistLawTests {
    /// The current edition of each shipped checklist (not the ones kept in `previous/`).
    static func current() throws -> [Checklist] {
        try ChecklistCatalog(directory: nil).all().checklists
            .filter { !$0.path.contains("/previous/") }.map(\.checklist)
    }

    /// The industry each industry article of 《工贸企业重大事故隐患判定标准》 (Order 10) is for.
    static let orderTenIndustries = ["四": "冶金", "五": "有色", "六": "建材", "七": "机械", "八": "轻工", "九": "纺织", "十": "烟草"]

    /// An item whose major criterion is an industry article of Order 10 applies to that industry
    /// only: 第四条 (冶金) and 第七条 (机械) name different rooms and bays, so one item cannot
    /// stand for both.
    @Test func anItemCitingAnIndustryArticleOfOrderTenAppliesToThatIndustryOnly() throws {
        let article = #/第(四|五|六|七|八|九|十)条/#
        var checked = 0
        for checklist in try Self.current() {
            for item in checklist.items {
                guard let criterion = item.majorCriterion?.primary, criterion.contains("应急管理部令第10号") else { continue }
                let industries = Set(criterion.matches(of: article).compactMap { Self.orderTenIndustries[String($0.1)] })
                guard !industries.isEmpty else { continue }
                checked += 1
                #expect(industries.count == 1 && Set(item.industries) == industries,
                        "\(checklist.id) \(item.id) cites articles for \(industries.sorted()) but applies to \(item.industries)")
            }
        }
        #expect(checked >= 12, "the industry criteria of 第四条、第六条、第七条 are items")
    }

    /// GB 35181—2025《重大火灾隐患判定规则》 replaced GB 35181—2017《重大火灾隐患判定方法》 on
    /// 2025-11-01.
    @Test func noCurrentEditionJudgesByTheWithdrawnFireHazardStandard() throws {
        for checklist in try Self.current() {
            for item in checklist.items {
                let criterion = item.majorCriterion?.primary ?? ""
                #expect(!criterion.contains("重大火灾隐患判定方法"), "\(checklist.id) \(item.id): \(criterion)")
                if criterion.contains("GB 35181") {
                    #expect(criterion.hasPrefix("GB 35181—2025《重大火灾隐患判定规则》"), "\(checklist.id) \(item.id)")
                }
            }
        }
    }

    /// 《高层民用建筑消防安全管理规定》(应急管理部令第5号) governs high-rise civil buildings only.
    @Test func everyCitationOfOrderFiveSaysItIsForHighRiseBuildingsOnly() throws {
        var cited = 0
        for checklist in try Self.current() {
            for item in checklist.items where item.basis.primary.contains("应急管理部令第5号") {
                cited += 1
                #expect(item.basis.primary.contains("（应急管理部令第5号）第三十七条（仅限高层民用建筑）"), "\(checklist.id) \(item.id)")
                #expect(item.guidance?.primary.contains("只适用于高层民用建筑") == true, "\(checklist.id) \(item.id)")
            }
        }
        #expect(cited == 2)
    }
}
