import CheckupXML
import Foundation

/// Builds a `SupervisionPolicy` from a parsed (and schema-validated) document, checking again
/// what the schema checks so that a document read without it is held to the same rules, each
/// problem at its file:line:col.
public struct SupervisionPolicyLoader {
    /// The format's namespace.
    public static let namespace = "urn:checkup:supervision-policy:1"
    /// The root every policy file must have.
    public static let rootName = XMLRootName(name: "supervision-policy", namespace: namespace)

    private var problems: [XMLDiagnostic] = []

    /// The policy of `document`, or every problem found.
    public static func load(_ document: XMLDocument) throws(SupervisionError) -> SupervisionPolicy {
        var loader = SupervisionPolicyLoader()
        guard let policy = loader.policy(document.root), loader.problems.isEmpty else {
            throw .policyInvalid(loader.problems)
        }
        return policy
    }

    private mutating func problem(_ location: SourceLocation, _ message: String) {
        problems.append(XMLDiagnostic(location: location, message: message))
    }

    private mutating func policy(_ root: XMLElement) -> SupervisionPolicy? {
        guard root.name == "supervision-policy", root.namespace == Self.namespace else {
            let found = root.namespace.map { "{\($0)}\(root.name)" } ?? root.name
            problem(root.location, SupervisionText.policyRoot.text(found, Self.namespace))
            return nil
        }
        var rules: [SupervisionRule] = []
        var seen: Set<String> = []
        for element in root.children(named: "rule") {
            let id = element[attribute: "id"]?.trimmingXMLWhitespace() ?? ""
            if !seen.insert(id).inserted {
                problem(element.attribute("id")?.location ?? element.location, SupervisionText.policyDuplicateRule.text(id))
            }
            let colour = self.colour(element, "colour") ?? .blue
            var groups: [[SupervisionCondition]] = []
            for when in element.children(named: "when") {
                let conditions = when.children.compactMap { condition($0) }
                if when.children.isEmpty { problem(when.location, SupervisionText.policyEmptyWhen.text()) }
                groups.append(conditions)
            }
            if groups.isEmpty { problem(element.location, SupervisionText.policyNoWhen.text(id)) }
            rules.append(SupervisionRule(id: id, colour: colour, when: groups))
        }
        if rules.isEmpty { problem(root.location, SupervisionText.policyNoRules.text()) }
        guard let otherwiseElement = root.child(named: "otherwise") else {
            problem(root.location, SupervisionText.policyNoOtherwise.text())
            return nil
        }
        let otherwise = colour(otherwiseElement, "colour") ?? .blue
        var intervals: [RiskColour: Int] = [:]
        var tagIntervals: [TagInterval] = []
        if let element = root.child(named: "intervals") {
            for interval in element.children(named: "interval") {
                guard let colour = colour(interval, "colour"), let days = integer(interval, "days") else { continue }
                if intervals[colour] != nil { problem(interval.location, SupervisionText.policyIntervalTwice.text(colour.rawValue)) }
                intervals[colour] = days
            }
            for interval in element.children(named: "tag-interval") {
                guard let tag = tag(interval, "tag"), let days = integer(interval, "days") else { continue }
                let colour = interval[attribute: "colour"] == nil ? nil : self.colour(interval, "colour")
                tagIntervals.append(TagInterval(tag: tag, colour: colour, days: days))
            }
        }
        for colour in RiskColour.allCases where intervals[colour] == nil {
            problem(root.child(named: "intervals")?.location ?? root.location, SupervisionText.policyNoInterval.text(colour.rawValue))
        }
        return SupervisionPolicy(rules: rules, otherwise: otherwise, intervals: intervals, tagIntervals: tagIntervals)
    }

    private mutating func condition(_ element: XMLElement) -> SupervisionCondition? {
        switch element.name {
        case "tag": return tag(element, "name").map { .tag($0) }
        case "without-tag": return tag(element, "name").map { .withoutTag($0) }
        case "level-below":
            guard let text = element[attribute: "value"], let value = Double(text.trimmingXMLWhitespace()),
                  value >= 1, value <= 2.5 else {
                problem(element.location, SupervisionText.policyBadLevel.text())
                return nil
            }
            return .levelBelow(value)
        case "open-major-hazards": return integer(element, "at-least").map { .openMajorHazards(atLeast: $0) }
        case "overdue-hazards": return integer(element, "at-least").map { .overdueHazards(atLeast: $0) }
        case "open-hazards": return integer(element, "at-least").map { .openHazards(atLeast: $0) }
        case "untrue-self-check": return integer(element, "at-least").map { .untrueSelfCheck(atLeast: $0) }
        case "never-inspected": return .neverInspected
        case "days-since-inspection": return integer(element, "over").map { .daysSinceInspection(over: $0) }
        case "employees": return integer(element, "at-least").map { .employees(atLeast: $0) }
        case "standardisation":
            let names = (element[attribute: "in"] ?? "").split(separator: " ").map(String.init)
            let levels = names.compactMap(StandardisationLevel.init(rawValue:))
            guard !levels.isEmpty, levels.count == names.count else {
                problem(element.location, SupervisionText.policyBadStandardisation.text())
                return nil
            }
            return .standardisation(levels)
        default:
            problem(element.location, SupervisionText.policyUnknownCondition.text(element.name))
            return nil
        }
    }

    private mutating func colour(_ element: XMLElement, _ name: String) -> RiskColour? {
        let text = element[attribute: name]?.trimmingXMLWhitespace() ?? ""
        guard let colour = RiskColour(rawValue: text) else {
            problem(element.attribute(name)?.location ?? element.location, SupervisionText.unknownColour.text(text))
            return nil
        }
        return colour
    }

    private mutating func tag(_ element: XMLElement, _ name: String) -> RiskTag? {
        let text = element[attribute: name]?.trimmingXMLWhitespace() ?? ""
        guard let tag = RiskTag(rawValue: text) else {
            problem(element.attribute(name)?.location ?? element.location,
                    SupervisionText.unknownTag.text(text, RiskTag.knownList))
            return nil
        }
        return tag
    }

    private mutating func integer(_ element: XMLElement, _ name: String) -> Int? {
        let text = element[attribute: name]?.trimmingXMLWhitespace() ?? ""
        guard let value = Int(text), value > 0 else {
            problem(element.attribute(name)?.location ?? element.location, SupervisionText.policyBadNumber.text(name, text))
            return nil
        }
        return value
    }
}
