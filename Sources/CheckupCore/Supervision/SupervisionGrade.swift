import Foundation

/// An enterprise's colour at a moment, with every rule that fired and the numbers behind it, and
/// when it is next due for inspection.
public struct SupervisionGrade: Sendable, Hashable {
    /// One rule that fired (or the override).
    public struct Reason: Sendable, Hashable {
        /// The rule's id (`override` for a manual colour, `otherwise` when no rule fired).
        public var rule: String
        /// The colour the rule gives.
        public var colour: RiskColour
        /// The numbers behind it, in the current language.
        public var detail: String

        /// Creates a reason.
        public init(rule: String, colour: RiskColour, detail: String) {
            self.rule = rule
            self.colour = colour
            self.detail = detail
        }
    }

    /// The facts graded.
    public var facts: SupervisionFacts
    /// The colour in force (the override's while one is in force).
    public var colour: RiskColour
    /// The colour the rules give.
    public var ruleColour: RiskColour
    /// Every rule that fired, in policy order (the first gave `ruleColour`); the override first
    /// when one is in force.
    public var reasons: [Reason]
    /// Days between inspections for this enterprise.
    public var intervalDays: Int
    /// The day the next inspection is due: the last inspection's day plus the interval, or the
    /// day graded when never inspected; a patrol's referral since makes it due from that day.
    public var nextDue: CalendarDay

    /// The enterprise.
    public var enterprise: Enterprise { facts.enterprise }

    /// Whole days past due on `day` (0 when not yet due).
    public func daysOverdue(on day: CalendarDay) -> Int { max(0, day.days(since: nextDue)) }
}

/// The grading: the policy's rules applied to an enterprise's facts (pure; `now` explicit).
public enum SupervisionGrading {
    /// Grades one enterprise at `now`: the first matching rule's colour (else `otherwise`), the
    /// override's while one is in force, every rule that fired, the interval and the due day.
    public static func grade(_ facts: SupervisionFacts, policy: SupervisionPolicy, now: Date) -> SupervisionGrade {
        var reasons: [SupervisionGrade.Reason] = []
        for rule in policy.rules {
            if let detail = rule.match(facts, now: now) {
                reasons.append(.init(rule: rule.id, colour: rule.colour, detail: detail))
            }
        }
        let ruleColour = reasons.first?.colour ?? policy.otherwise
        if reasons.isEmpty {
            reasons.append(.init(rule: "otherwise", colour: policy.otherwise, detail: SupervisionText.noRuleFired.text()))
        }
        var colour = ruleColour
        if let override = facts.override, override.isActive(at: now) {
            colour = override.colour
            reasons.insert(.init(rule: "override", colour: override.colour,
                                 detail: SupervisionText.overrideDetail.text(override.reason, override.setBy,
                                                                             CalendarDay(override.expiresAt).description)),
                           at: 0)
        }
        let interval = policy.interval(for: colour, tags: facts.enterprise.tags)
        var due = facts.lastInspection.map { CalendarDay($0).adding(interval) } ?? CalendarDay(now)
        if let referred = facts.referredAt {
            due = min(due, CalendarDay(referred))
            reasons.append(.init(rule: "patrol-referral", colour: colour,
                                 detail: SupervisionText.referralDetail.text(CalendarDay(referred).description)))
        }
        return SupervisionGrade(facts: facts, colour: colour, ruleColour: ruleColour, reasons: reasons,
                                intervalDays: interval, nextDue: due)
    }

    /// Grades every enterprise of `facts`.
    public static func grade(_ facts: [SupervisionFacts], policy: SupervisionPolicy, now: Date) -> [SupervisionGrade] {
        facts.map { grade($0, policy: policy, now: now) }
    }
}
