import Foundation
import Testing
@testable import CheckupCore

/// Major hazards escalated: reports, 挂牌督办, delisting, stop-work and the remediation plan, as
/// pure rules.
@Suite("Major hazard escalation rules")
struct EscalationRulesTests {
    static let found = HazardRulesTests.found
    static let day: TimeInterval = 86_400
    static let all = FiveMeasures(responsible: "王五", measures: "签协议", funds: "1万元", timeLimit: "12月", plan: "预案")

    /// A major hazard (item b) and a general one (item a), as a completed inspection creates them.
    static func hazard(major: Bool = true) -> Hazard {
        HazardRules.hazards(session: HazardRulesTests.session, checklist: HazardRulesTests.checklist(),
                            findings: [HazardRulesTests.finding(major ? "b" : "a", .fail)], foundAt: found)[0]
    }

    /// The hazard taken through rectification to verification.
    static func verified(_ hazard: Hazard) throws -> Hazard {
        var hazard = try HazardRules.update(hazard, to: .rectifying, measures: all, note: nil,
                                            remediationPlan: HazardRulesTests.plan, by: "企业", at: found).0
        hazard = try HazardRules.update(hazard, to: .rectified, measures: FiveMeasures(), note: nil, by: "企业", at: found).0
        return try HazardRules.verify(hazard, by: "李四", at: found.addingTimeInterval(9 * day), refuse: false, reason: nil).0
    }

    @Test func aMajorHazardEntersRectifyingOnlyWithItsRemediationPlan() throws {
        let hazard = Self.hazard()
        #expect(throws: HazardError.escalation(.planMissing(0))) {
            try HazardRules.update(hazard, to: .rectifying, measures: Self.all, note: nil, by: "企业", at: Self.found)
        }
        let (next, change) = try HazardRules.update(hazard, to: .rectifying, measures: Self.all, note: nil,
                                                    remediationPlan: HazardRulesTests.plan, by: "企业", at: Self.found)
        #expect(next.remediationPlan == HazardRulesTests.plan && change.event == .planAttached)
    }

    @Test func aGeneralHazardNeedsNoPlan() throws {
        let next = try HazardRules.update(Self.hazard(major: false), to: .rectifying, measures: FiveMeasures(), note: nil,
                                          by: "企业", at: Self.found).0
        #expect(next.status == .rectifying && next.remediationPlan == nil)
    }

    @Test func anEscalationIsRecordedWithoutChangingTheStatus() throws {
        let (next, change) = try EscalationRules.escalate(Self.hazard(), to: "区应急管理局", reference: "孝安报〔2026〕1号",
                                                          at: Self.found, by: "张三", recordedBy: "station")
        #expect(next.escalations == [HazardEscalation(to: "区应急管理局", reference: "孝安报〔2026〕1号", at: Self.found, by: "张三")])
        #expect(next.status == .open && change.from == .open && change.to == .open && change.event == .escalated)
        #expect(change.by == "张三")
    }

    @Test func severalReportsMayBeRecorded() throws {
        var hazard = Self.hazard()
        hazard = try EscalationRules.escalate(hazard, to: "区应急管理局", reference: "1号", at: Self.found, by: nil,
                                              recordedBy: "station").0
        hazard = try EscalationRules.escalate(hazard, to: "职工代表大会", reference: "2号", at: Self.found, by: nil,
                                              recordedBy: "station").0
        #expect(hazard.escalations.map(\.to) == ["区应急管理局", "职工代表大会"])
    }

    @Test func escalationIsRefusedWithoutBodyOrReferenceAndForAGeneralHazard() {
        #expect(throws: EscalationError.required(0, option: "--reference")) {
            try EscalationRules.escalate(Self.hazard(), to: "区应急管理局", reference: " ", at: Self.found, by: nil, recordedBy: "s")
        }
        #expect(throws: EscalationError.required(0, option: "--to")) {
            try EscalationRules.escalate(Self.hazard(), to: "", reference: "1号", at: Self.found, by: nil, recordedBy: "s")
        }
        #expect(throws: EscalationError.notMajor(0, action: "escalate")) {
            try EscalationRules.escalate(Self.hazard(major: false), to: "局", reference: "1号", at: Self.found, by: nil,
                                         recordedBy: "s")
        }
    }

    @Test func aMajorHazardIsUnreportedOnlyAfterThePolicysDaysWithoutAReport() throws {
        let policy = EscalationPolicy.standard
        let hazard = Self.hazard()
        #expect(policy.reportDays == 3)
        #expect(!policy.isUnreported(hazard, at: Self.found.addingTimeInterval(3 * Self.day)))
        #expect(policy.isUnreported(hazard, at: Self.found.addingTimeInterval(3 * Self.day + 1)))
        let reported = try EscalationRules.escalate(hazard, to: "局", reference: "1号",
                                                    at: Self.found.addingTimeInterval(5 * Self.day), by: nil, recordedBy: "s").0
        #expect(!policy.isUnreported(reported, at: Self.found.addingTimeInterval(9 * Self.day)))
        #expect(!policy.isUnreported(Self.hazard(major: false), at: Self.found.addingTimeInterval(9 * Self.day)))
        #expect(EscalationPolicy(reportDays: 7).isUnreported(hazard, at: Self.found.addingTimeInterval(5 * Self.day)) == false)
    }

    @Test func aMajorHazardFixedOnSiteIsNotUnreported() {
        let fixed = HazardRules.hazards(session: HazardRulesTests.session, checklist: HazardRulesTests.checklist(),
                                        findings: [HazardRulesTests.finding("b", .fail, fixed: true)], foundAt: Self.found)[0]
        #expect(!EscalationPolicy.standard.isUnreported(fixed, at: Self.found.addingTimeInterval(30 * Self.day)))
    }

    @Test func listingForSupervisionIsKeptUntilDelisted() throws {
        let (listed, change) = try EscalationRules.supervise(Self.hazard(), number: "督〔2026〕1号", authority: "区安委办",
                                                             at: Self.found, by: "张三")
        #expect(listed.supervision?.isListed == true && change.event == .supervised)
        #expect(throws: EscalationError.alreadySupervised(0, number: "督〔2026〕1号")) {
            try EscalationRules.supervise(listed, number: "2号", authority: "区安委办", at: Self.found, by: "张三")
        }
    }

    @Test func delistingIsRefusedBeforeVerificationAndRecordedAfter() throws {
        let listed = try EscalationRules.supervise(Self.hazard(), number: "1号", authority: "区安委办", at: Self.found,
                                                   by: "张三").0
        #expect(throws: EscalationError.notVerified(0, .open)) {
            try EscalationRules.delist(listed, at: Self.found, by: "张三", note: nil)
        }
        let verified = try Self.verified(listed)
        #expect(verified.supervision?.isListed == true)  // verification does not delist by itself
        let at = Self.found.addingTimeInterval(10 * Self.day)
        let (delisted, change) = try EscalationRules.delist(verified, at: at, by: "张三", note: nil)
        #expect(delisted.supervision?.delistedAt == at && change.event == .delisted && change.to == .verified)
        #expect(throws: EscalationError.notSupervised(0)) {
            try EscalationRules.delist(delisted, at: at, by: "张三", note: nil)
        }
    }

    @Test func aVerifiedHazardIsNotListedNorStopped() throws {
        let verified = try Self.verified(Self.hazard())
        #expect(throws: EscalationError.alreadyVerified(0)) {
            try EscalationRules.supervise(verified, number: "1号", authority: "局", at: Self.found, by: "s")
        }
        #expect(throws: EscalationError.alreadyVerified(0)) {
            try EscalationRules.stopWork(verified, scope: "车间", at: Self.found, by: "s")
        }
    }

    @Test func stopWorkStaysInForceUntilVerificationLiftsIt() throws {
        let (stopped, change) = try EscalationRules.stopWork(Self.hazard(), scope: "二号车间", at: Self.found, by: "张三")
        #expect(stopped.stopWork?.isActive == true && change.event == .stopWork)
        #expect(throws: EscalationError.stopWorkActive(0, scope: "二号车间")) {
            try EscalationRules.stopWork(stopped, scope: "全厂", at: Self.found, by: "张三")
        }
        var rectified = try HazardRules.update(stopped, to: .rectifying, measures: Self.all, note: nil,
                                               remediationPlan: HazardRulesTests.plan, by: "企业", at: Self.found).0
        rectified = try HazardRules.update(rectified, to: .rectified, measures: FiveMeasures(), note: nil, by: "企业",
                                           at: Self.found).0
        #expect(rectified.stopWork?.isActive == true)
        let refused = try HazardRules.verify(rectified, by: "李四", at: Self.found, refuse: true, reason: "未完成").0
        #expect(refused.stopWork?.isActive == true)
        let at = Self.found.addingTimeInterval(9 * Self.day)
        let (verified, lift) = try HazardRules.verify(rectified, by: "李四", at: at, refuse: false, reason: "合格")
        #expect(verified.stopWork?.clearedAt == at && lift.event == .stopWorkCleared)
    }

    @Test func stopWorkNeedsAScopeAndAMajorHazard() {
        #expect(throws: EscalationError.required(0, option: "--scope")) {
            try EscalationRules.stopWork(Self.hazard(), scope: "", at: Self.found, by: "s")
        }
        #expect(throws: EscalationError.notMajor(0, action: "stop-work")) {
            try EscalationRules.stopWork(Self.hazard(major: false), scope: "车间", at: Self.found, by: "s")
        }
    }

    @Test func verificationKeepsItsNoteAndARefusalItsReason() throws {
        var hazard = Self.hazard(major: false)
        hazard.status = .rectified
        #expect(try HazardRules.verify(hazard, by: "李四", at: Self.found, refuse: true, reason: "未盖章").0
                    .verificationNote == "未盖章")
        #expect(try HazardRules.verify(hazard, by: "李四", at: Self.found, refuse: false, reason: "资料齐全").0
                    .verificationNote == "资料齐全")
    }

    @Test func theCategoryMapsTheLayer() {
        #expect(Layer.allCases.map { HazardCategory(layer: $0) } == [.person, .thing, .thing, .management])
    }
}
