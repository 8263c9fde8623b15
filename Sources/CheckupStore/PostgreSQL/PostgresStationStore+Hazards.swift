import CheckupCore
import Foundation
import GRDB
import PostgresNIO

extension PostgresStationStore: HazardStore {
    static let hazardColumns = """
        id, session_id, item_id, enterprise_code, source, severity, layer, item_title, description, basis, remedy, \
        evidence, status, found_at, deadline, responsible, measures, funds, time_limit, plan, rectified_at, \
        verified_at, verified_by, escalations, supervision_number, supervision_authority, supervised_at, delisted_at, \
        stop_work_scope, stop_work_at, stop_work_cleared_at, remediation_plan, verification_note, place
        """

    /// A value of one of the columns of fixed values, or `StoreError.corruptRow` naming it.
    static func fixed<T: RawRepresentable & CaseIterable>(_ raw: String, _ table: String, _ key: Int64, _ column: String,
                                                          as type: T.Type) throws -> T where T.RawValue == String {
        guard let value = T(rawValue: raw) else {
            throw StoreError.corruptRow(table: table, row: String(key), column: column,
                                        problem: .unknownValue(raw, allowed: T.allCases.map(\.rawValue)))
        }
        return value
    }

    static func hazard(_ row: PostgresRandomAccessRow) throws -> Hazard {
        let id = try row[0].decode(Int64.self)
        var escalation = EscalationColumns()
        escalation.escalations = try row[23].decode(String?.self)
        escalation.supervisionNumber = try row[24].decode(String?.self)
        escalation.supervisionAuthority = try row[25].decode(String?.self)
        escalation.supervisedAt = try row[26].decode(Date?.self).map(PostgresDate.read)
        escalation.delistedAt = try row[27].decode(Date?.self).map(PostgresDate.read)
        escalation.stopWorkScope = try row[28].decode(String?.self)
        escalation.stopWorkAt = try row[29].decode(Date?.self).map(PostgresDate.read)
        escalation.stopWorkClearedAt = try row[30].decode(Date?.self).map(PostgresDate.read)
        escalation.remediationPlan = try row[31].decode(String?.self)
        escalation.verificationNote = try row[32].decode(String?.self)
        var hazard = Hazard(
            id: id, sessionID: try row[1].decode(Int64.self), itemID: try row[2].decode(String.self),
            enterpriseCode: try row[3].decode(String.self),
            source: try fixed(try row[4].decode(String.self), "hazard", id, "source", as: HazardSource.self),
            severity: try fixed(try row[5].decode(String.self), "hazard", id, "severity", as: HazardSeverity.self),
            layer: try fixed(try row[6].decode(String.self), "hazard", id, "layer", as: Layer.self),
            itemTitle: try row[7].decode(String.self), description: try row[8].decode(String.self),
            basis: try row[9].decode(String.self), remedy: try row[10].decode(String?.self),
            evidence: evidenceRefs(try row[11].decode(String.self)),
            status: try fixed(try row[12].decode(String.self), "hazard", id, "status", as: HazardStatus.self),
            foundAt: PostgresDate.read(try row[13].decode(Date.self)),
            deadline: PostgresDate.read(try row[14].decode(Date.self)),
            fiveMeasures: FiveMeasures(responsible: try row[15].decode(String?.self), measures: try row[16].decode(String?.self),
                                       funds: try row[17].decode(String?.self), timeLimit: try row[18].decode(String?.self),
                                       plan: try row[19].decode(String?.self)),
            rectifiedAt: try row[20].decode(Date?.self).map(PostgresDate.read),
            verifiedAt: try row[21].decode(Date?.self).map(PostgresDate.read),
            verifiedBy: try row[22].decode(String?.self))
        escalation.apply(to: &hazard)
        hazard.place = try row[33].decode(String?.self)
        return hazard
    }

    /// The hazards matching `filter`, in ledger order (found, then id).
    static func query(_ filter: HazardFilter) -> PostgresQuery {
        var conditions: [String] = []
        var binds = PostgresBindings()
        func add(_ sql: (String) -> String, _ value: some PostgresDynamicTypeEncodable) {
            binds.append(value)
            conditions.append(sql("$\(binds.count)"))
        }
        if let enterprise = filter.enterprise { add({ "enterprise_code = \($0)" }, enterprise) }
        if let township = filter.township {
            add({ "enterprise_code IN (SELECT credit_code FROM enterprise WHERE township = \($0))" }, township)
        }
        if let status = filter.status { add({ "status = \($0)" }, status.rawValue) }
        if let severity = filter.severity { add({ "severity = \($0)" }, severity.rawValue) }
        if let from = filter.from { add({ "found_at >= \($0)" }, PostgresDate.stored(from)) }
        if let to = filter.to { add({ "found_at < \($0)" }, PostgresDate.stored(to)) }
        if let session = filter.session { add({ "session_id = \($0)" }, session) }
        let sql = "SELECT \(hazardColumns) FROM hazard"
            + (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "))
            + " ORDER BY found_at, id"
        return PostgresQuery(unsafeSQL: sql, binds: binds)
    }

    public func hazards(_ filter: HazardFilter) throws -> [Hazard] {
        let query = Self.query(filter)
        return try withConnection { connection in try await connection.rows(query).map(Self.hazard(_:)) }
    }

    public func hazard(_ id: Int64) throws -> Hazard? {
        try withConnection { connection in
            try await connection.rows("SELECT \(unescaped: Self.hazardColumns) FROM hazard WHERE id = \(id)")
                .first.map(Self.hazard(_:))
        }
    }

    public func hazardHistory(_ id: Int64) throws -> [HazardChange] {
        try withConnection { connection in
            try await connection.rows("""
                SELECT hazard_id, from_status, to_status, changed_by, changed_at, note, event
                FROM hazard_history WHERE hazard_id = \(id) ORDER BY id
                """).map { row in
                    HazardChange(hazardID: try row[0].decode(Int64.self),
                                 from: try row[1].decode(String?.self).flatMap(HazardStatus.init(rawValue:)),
                                 to: HazardStatus(rawValue: try row[2].decode(String.self)) ?? .open,
                                 by: try row[3].decode(String.self), at: PostgresDate.read(try row[4].decode(Date.self)),
                                 note: try row[5].decode(String?.self),
                                 event: try row[6].decode(String?.self).flatMap(HazardEvent.init(rawValue:)))
                }
        }
    }

    public func changeHazard(_ id: Int64, _ change: (Hazard) throws -> (Hazard, HazardChange)) throws -> Hazard {
        try withoutActuallyEscaping(change) { change in
            let apply = Unchecked<((Hazard) throws -> (Hazard, HazardChange))?>(change)
            defer { apply.value = nil }
            return try transaction { connection in
                // Locked: of two verifications at once, the second sees the first's result.
                guard let row = try await connection.rows(
                    "SELECT \(unescaped: Self.hazardColumns) FROM hazard WHERE id = \(id) FOR UPDATE").first else {
                    throw HazardError.unknownHazard(id)
                }
                let (next, entry) = try apply.value!(try Self.hazard(row))
                let n = next
                let e = EscalationColumns(next)
                try await connection.run("""
                    UPDATE hazard SET session_id = \(n.sessionID), item_id = \(n.itemID), enterprise_code = \(n.enterpriseCode),
                        source = \(n.source.rawValue), severity = \(n.severity.rawValue), layer = \(n.layer.rawValue),
                        item_title = \(n.itemTitle), description = \(n.description), basis = \(n.basis), remedy = \(n.remedy),
                        evidence = \(jsonText(n.evidence)), status = \(n.status.rawValue),
                        found_at = \(PostgresDate.stored(n.foundAt)), deadline = \(PostgresDate.stored(n.deadline)),
                        responsible = \(n.fiveMeasures.responsible), measures = \(n.fiveMeasures.measures),
                        funds = \(n.fiveMeasures.funds), time_limit = \(n.fiveMeasures.timeLimit), plan = \(n.fiveMeasures.plan),
                        rectified_at = \(n.rectifiedAt.map(PostgresDate.stored)),
                        verified_at = \(n.verifiedAt.map(PostgresDate.stored)), verified_by = \(n.verifiedBy),
                        escalations = \(e.escalations), supervision_number = \(e.supervisionNumber),
                        supervision_authority = \(e.supervisionAuthority), supervised_at = \(e.supervisedAt.map(PostgresDate.stored)),
                        delisted_at = \(e.delistedAt.map(PostgresDate.stored)), stop_work_scope = \(e.stopWorkScope),
                        stop_work_at = \(e.stopWorkAt.map(PostgresDate.stored)),
                        stop_work_cleared_at = \(e.stopWorkClearedAt.map(PostgresDate.stored)),
                        remediation_plan = \(e.remediationPlan), verification_note = \(e.verificationNote),
                        place = \(n.place)
                    WHERE id = \(id)
                    """)
                try await Self.insertHistory(entry, connection)
                return try await connection.rows("SELECT \(unescaped: Self.hazardColumns) FROM hazard WHERE id = \(id)")
                    .first.map(Self.hazard(_:)) ?? next
            }
        }
    }

    static func insertHistory(_ entry: HazardChange, _ connection: PostgresConnection) async throws {
        try await connection.run("""
            INSERT INTO hazard_history (uid, hazard_id, from_status, to_status, changed_by, changed_at, note, event)
            VALUES (\(GlobalID.make()), \(entry.hazardID), \(entry.from?.rawValue), \(entry.to.rawValue), \(entry.by),
                    \(PostgresDate.stored(entry.at)), \(entry.note), \(entry.event?.rawValue))
            """)
    }

    public func complete(session id: Int64, at: Date,
                         hazards make: (Session, [Finding]) throws -> [Hazard]) throws -> (Session, [Hazard]) {
        try withoutActuallyEscaping(make) { make in
            let hazards = Unchecked<((Session, [Finding]) throws -> [Hazard])?>(make)
            defer { hazards.value = nil }
            return try transaction { connection in
                guard let row = try await connection.rows(
                    "SELECT \(unescaped: Self.sessionColumns) FROM session WHERE id = \(id) FOR UPDATE").first else {
                    throw SessionError.unknownSession(id)
                }
                let session = try Self.session(row)
                guard session.status == .open else { throw SessionError.sessionClosed(id, session.status) }
                guard let updated = try await connection.rows("""
                    UPDATE session SET status = \(SessionStatus.completed.rawValue), completed_at = \(PostgresDate.stored(at))
                    WHERE id = \(id) RETURNING \(unescaped: Self.sessionColumns)
                    """).first else { throw SessionError.unknownSession(id) }
                let completed = try Self.session(updated)
                let findings = try await Self.findings(session: id, connection)
                let created = try await Self.insertHazards(try hazards.value!(completed, findings),
                                                           by: completed.inspectors.first ?? "", connection)
                return (completed, created)
            }
        }
    }

    /// Inserts new hazards with their creation history inside the caller's transaction;
    /// `session`, when given, stands for every hazard's session id.
    static func insertHazards(_ hazards: [Hazard], by: String, session: Int64? = nil,
                              _ connection: PostgresConnection) async throws -> [Hazard] {
        var saved: [Hazard] = []
        for hazard in hazards {
            let h = hazard
            let e = EscalationColumns(hazard)
            guard let row = try await connection.rows("""
                INSERT INTO hazard (uid, session_id, item_id, enterprise_code, source, severity, layer, item_title,
                    description, basis, remedy, evidence, status, found_at, deadline, responsible, measures, funds,
                    time_limit, plan, rectified_at, verified_at, verified_by, escalations, supervision_number,
                    supervision_authority, supervised_at, delisted_at, stop_work_scope, stop_work_at, stop_work_cleared_at,
                    remediation_plan, verification_note, place)
                VALUES (\(GlobalID.make()), \(session ?? h.sessionID), \(h.itemID), \(h.enterpriseCode), \(h.source.rawValue),
                    \(h.severity.rawValue), \(h.layer.rawValue), \(h.itemTitle), \(h.description), \(h.basis), \(h.remedy),
                    \(h.evidence.isEmpty ? "[]" : jsonText(h.evidence)), \(h.status.rawValue),
                    \(PostgresDate.stored(h.foundAt)), \(PostgresDate.stored(h.deadline)), \(h.fiveMeasures.responsible),
                    \(h.fiveMeasures.measures), \(h.fiveMeasures.funds), \(h.fiveMeasures.timeLimit), \(h.fiveMeasures.plan),
                    \(h.rectifiedAt.map(PostgresDate.stored)), \(h.verifiedAt.map(PostgresDate.stored)), \(h.verifiedBy),
                    \(e.escalations), \(e.supervisionNumber), \(e.supervisionAuthority), \(e.supervisedAt.map(PostgresDate.stored)),
                    \(e.delistedAt.map(PostgresDate.stored)), \(e.stopWorkScope), \(e.stopWorkAt.map(PostgresDate.stored)),
                    \(e.stopWorkClearedAt.map(PostgresDate.stored)), \(e.remediationPlan), \(e.verificationNote),
                    \(h.place))
                RETURNING \(unescaped: hazardColumns)
                """).first else { continue }
            let value = try Self.hazard(row)
            try await insertHistory(HazardRules.creation(of: value, by: value.verifiedBy ?? by), connection)
            saved.append(value)
        }
        return saved
    }
}

extension PostgresStationStore: StationQueries {
    public func completedSessions(township: String?, period: ScorePeriod) throws -> [Session] {
        var conditions = ["status = 'completed'"]
        var binds = PostgresBindings()
        if let township {
            binds.append(township)
            conditions.append("enterprise_code IN (SELECT credit_code FROM enterprise WHERE township = $\(binds.count))")
        }
        // SQL narrows by a second's margin, as on SQLite; the period's own rule decides at the edges.
        if let start = period.start {
            binds.append(start.addingTimeInterval(-1))
            conditions.append("started_at >= $\(binds.count)")
        }
        if let end = period.end {
            binds.append(end.addingTimeInterval(1))
            conditions.append("started_at < $\(binds.count)")
        }
        let query = PostgresQuery(unsafeSQL: "SELECT \(Self.sessionColumns) FROM session WHERE "
                                  + conditions.joined(separator: " AND ") + " ORDER BY started_at DESC, id DESC",
                                  binds: binds)
        return try withConnection { connection in
            try await connection.rows(query).map(Self.session(_:)).filter { period.contains($0.startedAt) }
        }
    }

    public func hazardSessions(_ filter: HazardFilter) throws -> [Int64: HazardSessionInfo] {
        let hazards = Self.query(filter)
        // The filter's query, narrowed to its session ids, inside one that joins the notices.
        let sessions = hazards.sql.replacingOccurrences(of: "SELECT \(Self.hazardColumns) FROM hazard",
                                                         with: "SELECT session_id FROM hazard")
            .replacingOccurrences(of: " ORDER BY found_at, id", with: "")
        let query = PostgresQuery(unsafeSQL: """
            SELECT s.id, s.inspectors, n.number FROM session AS s LEFT JOIN notice AS n ON n.session_id = s.id
            WHERE s.id IN (\(sessions))
            """, binds: hazards.binds)
        return try withConnection { connection in
            var result: [Int64: HazardSessionInfo] = [:]
            for row in try await connection.rows(query) {
                let id = try row[0].decode(Int64.self)
                let inspectors = try row[1].decode(String.self)
                result[id] = HazardSessionInfo(
                    sessionID: id, inspectors: (try? JSONDecoder().decode([String].self, from: Data(inspectors.utf8))) ?? [],
                    noticeNumber: try row[2].decode(String?.self))
            }
            return result
        }
    }

    public func forEachHazard(_ filter: HazardFilter, _ body: (Hazard) throws -> Void) throws {
        let query = Self.query(filter)
        try withoutActuallyEscaping(body) { body in
            let each = Unchecked<((Hazard) throws -> Void)?>(body)
            defer { each.value = nil }
            try withConnection { connection in
                // Rows are decoded and handed over as they arrive: a district's ledger is never
                // held whole.
                for try await row in try await connection.query(query, logger: Self.logger) {
                    try each.value!(try Self.hazard(row.makeRandomAccess()))
                }
            }
        }
    }
}
