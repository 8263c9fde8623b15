import Foundation

/// A station's supervision policy (监管策略): ordered colour rules over an enterprise's facts, and
/// how often each colour is inspected, stricter per tag where it says so. Read from XML
/// (`SupervisionPolicyLoader`, docs/supervision.md); the built-in default follows issue 17.
public struct SupervisionPolicy: Sendable, Hashable {
    /// The rules in order; the first that matches gives the colour.
    public var rules: [SupervisionRule]
    /// The colour when no rule matches.
    public var otherwise: RiskColour
    /// Days between inspections, per colour.
    public var intervals: [RiskColour: Int]
    /// Stricter intervals for enterprises carrying a tag.
    public var tagIntervals: [TagInterval]

    /// Creates a policy.
    public init(rules: [SupervisionRule], otherwise: RiskColour, intervals: [RiskColour: Int],
                tagIntervals: [TagInterval] = []) {
        self.rules = rules
        self.otherwise = otherwise
        self.intervals = intervals
        self.tagIntervals = tagIntervals
    }

    /// The inspection interval for an enterprise of `colour` carrying `tags`: the colour's days,
    /// or a tag's stricter (shorter) days where one applies.
    public func interval(for colour: RiskColour, tags: [RiskTag]) -> Int {
        var days = intervals[colour] ?? 365
        for rule in tagIntervals where tags.contains(rule.tag) && (rule.colour == nil || rule.colour == colour) {
            days = min(days, rule.days)
        }
        return days
    }
}

/// A stricter interval for enterprises carrying `tag` (of `colour`, or of any colour when nil).
public struct TagInterval: Sendable, Hashable {
    /// The tag.
    public var tag: RiskTag
    /// The colour it applies to; nil for every colour.
    public var colour: RiskColour?
    /// Days between inspections at most.
    public var days: Int

    /// Creates a tag interval.
    public init(tag: RiskTag, colour: RiskColour?, days: Int) {
        self.tag = tag
        self.colour = colour
        self.days = days
    }
}

/// One colour rule: it matches when every condition of any one of its `when` groups holds.
public struct SupervisionRule: Sendable, Hashable {
    /// The rule's id, as reasons name it (e.g. `major-hazard`).
    public var id: String
    /// The colour it gives.
    public var colour: RiskColour
    /// Alternatives: the rule matches when all conditions of one group hold.
    public var when: [[SupervisionCondition]]

    /// Creates a rule.
    public init(id: String, colour: RiskColour, when: [[SupervisionCondition]]) {
        self.id = id
        self.colour = colour
        self.when = when
    }

    /// The details of every group whose conditions all hold at `now` (a group's conditions
    /// joined by "；", groups by " / "), or nil when none holds.
    public func match(_ facts: SupervisionFacts, now: Date) -> String? {
        var matched: [String] = []
        for group in when where !group.isEmpty {
            var details: [String] = []
            var holds = true
            for condition in group {
                guard let detail = condition.check(facts, now: now) else {
                    holds = false
                    break
                }
                details.append(detail)
            }
            if holds { matched.append(details.joined(separator: Language.current == .zh ? "；" : "; ")) }
        }
        return matched.isEmpty ? nil : matched.joined(separator: " / ")
    }
}

/// One condition of a rule over `SupervisionFacts`; `check` answers with the numbers behind it.
public enum SupervisionCondition: Sendable, Hashable {
    /// The enterprise carries the tag.
    case tag(RiskTag)
    /// The enterprise does not carry the tag.
    case withoutTag(RiskTag)
    /// The latest completed inspection's level L is below the value (never inspected: false).
    case levelBelow(Double)
    /// At least n major hazards not yet verified.
    case openMajorHazards(atLeast: Int)
    /// At least n hazards past their deadline and not verified.
    case overdueHazards(atLeast: Int)
    /// At least n hazards not yet verified.
    case openHazards(atLeast: Int)
    /// The latest self-check passed at least n items the following inspection failed.
    case untrueSelfCheck(atLeast: Int)
    /// No completed inspection.
    case neverInspected
    /// Inspected, more than n days ago.
    case daysSinceInspection(over: Int)
    /// The 标准化 level is one of these (unknown counts as `none`).
    case standardisation([StandardisationLevel])
    /// At least n employees (unknown: false).
    case employees(atLeast: Int)

    /// The detail when the condition holds at `now`, nil when it does not.
    public func check(_ facts: SupervisionFacts, now: Date) -> String? {
        switch self {
        case .tag(let tag):
            return facts.enterprise.tags.contains(tag) ? SupervisionText.hasTag.text(tag.name()) : nil
        case .withoutTag(let tag):
            return facts.enterprise.tags.contains(tag) ? nil : SupervisionText.lacksTag.text(tag.name())
        case .levelBelow(let bound):
            guard let level = facts.level, level < bound - DefenceScore.tolerance else { return nil }
            return SupervisionText.levelBelow.text(Self.number(level, places: 3), Self.number(bound, places: 2))
        case .openMajorHazards(let least):
            return facts.openMajorHazards >= least ? SupervisionText.openMajor.text(facts.openMajorHazards, least) : nil
        case .overdueHazards(let least):
            return facts.overdueHazards >= least ? SupervisionText.overdue.text(facts.overdueHazards, least) : nil
        case .openHazards(let least):
            return facts.openHazards >= least ? SupervisionText.openHazards.text(facts.openHazards, least) : nil
        case .untrueSelfCheck(let least):
            guard let untrue = facts.untrueSelfCheckItems, untrue >= least else { return nil }
            return SupervisionText.untrueSelfCheck.text(untrue, least)
        case .neverInspected:
            return facts.lastInspection == nil ? SupervisionText.neverInspected.text() : nil
        case .daysSinceInspection(let over):
            guard let last = facts.lastInspection else { return nil }
            let days = CalendarDay(now).days(since: CalendarDay(last))
            return days > over ? SupervisionText.daysSince.text(days, over, CalendarDay(last).description) : nil
        case .standardisation(let levels):
            let level = facts.enterprise.standardisation ?? .none
            return levels.contains(level) ? SupervisionText.standardisation.text(level.name()) : nil
        case .employees(let least):
            guard let employees = facts.enterprise.employees, employees >= least else { return nil }
            return SupervisionText.employees.text(employees, least)
        }
    }

    /// `value` with `places` decimals, as reports print levels.
    static func number(_ value: Double, places: Int) -> String {
        String(format: "%.\(places)f", value)
    }
}
