import CheckupCore
@testable import CheckupStore
import Foundation
import GRDB
import Testing

/// The import's prepared-statement hazard writer against `insertHazards`, the records path.
@Suite("Bulk hazard rows")
struct HazardBulkInserterTests {
    /// Hazards that between them set every column, and leave every nullable one empty; more
    /// than one multi-row INSERT holds.
    static func hazards(session: Int64) -> [Hazard] {
        let found = Timestamp.parse("2026-11-02T09:30:00+08:00") ?? Date()
        let odd = found.addingTimeInterval(15 * 86_400 + 0.123)
        let more = (0..<(HazardBulkInserter.rowsPerStatement + 5)).map { n in
            Hazard(id: 0, sessionID: session, itemID: "x\(n)", enterpriseCode: StoreFixture.code, source: .selfCheck,
                   severity: n % 3 == 0 ? .major : .general, layer: .physical, itemTitle: "第\(n)项", description: "隐患\(n)",
                   basis: "依据", remedy: nil, evidence: [], status: .open, foundAt: found,
                   deadline: found.addingTimeInterval(Double(n) * 86_400))
        }
        return more + [
            Hazard(id: 0, sessionID: session, itemID: "m1", enterpriseCode: StoreFixture.code, source: .selfCheck,
                   severity: .general, layer: .human, itemTitle: "责任制", description: #"未"签订" \ 责任书"#,
                   basis: "《安全生产法》第四条", remedy: "签订责任书", evidence: [], status: .open, foundAt: found,
                   deadline: odd),
            Hazard(id: 0, sessionID: session, itemID: "m2", enterpriseCode: StoreFixture.code, source: .inspection,
                   severity: .major, layer: .joint, itemTitle: "承包单位管理", description: "", basis: "判定标准第三条",
                   remedy: nil, evidence: [EvidenceRef(sha256: String(repeating: "0f", count: 32), originalName: "现场.jpg", size: 1234)],
                   status: .verified, foundAt: found, deadline: found.addingTimeInterval(60 * 86_400),
                   fiveMeasures: FiveMeasures(responsible: "李四", measures: "更换", funds: "2000 元", timeLimit: "30 天", plan: "预案"),
                   rectifiedAt: found, verifiedAt: found.addingTimeInterval(0.5), verifiedBy: "张三"),
            Hazard(id: 0, sessionID: session, itemID: "f1", enterpriseCode: StoreFixture.code, source: .inspection,
                   severity: .general, layer: .technical, itemTitle: "报警器", description: "报警器\n失效", basis: "GB 50116",
                   remedy: "", evidence: [], status: .rectifying, foundAt: odd, deadline: odd),
        ]
    }

    /// Every row and column of `hazard` and `hazard_history`, with each value's SQLite type; of
    /// the global id (`uid`, random by design) its type and length only.
    static func rows(_ store: SQLiteStationStore) throws -> [[String]] {
        try store.read { db in
            var rows: [[String]] = []
            for table in ["hazard", "hazard_history"] {
                let columns = try db.columns(in: table).map(\.name)
                let typed = columns.map {
                    $0 == "uid" ? "typeof(uid) || ':' || length(uid)" : "typeof(\($0)) || ':' || quote(\($0))"
                }.joined(separator: ", ")
                for row in try Row.fetchAll(db, sql: "SELECT \(typed) FROM \(table) ORDER BY id") {
                    rows.append(zip(columns, (0..<row.count).map { String.fromDatabaseValue(row[$0]) ?? "?" }).map { "\(table).\($0)=\($1)" })
                }
            }
            return rows
        }
    }

    @Test func theBulkPathWritesTheRowsInsertHazardsWrites() throws {
        let records = try StoreFixture()
        let bulk = try StoreFixture()
        let first = try records.start().session.id
        let second = try bulk.start().session.id
        #expect(first == second)
        _ = try records.sqlite.write { db in
            try SQLiteStationStore.insertHazards(Self.hazards(session: first), by: "王五", db: db)
        }
        try bulk.sqlite.write { db in
            var inserter = HazardBulkInserter(db: db)
            try inserter.insert(Self.hazards(session: second), by: "王五")
        }
        let expected = try Self.rows(records.sqlite)
        #expect(expected.count == 2 * (HazardBulkInserter.rowsPerStatement + 8))
        #expect(try Self.rows(bulk.sqlite) == expected)
    }
}
