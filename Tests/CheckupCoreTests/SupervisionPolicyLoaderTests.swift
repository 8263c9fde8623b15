import CheckupXML
import Foundation
import Testing
@testable import CheckupCore

/// The policy loader's own checks (the schema is applied by CheckupStore's `SupervisionPolicies`).
@Suite("Supervision policy loader")
struct SupervisionPolicyLoaderTests {
    static func load(_ body: String) throws -> SupervisionPolicy {
        let text = """
            <supervision-policy xmlns="urn:checkup:supervision-policy:1" version="1">
            \(body)
            </supervision-policy>
            """
        let document = try SecureXML.parse(bytes: Array(text.utf8), file: "p.xml")
        return try SupervisionPolicyLoader.load(document)
    }

    static let intervals = """
        <intervals><interval colour="red" days="30"/><interval colour="orange" days="60"/>
        <interval colour="yellow" days="90"/><interval colour="blue" days="180"/>
        <tag-interval tag="dust" colour="blue" days="120"/></intervals>
        """

    @Test("rules, alternatives, otherwise and intervals are read in order")
    func reads() throws {
        let policy = try Self.load("""
            <rule id="a" colour="red"><when><tag name="dust"/><level-below value="1.6"/></when><when><never-inspected/></when></rule>
            <otherwise colour="yellow"/>
            \(Self.intervals)
            """)
        #expect(policy.rules.count == 1)
        #expect(policy.rules[0].when == [[.tag(.dust), .levelBelow(1.6)], [.neverInspected]])
        #expect(policy.otherwise == .yellow)
        #expect(policy.interval(for: .blue, tags: [.dust]) == 120)
        #expect(policy.interval(for: .yellow, tags: [.dust]) == 90)
    }

    @Test("a repeated rule id and an unknown tag are refused at their line and column")
    func refusals() {
        do {
            _ = try Self.load("""
                <rule id="a" colour="red"><when><tag name="dust"/></when></rule>
                <rule id="a" colour="red"><when><tag name="fireworks"/></when></rule>
                <otherwise colour="blue"/>
                \(Self.intervals)
                """)
            Issue.record("accepted")
        } catch let error as SupervisionError {
            guard case .policyInvalid(let problems) = error else { Issue.record("\(error)"); return }
            #expect(problems.count == 2)
            #expect(problems[0].location.line == 3)
            #expect(problems[1].message.contains("fireworks") && problems[1].message.contains("hazchem"))
        } catch {
            Issue.record("\(error)")
        }
    }
}
