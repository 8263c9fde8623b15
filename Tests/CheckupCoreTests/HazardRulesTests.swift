import Foundation
import Testing
@testable import CheckupCore

@Suite("Hazard lifecycle")
struct HazardRulesTests {
    static let found = Date(timeIntervalSince1970: 1_800_000_000)

    static func checklist(generalDays: Int? = nil, majorDays: Int? = nil) -> Checklist {
        let items = [
            ChecklistItem(id: "a", layer: .human, title: LocalizedText("甲"), basis: LocalizedText("依据甲"),
                          remedy: LocalizedText("整改甲")),
            ChecklistItem(id: "b", layer: .joint, major: true, title: LocalizedText("乙"), basis: LocalizedText("依据乙")),
            ChecklistItem(id: "c", layer: .technical, title: LocalizedText("丙"), basis: LocalizedText("依据丙"), deadlineDays: 7),
            ChecklistItem(id: "d", layer: .physical, title: LocalizedText("丁"), basis: LocalizedText("依据丁")),
        ]
        return Checklist(id: "t", version: "1", title: LocalizedText("测试"),
                         deadlines: DeadlineDefaults(generalDays: generalDays, majorDays: majorDays),
                         sections: [ChecklistSection(id: "s", title: LocalizedText("节"), itemIDs: items.map(\.id))],
                         items: items)
    }

    static let session = Session(id: 5, kind: .inspection, enterpriseCode: "91350100M000100Y43", checklistID: "t",
                                 checklistVersion: "1", checklistHash: "h", profileID: nil, inspectors: ["张三", "李四"],
                                 status: .completed, startedAt: found, completedAt: found)

    static func finding(_ id: String, _ result: ItemResult, major: Bool = false, fixed: Bool = false) -> Finding {
        Finding(sessionID: 5, answer: Answer(itemID: id, result: result, note: "发现\(id)", major: major, fixedOnSite: fixed),
                recordedBy: "张三", recordedAt: found)
    }

    func make(_ findings: [Finding], checklist: Checklist = HazardRulesTests.checklist(), deadline: Date? = nil) -> [Hazard] {
        HazardRules.hazards(session: Self.session, checklist: checklist, findings: findings, foundAt: Self.found,
                            deadlineOverride: deadline)
    }

    /// A remediation plan (治理方案) as the evidence store keeps it.
    static let plan = EvidenceRef(sha256: String(repeating: "ab", count: 32), originalName: "治理方案.pdf", size: 10)

    func days(_ hazard: Hazard) -> Int { Int(hazard.deadline.timeIntervalSince(Self.found) / 86_400) }

    @Test func everyFailBecomesAHazardAndNothingElseDoes() {
        let hazards = make([Self.finding("a", .fail), Self.finding("b", .pass), Self.finding("c", .na), Self.finding("d", .fail)])
        #expect(hazards.map(\.itemID) == ["a", "d"])
        #expect(hazards[0].description == "发现a" && hazards[0].basis == "依据甲" && hazards[0].remedy == "整改甲")
    }

    @Test func severityIsMajorWhenTheItemOrTheInspectorSaysSo() {
        let hazards = make([Self.finding("a", .fail), Self.finding("b", .fail), Self.finding("d", .fail, major: true)])
        #expect(hazards.map(\.severity) == [.general, .major, .major])
    }

    @Test func deadlineDefaultsTo15DaysGeneralAnd60Major() {
        let hazards = make([Self.finding("a", .fail), Self.finding("b", .fail)])
        #expect(hazards.map(days) == [15, 60])
    }

    @Test func itemDeadlineBeatsChecklistDefaultWhichBeatsStationDefault() {
        let hazards = make([Self.finding("a", .fail), Self.finding("b", .fail), Self.finding("c", .fail)],
                           checklist: Self.checklist(generalDays: 10, majorDays: 30))
        #expect(hazards.map(days) == [10, 30, 7])
    }

    @Test func deadlineOverrideAppliesToAll() {
        let override = Self.found.addingTimeInterval(3 * 86_400)
        #expect(make([Self.finding("a", .fail), Self.finding("b", .fail)], deadline: override).allSatisfy { $0.deadline == override })
    }

    @Test func failFixedOnSiteIsCreatedVerifiedByTheInspectorPresent() {
        let hazard = make([Self.finding("a", .fail, fixed: true)])[0]
        #expect(hazard.status == .verified && hazard.verifiedBy == "张三" && hazard.verifiedAt == Self.found)
        #expect(HazardRules.creation(of: hazard, by: "张三").to == .verified)
    }

    @Test func selfCheckFailsHaveSourceSelfCheck() {
        var session = Self.session
        session.kind = .selfCheck
        let hazards = HazardRules.hazards(session: session, checklist: Self.checklist(), findings: [Self.finding("a", .fail)],
                                          foundAt: Self.found)
        #expect(hazards.first?.source == .selfCheck)
    }

    @Test func hazardsFoundThroughAnIndexAreTheHazardsFoundThroughTheChecklist() {
        let checklist = Self.checklist(generalDays: 10)
        let findings = [Self.finding("a", .fail), Self.finding("b", .fail), Self.finding("c", .fail, fixed: true),
                        Self.finding("d", .pass), Self.finding("zz", .fail), Self.finding("d", .fail, major: true)]
        let direct = HazardRules.hazards(session: Self.session, checklist: checklist, findings: findings, foundAt: Self.found)
        let indexed = HazardRules.hazards(session: Self.session, index: ChecklistIndex(checklist), findings: findings,
                                          foundAt: Self.found)
        #expect(indexed.count == 4)
        #expect(indexed == direct)
    }

    @Test func overdueIsDerivedFromNow() {
        let hazard = make([Self.finding("a", .fail)])[0]
        #expect(!hazard.isOverdue(at: Self.found.addingTimeInterval(15 * 86_400)))
        #expect(hazard.isOverdue(at: Self.found.addingTimeInterval(15 * 86_400 + 1)))
        #expect(hazard.overdueDays(at: Self.found.addingTimeInterval(17 * 86_400)) == 2)
        var verified = hazard
        verified.status = .verified
        #expect(!verified.isOverdue(at: Self.found.addingTimeInterval(100 * 86_400)))
    }

    @Test func generalHazardMovesOpenRectifyingRectifiedVerified() throws {
        var hazard = make([Self.finding("a", .fail)])[0]
        hazard = try HazardRules.update(hazard, to: .rectifying, measures: FiveMeasures(), note: nil, by: "企业", at: Self.found).0
        hazard = try HazardRules.update(hazard, to: .rectified, measures: FiveMeasures(), note: "已培训", by: "企业", at: Self.found).0
        #expect(hazard.rectifiedAt == Self.found)
        let (verified, change) = try HazardRules.verify(hazard, by: "李四", at: Self.found, refuse: false, reason: nil)
        #expect(verified.status == .verified && verified.verifiedBy == "李四")
        #expect(change.from == .rectified && change.to == .verified)
    }

    @Test func majorHazardNeedsAllFiveMeasuresAndTheErrorNamesTheMissing() throws {
        let hazard = make([Self.finding("b", .fail)])[0]
        #expect(throws: HazardError.fiveMeasuresMissing(0, missing: ["funds", "time-limit", "plan"])) {
            try HazardRules.update(hazard, to: .rectifying, measures: FiveMeasures(responsible: "王五", measures: "签协议"),
                                   note: nil, by: "企业", at: Self.found)
        }
        let all = FiveMeasures(responsible: "王五", measures: "签协议", funds: "1万元", timeLimit: "12月", plan: "预案")
        #expect(try HazardRules.update(hazard, to: .rectifying, measures: all, note: nil, remediationPlan: Self.plan,
                                       by: "企业", at: Self.found).0.status == .rectifying)
    }

    @Test func fiveMeasuresMayArriveInSeveralUpdates() throws {
        var hazard = make([Self.finding("b", .fail)])[0]
        hazard.fiveMeasures = FiveMeasures(responsible: "王五", measures: "签协议", funds: "1万元")
        let next = try HazardRules.update(hazard, to: .rectifying, measures: FiveMeasures(timeLimit: "12月", plan: "预案"),
                                          note: nil, remediationPlan: Self.plan, by: "企业", at: Self.found).0
        #expect(next.fiveMeasures.missing.isEmpty)
    }

    @Test func skippingAStepIsRefused() {
        let hazard = make([Self.finding("a", .fail)])[0]
        #expect(throws: HazardError.illegalTransition(0, from: .open, to: .rectified)) {
            try HazardRules.update(hazard, to: .rectified, measures: FiveMeasures(), note: nil, by: "企业", at: Self.found)
        }
        #expect(throws: HazardError.notRectified(0, .open)) {
            try HazardRules.verify(hazard, by: "李四", at: Self.found, refuse: false, reason: nil)
        }
    }

    @Test func refusedVerificationReturnsToRectifyingWithTheReason() throws {
        var hazard = make([Self.finding("a", .fail)])[0]
        hazard.status = .rectified
        #expect(throws: HazardError.reasonRequired) {
            try HazardRules.verify(hazard, by: "李四", at: Self.found, refuse: true, reason: " ")
        }
        let (back, change) = try HazardRules.verify(hazard, by: "李四", at: Self.found, refuse: true, reason: "协议未盖章")
        #expect(back.status == .rectifying && back.rectifiedAt == nil)
        #expect(change.note?.contains("协议未盖章") == true)
    }
}
