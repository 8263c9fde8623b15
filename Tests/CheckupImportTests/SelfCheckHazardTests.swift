import CheckupImport
import CheckupCore
import CheckupStore
import Foundation
import Testing

/// Fails in an enterprise's self-check are hazards too, with source self-check.
@Suite("Self-check hazards")
struct SelfCheckHazardTests {
    static let fails = """
      <result item="mgmt-01" status="pass"/>
      <result item="mgmt-04" status="fail"><note>三名新员工未培训</note></result>
      <result item="contractors-01" status="fail"><note>承包单位未签协议</note></result>
    """

    @Test func eachFailBecomesAHazardWithSourceSelfCheck() throws {
        let station = try SelfCheckStation()
        let (outcomes, _) = try station.importing([try station.write("a.xml", SelfCheckStation.text(results: Self.fails))])
        let session = try #require(outcomes.first?.outcome.session)
        let hazards = try station.store.hazards(HazardFilter(session: session))
        #expect(hazards.map(\.itemID) == ["mgmt-04", "contractors-01"])
        #expect(hazards.allSatisfy { $0.source == .selfCheck && $0.status == .open })
        #expect(hazards.map(\.severity) == [.general, .major])
        #expect(hazards.first?.description == "三名新员工未培训")
        #expect(try station.store.hazardHistory(hazards[0].id).count == 1)
    }

    @Test func aCorrectedResubmissionWithdrawsOnlyTheUntouchedHazardsOfTheOneItReplaces() throws {
        let station = try SelfCheckStation()
        let first = try station.importing([try station.write("a.xml", SelfCheckStation.text(results: Self.fails))])
        let old = try #require(first.outcomes.first?.outcome.session)
        let started = try #require(try station.store.hazards(HazardFilter(session: old)).first { $0.itemID == "mgmt-04" })
        _ = try station.store.changeHazard(started.id) {
            try HazardRules.update($0, to: .rectifying, measures: FiveMeasures(), note: nil, by: "王建华", at: SelfCheckStation.now)
        }
        let corrected = SelfCheckStation.text(results: """
          <result item="mgmt-01" status="pass"/>
          <result item="mgmt-04" status="fail"><note>三名新员工未培训（已安排）</note></result>
          <result item="contractors-01" status="pass"/>
        """)
        let second = try station.importing([try station.write("b.xml", corrected)])
        let new = try #require(second.outcomes.first?.outcome.session)
        #expect(try station.store.hazards(HazardFilter(session: old)).map(\.itemID) == ["mgmt-04"])
        #expect(try station.store.hazards(HazardFilter(session: new)).map(\.itemID) == ["mgmt-04"])
    }
}
