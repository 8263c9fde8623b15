import CheckupCore
import Foundation
import GRDB

extension SQLiteStationStore: SupervisionStore {
    public func supervisionRows(township: String?, asOf: Date) throws -> [SupervisionRow] {
        let moment = DatabaseDateText.text(asOf)
        return try read { db in
            let townshipFilter = township == nil ? "" : "WHERE township = :township"
            let inTownship = township == nil ? "" : "AND enterprise_code IN (SELECT credit_code FROM enterprise WHERE township = :township)"
            var arguments: [String: (any DatabaseValueConvertible)?] = ["t": moment]
            if let township { arguments["township"] = township }
            // The latest completed inspection of each enterprise, by the moment: one seek each
            // on session_by_enterprise_kind_start.
            let enterprises = try Row.fetchAll(db, sql: """
                SELECT e.*, s.id AS inspection_id, s.checklist_hash, s.profile_id, s.started_at AS inspection_started
                FROM (SELECT * FROM enterprise \(townshipFilter)) AS e
                LEFT JOIN session AS s ON s.id = (
                    SELECT id FROM session WHERE enterprise_code = e.credit_code AND kind = 'inspection'
                        AND status = 'completed' AND started_at <= :t AND (completed_at IS NULL OR completed_at <= :t)
                    ORDER BY started_at DESC, id DESC LIMIT 1)
                ORDER BY e.township, e.name
                """, arguments: StatementArguments(arguments))
            // Hazards found by the moment and not verified by it, in one pass.
            var hazards: [String: (major: Int, overdue: Int, open: Int)] = [:]
            let hazardRows = try Row.fetchCursor(db, sql: """
                SELECT enterprise_code, SUM(severity = 'major'), SUM(deadline < :t), COUNT(*) FROM hazard
                WHERE found_at <= :t AND NOT (status = 'verified' AND (verified_at IS NULL OR verified_at <= :t))
                \(inTownship)
                GROUP BY enterprise_code
                """, arguments: StatementArguments(arguments))
            while let row = try hazardRows.next() {
                hazards[row[0]] = (row[1], row[2], row[3])
            }
            let untrue = try untrueSelfChecks(db, townshipFilter: townshipFilter, arguments: arguments)
            var overrides: [String: ColourOverride] = [:]
            let overrideRows = try ColourOverrideRecord.fetchCursor(db, sql: """
                SELECT * FROM colour_override WHERE set_at <= :t AND expires_at > :t \(inTownship)
                ORDER BY set_at, id
                """, arguments: StatementArguments(arguments))
            while let record = try overrideRows.next() { overrides[record.enterpriseCode] = record.value }
            var referrals: [String: Date] = [:]
            let referralRows = try Row.fetchCursor(db, sql: """
                SELECT enterprise_code, patrolled_at FROM patrol WHERE referred AND patrolled_at <= :t \(inTownship)
                ORDER BY patrolled_at
                """, arguments: StatementArguments(arguments))
            while let row = try referralRows.next() {
                referrals[row[0]] = try DatabaseDateText.date(row, atIndex: 1)
            }
            return try enterprises.map { row in
                let enterprise = try EnterpriseRecord(row: row).value
                var inspection: SupervisionRow.Inspection?
                if let id: Int64 = row["inspection_id"] {
                    let read = RowReader(row, table: "session", key: ["inspection_id"])
                    inspection = .init(id: id, checklistHash: try read.text("checklist_hash"),
                                       profileID: try read.optionalText("profile_id"),
                                       startedAt: try read.date("inspection_started"))
                }
                let counts = hazards[enterprise.creditCode] ?? (0, 0, 0)
                var referredAt = referrals[enterprise.creditCode]
                if let referral = referredAt, let inspection, inspection.startedAt >= referral { referredAt = nil }
                return SupervisionRow(enterprise: enterprise, inspection: inspection, openMajorHazards: counts.major,
                                      overdueHazards: counts.overdue, openHazards: counts.open,
                                      untrueSelfCheckItems: untrue[enterprise.creditCode],
                                      override: overrides[enterprise.creditCode], referredAt: referredAt)
            }
        }
    }

    /// For each enterprise whose latest completed self-check (by the moment) was followed by a
    /// completed inspection on the same checklist: how many items the self-check passed that the
    /// first such inspection failed (自查不实, as `SelfCheckComparison` counts them). A self-check's
    /// answers are its `finding` rows or, when imported, its `selfcheck_answers` JSON.
    private func untrueSelfChecks(_ db: Database, townshipFilter: String,
                                  arguments: [String: (any DatabaseValueConvertible)?]) throws -> [String: Int] {
        let pairs = """
            WITH latest AS (
                SELECT e.credit_code AS code, (
                    SELECT id FROM session WHERE enterprise_code = e.credit_code AND kind = 'self-check'
                        AND status = 'completed' AND started_at <= :t ORDER BY started_at DESC, id DESC LIMIT 1) AS self_check
                FROM (SELECT credit_code FROM enterprise \(townshipFilter)) AS e
            ), pair AS (
                SELECT latest.code, latest.self_check, (
                    SELECT i.id FROM session AS i WHERE i.enterprise_code = latest.code AND i.kind = 'inspection'
                        AND i.status = 'completed' AND i.checklist_id = sc.checklist_id AND i.started_at > sc.started_at
                        AND i.started_at <= :t AND (i.completed_at IS NULL OR i.completed_at <= :t)
                    ORDER BY i.started_at, i.id LIMIT 1) AS inspection
                FROM latest JOIN session AS sc ON sc.id = latest.self_check
            )
            """
        let arguments = StatementArguments(arguments)
        // Every pair counts, with 0 when no item was untrue (the second query lists only those with some).
        var counts: [String: Int] = [:]
        for code in try String.fetchAll(db, sql: pairs + "SELECT code FROM pair WHERE inspection IS NOT NULL",
                                        arguments: arguments) {
            counts[code] = 0
        }
        // An imported self-check's answers are one JSON text per session, written by
        // `SelfCheckAnswers.encode` as `["item-id","result"` …: item ids are [A-Za-z0-9._-] (the
        // checklist schema), so they appear unescaped, and a note's quotes are escaped, so
        // `["ID","pass"` occurs only as that item's answer. Searching the text for each failed
        // item costs half of expanding every answer with json_each.
        let rows = try Row.fetchCursor(db, sql: pairs + """
            SELECT pair.code, COUNT(*) FROM pair
                JOIN finding AS f ON f.session_id = pair.inspection AND f.result = 'fail'
                WHERE EXISTS (SELECT 1 FROM finding AS s WHERE s.session_id = pair.self_check AND s.item_id = f.item_id
                              AND s.result = 'pass')
                   OR EXISTS (SELECT 1 FROM selfcheck_answers AS a WHERE a.session_id = pair.self_check
                              AND instr(a.answers, '["' || f.item_id || '","pass"') > 0)
                GROUP BY pair.code
            """, arguments: arguments)
        while let row = try rows.next() { counts[row[0]] = row[1] }
        return counts
    }

    public func forEachAnswer(sessions ids: [Int64], _ body: (Int64, String, ItemResult) throws -> Void) throws {
        try read { db in
            var start = 0
            while start < ids.count {
                let chunk = ids[start..<min(ids.count, start + 5_000)]
                start += chunk.count
                // Integers only: the ids are written into the statement.
                let list = chunk.map(String.init).joined(separator: ",")
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT session_id, item_id, result FROM finding WHERE session_id IN (\(list)) ORDER BY session_id
                    """)
                while let row = try rows.next() {
                    let text: String = row[2]
                    guard let result = ItemResult(rawValue: text) else {
                        try RowReader(row, table: "finding", keyAt: [0, 1]).checked(text, "result", as: ItemResult.self)
                        continue
                    }
                    try body(row[0], row[1], result)
                }
            }
        }
    }

    public func saveOverride(_ override: ColourOverride) throws -> ColourOverride {
        try write { db in
            guard try EnterpriseRecord.exists(db, key: override.enterpriseCode) else {
                throw SessionError.unknownEnterprise(override.enterpriseCode)
            }
            var record = ColourOverrideRecord(override)
            try record.insert(db)
            return record.value
        }
    }

    public func overrides(enterprise: String) throws -> [ColourOverride] {
        try read { db in
            try ColourOverrideRecord.filter(Column("enterprise_code") == enterprise)
                .order(Column("set_at").desc, Column("id").desc).fetchAll(db).map(\.value)
        }
    }

    public func savePatrol(_ patrol: Patrol) throws -> Patrol {
        try write { db in
            guard try EnterpriseRecord.exists(db, key: patrol.enterpriseCode) else {
                throw SessionError.unknownEnterprise(patrol.enterpriseCode)
            }
            var record = PatrolRecord(patrol)
            try record.insert(db)
            return record.value
        }
    }

    public func patrols(township: String?, period: ScorePeriod) throws -> [Patrol] {
        try read { db in
            var request = PatrolRecord.all()
            if let township {
                request = request.filter(sql: "enterprise_code IN (SELECT credit_code FROM enterprise WHERE township = ?)",
                                         arguments: [township])
            }
            if let start = period.start { request = request.filter(Column("patrolled_at") >= start.addingTimeInterval(-1)) }
            if let end = period.end { request = request.filter(Column("patrolled_at") < end.addingTimeInterval(1)) }
            return try request.order(Column("patrolled_at"), Column("id")).fetchAll(db).map(\.value)
                .filter { period.contains($0.patrolledAt) }
        }
    }
}
