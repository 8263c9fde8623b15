import CheckupCore
import Foundation
import PostgresNIO

extension PostgresStationStore: SupervisionStore {
    /// As SQLite's `supervisionRows`, with the same meaning of every count, in one snapshot
    /// (a repeatable-read, read-only transaction) so the rows agree with each other.
    public func supervisionRows(township: String?, asOf: Date) throws -> [SupervisionRow] {
        let t = PostgresDate.stored(asOf)
        return try withConnection { connection in
            try await connection.run("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            do {
                let rows = try await Self.supervisionRows(connection, township: township, t: t)
                try await connection.run("COMMIT")
                return rows
            } catch {
                try? await connection.run("ROLLBACK")
                throw error
            }
        }
    }

    /// `enterpriseColumns` of the enterprise aliased `e`.
    static let prefixedEnterpriseColumns = enterpriseColumns.split(separator: ",")
        .map { "e." + $0.trimmingCharacters(in: .whitespacesAndNewlines) }.joined(separator: ", ")

    private static func supervisionRows(_ connection: PostgresConnection, township: String?,
                                        t: Date) async throws -> [SupervisionRow] {
        // The latest completed inspection of each enterprise, by the moment: one seek each on
        // session_by_enterprise_kind_start.
        let enterprises = try await connection.rows("""
            SELECT \(unescaped: prefixedEnterpriseColumns),
                   s.id, s.checklist_hash, s.profile_id, s.started_at
            FROM enterprise AS e
            LEFT JOIN LATERAL (
                SELECT id, checklist_hash, profile_id, started_at FROM session
                WHERE enterprise_code = e.credit_code AND kind = 'inspection' AND status = 'completed'
                    AND started_at <= \(t) AND (completed_at IS NULL OR completed_at <= \(t))
                ORDER BY started_at DESC, id DESC LIMIT 1) AS s ON true
            WHERE \(township)::text IS NULL OR e.township = \(township)
            ORDER BY e.township, e.name
            """)
        // Hazards found by the moment and not verified by it.
        var hazards: [String: (major: Int, overdue: Int, open: Int)] = [:]
        for row in try await connection.rows("""
            SELECT enterprise_code, count(*) FILTER (WHERE severity = 'major'), count(*) FILTER (WHERE deadline < \(t)),
                   count(*)
            FROM hazard
            WHERE found_at <= \(t) AND NOT (status = 'verified' AND (verified_at IS NULL OR verified_at <= \(t)))
                AND (\(township)::text IS NULL
                     OR enterprise_code IN (SELECT credit_code FROM enterprise WHERE township = \(township)))
            GROUP BY enterprise_code
            """) {
            hazards[try row[0].decode(String.self)] = (Int(try row[1].decode(Int64.self)), Int(try row[2].decode(Int64.self)),
                                                       Int(try row[3].decode(Int64.self)))
        }
        let untrue = try await untrueSelfChecks(connection, township: township, t: t)
        // The override in force: the latest set by the moment whose expiry is ahead of it.
        var overrides: [String: ColourOverride] = [:]
        for row in try await connection.rows("""
            SELECT DISTINCT ON (enterprise_code) \(unescaped: overrideColumns) FROM colour_override
            WHERE set_at <= \(t) AND expires_at > \(t)
                AND (\(township)::text IS NULL
                     OR enterprise_code IN (SELECT credit_code FROM enterprise WHERE township = \(township)))
            ORDER BY enterprise_code, set_at DESC, id DESC
            """) {
            let override = try colourOverride(row)
            overrides[override.enterpriseCode] = override
        }
        // The latest referred patrol by the moment.
        var referrals: [String: Date] = [:]
        for row in try await connection.rows("""
            SELECT enterprise_code, max(patrolled_at) FROM patrol
            WHERE referred AND patrolled_at <= \(t)
                AND (\(township)::text IS NULL
                     OR enterprise_code IN (SELECT credit_code FROM enterprise WHERE township = \(township)))
            GROUP BY enterprise_code
            """) {
            referrals[try row[0].decode(String.self)] = PostgresDate.read(try row[1].decode(Date.self))
        }
        let width = 13
        return try enterprises.map { row in
            let enterprise = try Self.enterprise(row)
            var inspection: SupervisionRow.Inspection?
            if let id = try row[width].decode(Int64?.self) {
                inspection = .init(id: id, checklistHash: try row[width + 1].decode(String.self),
                                   profileID: try row[width + 2].decode(String?.self),
                                   startedAt: PostgresDate.read(try row[width + 3].decode(Date.self)))
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

    /// As SQLite's: for each enterprise whose latest completed self-check (by the moment) was
    /// followed by a completed inspection on the same checklist, how many items the self-check
    /// passed that the first such inspection failed (0 when none). A self-check's answers are its
    /// `finding` rows or, when imported, its `selfcheck_answers` JSON, searched for
    /// `["ID","pass"` (item ids are [A-Za-z0-9._-] and a note's quotes are escaped).
    private static func untrueSelfChecks(_ connection: PostgresConnection, township: String?,
                                         t: Date) async throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for row in try await connection.rows("""
            WITH latest AS (
                SELECT e.credit_code AS code, (
                    SELECT id FROM session WHERE enterprise_code = e.credit_code AND kind = 'self-check'
                        AND status = 'completed' AND started_at <= \(t) ORDER BY started_at DESC, id DESC LIMIT 1) AS self_check
                FROM enterprise AS e WHERE \(township)::text IS NULL OR e.township = \(township)
            ), pair AS (
                SELECT latest.code, latest.self_check, (
                    SELECT i.id FROM session AS i WHERE i.enterprise_code = latest.code AND i.kind = 'inspection'
                        AND i.status = 'completed' AND i.checklist_id = sc.checklist_id AND i.started_at > sc.started_at
                        AND i.started_at <= \(t) AND (i.completed_at IS NULL OR i.completed_at <= \(t))
                    ORDER BY i.started_at, i.id LIMIT 1) AS inspection
                FROM latest JOIN session AS sc ON sc.id = latest.self_check
            )
            SELECT pair.code, (
                SELECT count(*) FROM finding AS f
                WHERE f.session_id = pair.inspection AND f.result = 'fail'
                    AND (EXISTS (SELECT 1 FROM finding AS s WHERE s.session_id = pair.self_check AND s.item_id = f.item_id
                                 AND s.result = 'pass')
                         OR EXISTS (SELECT 1 FROM selfcheck_answers AS a WHERE a.session_id = pair.self_check
                                    AND strpos(a.answers, '["' || f.item_id || '","pass"') > 0)))
            FROM pair WHERE pair.inspection IS NOT NULL
            """) {
            counts[try row[0].decode(String.self)] = Int(try row[1].decode(Int64.self))
        }
        return counts
    }

    public func forEachAnswer(sessions ids: [Int64], _ body: (Int64, String, ItemResult) throws -> Void) throws {
        try withoutActuallyEscaping(body) { body in
            let call = Unchecked<((Int64, String, ItemResult) throws -> Void)?>(body)
            // Released before `withoutActuallyEscaping` returns (the finished task may outlive it).
            defer { call.value = nil }
            try withConnection { connection in
                var start = 0
                while start < ids.count {
                    let chunk = Array(ids[start..<min(ids.count, start + 5_000)])
                    start += chunk.count
                    let rows = try await connection.query("""
                        SELECT session_id, item_id, result FROM finding WHERE session_id = ANY(\(chunk)) ORDER BY session_id
                        """, logger: Self.logger)
                    for try await (session, item, text) in rows.decode((Int64, String, String).self) {
                        guard let result = ItemResult(rawValue: text) else {
                            throw StoreError.corruptRow(table: "finding", row: "\(session), \(item)", column: "result",
                                                        problem: .unknownValue(text, allowed: ItemResult.allCases.map(\.rawValue)))
                        }
                        try call.value!(session, item, result)
                    }
                }
            }
        }
    }

    static let overrideColumns = "id, enterprise_code, colour, reason, set_by, set_at, expires_at"

    static func colourOverride(_ row: PostgresRandomAccessRow) throws -> ColourOverride {
        let id = try row[0].decode(Int64.self)
        return ColourOverride(id: id, enterpriseCode: try row[1].decode(String.self),
                              colour: try fixed(try row[2].decode(String.self), "colour_override", id, "colour",
                                                as: RiskColour.self),
                              reason: try row[3].decode(String.self), setBy: try row[4].decode(String.self),
                              setAt: PostgresDate.read(try row[5].decode(Date.self)),
                              expiresAt: PostgresDate.read(try row[6].decode(Date.self)))
    }

    /// As SQLite's: refused for an enterprise not registered (`SessionError.unknownEnterprise`).
    public func saveOverride(_ override: ColourOverride) throws -> ColourOverride {
        let o = override
        return try transaction { connection in
            try await Self.requireEnterprise(o.enterpriseCode, connection)
            let id = try await connection.rows("""
                INSERT INTO colour_override (uid, enterprise_code, colour, reason, set_by, set_at, expires_at)
                VALUES (\(GlobalID.make()), \(o.enterpriseCode), \(o.colour.rawValue), \(o.reason), \(o.setBy),
                        \(PostgresDate.stored(o.setAt)), \(PostgresDate.stored(o.expiresAt)))
                RETURNING id
                """).first?[0].decode(Int64.self) ?? 0
            var saved = o
            saved.id = id
            return saved
        }
    }

    public func overrides(enterprise: String) throws -> [ColourOverride] {
        try withConnection { connection in
            try await connection.rows("""
                SELECT \(unescaped: Self.overrideColumns) FROM colour_override WHERE enterprise_code = \(enterprise)
                ORDER BY set_at DESC, id DESC
                """).map(Self.colourOverride(_:))
        }
    }

    /// As SQLite's: refused for an enterprise not registered (`SessionError.unknownEnterprise`).
    public func savePatrol(_ patrol: Patrol) throws -> Patrol {
        let p = patrol
        return try transaction { connection in
            try await Self.requireEnterprise(p.enterpriseCode, connection)
            let id = try await connection.rows("""
                INSERT INTO patrol (uid, enterprise_code, patrolled_by, patrolled_at, note, evidence, referred)
                VALUES (\(GlobalID.make()), \(p.enterpriseCode), \(p.patrolledBy), \(PostgresDate.stored(p.patrolledAt)),
                        \(p.note), \(jsonText(p.evidence)), \(p.referred))
                RETURNING id
                """).first?[0].decode(Int64.self) ?? 0
            var saved = p
            saved.id = id
            return saved
        }
    }

    /// As SQLite's: the period's bounds widened by a second in SQL, then `ScorePeriod.contains`
    /// decides, so both stores keep the same patrols.
    public func patrols(township: String?, period: ScorePeriod) throws -> [Patrol] {
        let from = period.start.map { PostgresDate.stored($0.addingTimeInterval(-1)) }
        let until = period.end.map { PostgresDate.stored($0.addingTimeInterval(1)) }
        return try withConnection { connection in
            try await connection.rows("""
                SELECT id, enterprise_code, patrolled_by, patrolled_at, note, evidence, referred FROM patrol
                WHERE (\(township)::text IS NULL
                       OR enterprise_code IN (SELECT credit_code FROM enterprise WHERE township = \(township)))
                    AND (\(from)::timestamptz IS NULL OR patrolled_at >= \(from))
                    AND (\(until)::timestamptz IS NULL OR patrolled_at < \(until))
                ORDER BY patrolled_at, id
                """).map { row in
                    Patrol(id: try row[0].decode(Int64.self), enterpriseCode: try row[1].decode(String.self),
                           patrolledBy: try row[2].decode(String.self),
                           patrolledAt: PostgresDate.read(try row[3].decode(Date.self)), note: try row[4].decode(String?.self),
                           evidence: evidenceRefs(try row[5].decode(String.self)), referred: try row[6].decode(Bool.self))
                }
                .filter { period.contains($0.patrolledAt) }
        }
    }

    static func requireEnterprise(_ code: String, _ connection: PostgresConnection) async throws {
        // Locked for share: the enterprise cannot go while the row referring to it is written.
        guard try await !connection.rows("SELECT 1 FROM enterprise WHERE credit_code = \(code) FOR SHARE").isEmpty else {
            throw SessionError.unknownEnterprise(code)
        }
    }
}
