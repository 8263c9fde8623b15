import CheckupCore
import Foundation
import GRDB

extension SQLiteStationStore: StationQueries {
    public func completedSessions(township: String?, period: ScorePeriod) throws -> [Session] {
        try read { db in
            var request = SessionRecord.filter(Column("status") == SessionStatus.completed.rawValue)
            if let township {
                request = request.filter(sql: "enterprise_code IN (SELECT credit_code FROM enterprise WHERE township = ?)",
                                         arguments: [township])
            }
            // SQL narrows by a second's margin (dates are stored as text to the millisecond);
            // the period's own rule decides at the edges.
            if let start = period.start { request = request.filter(Column("started_at") >= start.addingTimeInterval(-1)) }
            if let end = period.end { request = request.filter(Column("started_at") < end.addingTimeInterval(1)) }
            return try request.order(Column("started_at").desc, Column("id").desc).fetchAll(db)
                .map { try $0.value() }.filter { period.contains($0.startedAt) }
        }
    }

    public func forEachHazard(_ filter: HazardFilter, _ body: (Hazard) throws -> Void) throws {
        try read { db in
            let rows = try Self.request(filter).fetchCursor(db)
            while let row = try rows.next() { try body(try row.value()) }
        }
    }

    public func hazardSessions(_ filter: HazardFilter) throws -> [Int64: HazardSessionInfo] {
        try read { db in
            let sessions = Self.request(filter).select(Column("session_id"))
            let rows = try SQLRequest<Row>(literal: """
                SELECT s.id, s.inspectors, n.number FROM session AS s LEFT JOIN notice AS n ON n.session_id = s.id
                WHERE s.id IN (\(sessions))
                """).fetchAll(db)
            var result: [Int64: HazardSessionInfo] = [:]
            for row in rows {
                let id: Int64 = row[0]
                let inspectors: String = row[1]
                result[id] = HazardSessionInfo(sessionID: id, inspectors: (try? JSONDecoder().decode([String].self, from: Data(inspectors.utf8))) ?? [], noticeNumber: row[2])
            }
            return result
        }
    }
}
