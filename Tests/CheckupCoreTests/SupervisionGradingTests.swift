import CheckupXML
import Foundation
import Testing
@testable import CheckupCore

/// The default supervision rules (issue 17), each alone and in combination, on small facts with an
/// explicit `now`. The policy here is the built-in one's rules written out (the built-in file is
/// checked to equal it in CheckupStoreTests).
@Suite("Supervision grading")
struct SupervisionGradingTests {
    /// 2026-12-01T10:00:00+08:00.
    static let now = Date(timeIntervalSince1970: 1_796_090_400)

    static let policy = SupervisionPolicy(
        rules: [
            SupervisionRule(id: "major-hazard", colour: .red, when: [
                [.openMajorHazards(atLeast: 1)], [.tag(.majorHazardInstallation), .levelBelow(1.5)],
            ]),
            SupervisionRule(id: "considerable", colour: .orange, when: [
                [.overdueHazards(atLeast: 1)], [.levelBelow(1.5)], [.untrueSelfCheck(atLeast: 3)],
            ]),
            SupervisionRule(id: "general", colour: .yellow, when: [[.levelBelow(1.75)], [.neverInspected]]),
        ],
        otherwise: .blue,
        intervals: [.red: 30, .orange: 60, .yellow: 90, .blue: 180],
        tagIntervals: [TagInterval(tag: .hazchem, colour: nil, days: 90),
                       TagInterval(tag: .majorHazardInstallation, colour: nil, days: 90)])

    static func days(_ n: Int) -> Date { now.addingTimeInterval(TimeInterval(-n) * 86_400) }

    /// A well-run enterprise inspected 10 days ago at L = 1.9: blue.
    static func facts(tags: [RiskTag] = [], level: Double? = 1.9, inspected: Date? = days(10), openMajor: Int = 0,
                      overdue: Int = 0, untrue: Int? = nil) -> SupervisionFacts {
        SupervisionFacts(enterprise: Enterprise(creditCode: "91350100M000100Y43", name: "测试企业", township: "孝顺镇",
                                                riskTags: tags),
                         lastInspection: inspected, level: inspected == nil ? nil : level, openMajorHazards: openMajor,
                         overdueHazards: overdue, openHazards: openMajor + overdue, untrueSelfCheckItems: untrue)
    }

    static func grade(_ facts: SupervisionFacts) -> SupervisionGrade {
        SupervisionGrading.grade(facts, policy: policy, now: now)
    }

    @Test("nothing wrong: blue, due 180 days after the last inspection")
    func blue() {
        let grade = Self.grade(Self.facts())
        #expect(grade.colour == .blue)
        #expect(grade.reasons.map(\.rule) == ["otherwise"])
        #expect(grade.nextDue == CalendarDay(Self.days(10)).adding(180))
    }

    @Test("rule 1: an unverified major hazard is red on its own")
    func redByMajorHazard() {
        let grade = Self.grade(Self.facts(openMajor: 1))
        #expect(grade.colour == .red)
        #expect(grade.reasons.map(\.rule) == ["major-hazard"])
        #expect(grade.intervalDays == 30)
    }

    @Test("rule 1: a major hazard installation with L < 1.5 is red; with L = 1.5 it is not")
    func redByInstallation() {
        #expect(Self.grade(Self.facts(tags: [.majorHazardInstallation], level: 1.49)).colour == .red)
        let atBound = Self.grade(Self.facts(tags: [.majorHazardInstallation], level: 1.5))
        #expect(atBound.colour == .yellow)
        #expect(Self.grade(Self.facts(tags: [], level: 1.49)).colour == .orange)
    }

    @Test("rule 2: an overdue hazard is orange on its own")
    func orangeByOverdue() {
        let grade = Self.grade(Self.facts(overdue: 1))
        #expect(grade.colour == .orange)
        #expect(grade.reasons.map(\.rule) == ["considerable"])
        #expect(grade.intervalDays == 60)
    }

    @Test("rule 2: L below 1.5 is orange on its own")
    func orangeByLevel() {
        let grade = Self.grade(Self.facts(level: 1.4))
        #expect(grade.colour == .orange)
        // It is also below 1.75: rule 3 fired too, and is listed after.
        #expect(grade.reasons.map(\.rule) == ["considerable", "general"])
    }

    @Test("rule 2: an untrue self-check on 3 items is orange; on 2 it is not")
    func orangeByUntrueSelfCheck() {
        #expect(Self.grade(Self.facts(untrue: 3)).colour == .orange)
        #expect(Self.grade(Self.facts(untrue: 2)).colour == .blue)
        #expect(Self.grade(Self.facts(untrue: nil)).colour == .blue)
    }

    @Test("rule 3: L below 1.75 is yellow; 1.75 itself is blue")
    func yellowByLevel() {
        #expect(Self.grade(Self.facts(level: 1.74)).colour == .yellow)
        #expect(Self.grade(Self.facts(level: 1.75)).colour == .blue)
    }

    @Test("rule 3: never inspected is yellow and due on the day graded")
    func yellowByNeverInspected() {
        let grade = Self.grade(Self.facts(inspected: nil))
        #expect(grade.colour == .yellow)
        #expect(grade.reasons.map(\.rule) == ["general"])
        #expect(grade.nextDue == CalendarDay(Self.now))
    }

    @Test("first match wins: a major hazard, an overdue hazard and a low level together are red, every rule listed")
    func combination() {
        let grade = Self.grade(Self.facts(level: 1.3, openMajor: 2, overdue: 3, untrue: 4))
        #expect(grade.colour == .red)
        #expect(grade.reasons.map(\.rule) == ["major-hazard", "considerable", "general"])
        #expect(grade.reasons[0].detail.contains("2"))
        // The orange rule's three alternatives all held: each is in its detail.
        #expect(grade.reasons[1].detail.components(separatedBy: " / ").count == 3)
    }

    @Test("overdue plus a low level without major hazards is orange")
    func orangeCombination() {
        let grade = Self.grade(Self.facts(level: 1.6, overdue: 1))
        #expect(grade.colour == .orange)
        #expect(grade.reasons.map(\.rule) == ["considerable", "general"])
    }

    @Test("a tag's stricter interval shortens the colour's")
    func tagInterval() {
        #expect(Self.grade(Self.facts(tags: [.hazchem])).intervalDays == 90)
        #expect(Self.grade(Self.facts(tags: [.hazchem], openMajor: 1)).intervalDays == 30)
        #expect(Self.grade(Self.facts(tags: [.dust])).intervalDays == 180)
    }

    @Test("an override in force wins over the rules and keeps them as reasons; an expired one does not")
    func override() {
        var facts = Self.facts(openMajor: 1)
        facts.override = ColourOverride(enterpriseCode: facts.enterprise.creditCode, colour: .yellow, reason: "已停产",
                                        setBy: "站长", setAt: Self.days(5), expiresAt: Self.now.addingTimeInterval(86_400))
        let grade = Self.grade(facts)
        #expect(grade.colour == .yellow)
        #expect(grade.ruleColour == .red)
        #expect(grade.reasons.map(\.rule) == ["override", "major-hazard"])
        #expect(grade.intervalDays == 90)
        facts.override?.expiresAt = Self.now
        #expect(Self.grade(facts).colour == .red)
    }

    @Test("a patrol's referral makes the enterprise due from that day")
    func referral() {
        var facts = Self.facts()
        facts.referredAt = Self.days(2)
        let grade = Self.grade(facts)
        #expect(grade.nextDue == CalendarDay(Self.days(2)))
        #expect(grade.reasons.last?.rule == "patrol-referral")
    }

    @Test("days since inspection and standardisation conditions read the facts")
    func otherConditions() {
        let stale = SupervisionCondition.daysSinceInspection(over: 30)
        #expect(stale.check(Self.facts(inspected: Self.days(31)), now: Self.now) != nil)
        #expect(stale.check(Self.facts(inspected: Self.days(30)), now: Self.now) == nil)
        #expect(stale.check(Self.facts(inspected: nil), now: Self.now) == nil)
        let level = SupervisionCondition.standardisation([.none])
        #expect(level.check(Self.facts(), now: Self.now) != nil)
        var facts = Self.facts()
        facts.enterprise.standardisation = .level2
        #expect(level.check(facts, now: Self.now) == nil)
    }
}

@Suite("Visit plan")
struct VisitPlanTests {
    static let now = SupervisionGradingTests.now

    static func grade(_ code: String, _ name: String, colour: RiskColour, due: Int, inspected: Bool = true) -> SupervisionGrade {
        var facts = SupervisionGradingTests.facts(inspected: inspected ? SupervisionGradingTests.days(100) : nil)
        facts.enterprise.creditCode = code
        facts.enterprise.name = name
        return SupervisionGrade(facts: facts, colour: colour, ruleColour: colour, reasons: [], intervalDays: 30,
                                nextDue: CalendarDay(now).adding(due))
    }

    @Test("only what is due within the horizon, red first, then most overdue, then due day")
    func ordering() {
        let grades = [
            Self.grade("A", "甲", colour: .blue, due: -40),
            Self.grade("B", "乙", colour: .red, due: -1),
            Self.grade("C", "丙", colour: .red, due: -10),
            Self.grade("D", "丁", colour: .orange, due: 5),
            Self.grade("E", "戊", colour: .yellow, due: 31),
            Self.grade("F", "己", colour: .red, due: 3),
        ]
        let plan = VisitPlan(grades, asOf: CalendarDay(Self.now), days: 30)
        #expect(plan.visits.map(\.grade.enterprise.creditCode) == ["C", "B", "F", "D", "A"])
        #expect(plan.visits.map(\.daysOverdue) == [10, 1, 0, 0, 40])
        #expect(VisitPlan(grades, asOf: CalendarDay(Self.now), days: 0).visits.map(\.grade.enterprise.creditCode)
                == ["C", "B", "A"])
    }

    @Test("never inspected is due on the as-of day")
    func neverInspected() {
        let asOf = CalendarDay(Self.now).adding(7)
        let plan = VisitPlan([Self.grade("N", "新", colour: .yellow, due: 0, inspected: false)], asOf: asOf, days: 0)
        #expect(plan.visits.first?.grade.nextDue == asOf)
        #expect(plan.visits.first?.daysOverdue == 0)
    }

    @Test("--assign spreads visits per inspector per day in plan order")
    func assignment() {
        let grades = (0..<5).map { Self.grade("X\($0)", "企业\($0)", colour: .red, due: -$0) }
        let day = CalendarDay(Self.now)
        let plan = VisitPlan(grades, asOf: day, days: 0).assigned(to: ["张三", "李四"], perDay: 2)
        #expect(plan.visits.map(\.inspector) == ["张三", "张三", "李四", "李四", "张三"])
        #expect(plan.visits.map(\.visitDay) == [day, day, day, day, day.adding(1)])
    }

    @Test("colour summary and changes")
    func summaryAndChanges() {
        let day = CalendarDay(Self.now)
        let before = [Self.grade("A", "甲", colour: .blue, due: 10), Self.grade("B", "乙", colour: .red, due: 0)]
        let after = [Self.grade("A", "甲", colour: .orange, due: -1), Self.grade("B", "乙", colour: .red, due: 0),
                     Self.grade("C", "丙", colour: .yellow, due: 0)]
        let summary = ColourSummary(after, on: day)
        #expect(summary.counts == [.red: 1, .orange: 1, .yellow: 1, .blue: 0])
        #expect(summary.dueToday == 2)
        #expect(summary.overdue == 1)
        let changes = ColourChange.between(before, after)
        #expect(changes.map(\.enterprise.creditCode) == ["A", "C"])
        #expect(changes.first?.from == .blue)
        #expect(changes.last?.from == nil)
    }
}

@Suite("Profile proposal")
struct ProfileProposalTests {
    static func checklist() -> Checklist {
        let items = [
            ChecklistItem(id: "a", layer: .human, title: LocalizedText("甲"), basis: LocalizedText("依据")),
            ChecklistItem(id: "b", layer: .physical, title: LocalizedText("乙"), basis: LocalizedText("依据")),
        ]
        return Checklist(id: "t", version: "1", title: LocalizedText("测试"),
                         profiles: [ChecklistProfile(id: "no-dust", title: LocalizedText("无粉尘"), excludes: ["dust"]),
                                    ChecklistProfile(id: "no-other", title: LocalizedText("其他"), excludes: ["s"])],
                         sections: [ChecklistSection(id: "s", title: LocalizedText("节"), itemIDs: ["a"]),
                                    ChecklistSection(id: "dust", title: LocalizedText("粉尘"), itemIDs: ["b"])],
                         items: items)
    }

    @Test("no dust tag proposes the no-dust profile; a dust tag or unrecorded tags propose none")
    func proposal() {
        #expect(ProfileProposal.propose(Self.checklist(), tags: [.hazchem])?.profile.id == "no-dust")
        #expect(ProfileProposal.propose(Self.checklist(), tags: [])?.absent == [.dust])
        #expect(ProfileProposal.propose(Self.checklist(), tags: [.dust]) == nil)
        #expect(ProfileProposal.propose(Self.checklist(), tags: nil) == nil)
    }
}
