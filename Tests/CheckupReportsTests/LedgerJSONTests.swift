import CheckupCore
import CheckupReports
import Foundation
import Testing

@Suite("Hazard ledger JSON")
struct LedgerJSONTests {
    @Test("matches the golden JSON document")
    func golden() throws {
        let query = LedgerQuery(township: nil, from: StationDay(parsing: "2026-11-01"),
                                to: StationDay(parsing: "2026-11-30"))
        try LedgerGolden.check(try LedgerSample.ledger(query: query).json(), "ledger.json")
    }

    @Test("is an object with generated_at, the query and one HazardJSON per row in ledger order")
    func shape() throws {
        let ledger = LedgerSample.ledger(query: LedgerQuery(township: "孝顺镇", status: .open))
        let document = try JSONDecoder().decode(HazardLedger.JSONDocument.self, from: try ledger.json())
        #expect(document.generated_at == "2026-11-29T09:00:00+08:00")
        #expect(document.query.township == "孝顺镇")
        #expect(document.query.status == "open")
        #expect(document.rows.map(\.id) == [1, 2, 3, 4])
        #expect(document.rows[0].overdue_days == 13)
        #expect(document.rows[2].enterprise_name == "傅村\"红星\"五金厂, 二车间")
    }
}
