import CheckupCore
import Foundation
import GRDB
import PostgresNIO

extension StationSync {
    /// Pushes what the server lacks, batch by batch (each one transaction), calling `progress`
    /// after each commit; returns what was sent and the conflicts left alone. The server is
    /// migrated first (its `6-sync` migration keeps evidence bytes). A connection lost mid-push
    /// throws `SyncError.interrupted`; the batches committed before stay, and a second push
    /// sends the rest.
    public func push(progress: @escaping @Sendable (SyncProgress) -> Void) throws -> SyncReport {
        try PostgresStationStore.migrate(url: url)
        let inventory = try SyncInventory(local)
        return try PostgresStationStore.withDirectConnection(url) { connection in
            do {
                return try await self.push(inventory, connection, progress: progress)
            } catch {
                throw Self.failure(error, url: url)
            }
        }
    }

    /// An error met while talking to the server, as the push reports it: the connection's in
    /// one line naming the server and the cause; the laptop database's as a store error.
    static func failure(_ error: any Error, url: PostgresURL) -> any Error {
        switch error {
        case let error as PSQLError:
            return SyncError.interrupted(server: url.display, cause: PostgresStationStore.cause(of: error, url: url))
        case let error as DatabaseError:
            return StoreError.database(SQLiteStationStore.reason(error))
        case is SyncError, is StoreError, is PostgresStoreError, is CancellationError:
            return error
        default:
            return SyncError.interrupted(server: url.display, cause: "\(error)")
        }
    }

    private func push(_ inventory: SyncInventory, _ connection: PostgresConnection,
                      progress: @Sendable (SyncProgress) -> Void) async throws -> SyncReport {
        let known = try await SyncServerState(inventory, connection)
        let plan = try await SyncPlan(inventory, known, connection)
        var report = SyncReport()
        report.renumbered = plan.report.renumbered
        report.conflicts = plan.report.conflicts
        let enterpriseBatches = stride(from: 0, to: plan.newEnterprises.count, by: 500).map {
            Array(plan.newEnterprises[$0..<min($0 + 500, plan.newEnterprises.count)])
        }
        let evidenceBatches = evidenceBatches(plan.evidence)
        let sessionBatches = stride(from: 0, to: plan.sessions.count, by: max(1, sessionsPerBatch)).map {
            Array(plan.sessions[$0..<min($0 + max(1, sessionsPerBatch), plan.sessions.count)])
        }
        let supersede = try local.read { db in
            try Row.fetchAll(db, sql: """
                SELECT f.uid, g.uid FROM selfcheck_file f JOIN selfcheck_file g ON g.id = f.superseded_by
                """).compactMap { row -> (UUID, UUID)? in
                    guard let a = SyncInventory.uuid(row[0]), let b = SyncInventory.uuid(row[1]) else { return nil }
                    return (a, b)
                }
        }
        let batches = enterpriseBatches.count + evidenceBatches.count + sessionBatches.count + (supersede.isEmpty ? 0 : 1)
        var done = 0
        func committed() async throws {
            done += 1
            progress(SyncProgress(batch: done, batches: batches, sent: report.counts.total))
            if pauseAfterBatch > 0 { try await Task.sleep(nanoseconds: UInt64(pauseAfterBatch * 1_000_000_000)) }
        }

        for batch in enterpriseBatches {
            try await transaction(connection) {
                for row in batch {
                    var binds = PostgresBindings()
                    row.forEach { $0.bind(&binds) }
                    let inserted = try await connection.rows(PostgresQuery(unsafeSQL: """
                        INSERT INTO enterprise (\(SyncColumns.enterprise.list))
                        VALUES (\(SyncColumns.enterprise.placeholders(from: 1))) ON CONFLICT (credit_code) DO NOTHING RETURNING 1
                        """, binds: binds))
                    report.counts.enterprises += inserted.count
                }
            }
            try await committed()
        }
        for batch in evidenceBatches {
            try await transaction(connection) {
                for row in batch {
                    try await pushEvidence(row, known: known, connection, into: &report)
                }
            }
            try await committed()
        }
        var snapshots = known.snapshots
        for batch in sessionBatches {
            let (bundles, snapshotRows) = try SyncBundle.load(batch, from: local)
            var batchReport = SyncReport()
            try await transaction(connection) {
                batchReport = SyncReport()
                for row in snapshotRows where !snapshots.contains(row[0].text ?? "") {
                    var binds = PostgresBindings()
                    row.forEach { $0.bind(&binds) }
                    try await connection.run(PostgresQuery(unsafeSQL: """
                        INSERT INTO checklist_snapshot (\(SyncColumns.snapshot.list))
                        VALUES (\(SyncColumns.snapshot.placeholders(from: 1))) ON CONFLICT (hash) DO NOTHING
                        """, binds: binds))
                }
                for bundle in bundles {
                    try await pushSession(bundle, connection, into: &batchReport)
                }
            }
            for row in snapshotRows { snapshots.insert(row[0].text ?? "") }
            report.counts = report.counts + batchReport.counts
            report.conflicts += batchReport.conflicts
            report.renumbered += batchReport.renumbered
            report.alreadyImported += batchReport.alreadyImported
            try await committed()
        }
        if !supersede.isEmpty {
            try await transaction(connection) {
                for (file, by) in supersede {
                    try await connection.run("""
                        UPDATE selfcheck_file SET superseded_by = (SELECT id FROM selfcheck_file WHERE uid = \(by))
                        WHERE uid = \(file) AND superseded_by IS NULL
                        AND EXISTS (SELECT 1 FROM selfcheck_file WHERE uid = \(by))
                        """)
                }
            }
            try await committed()
        }
        return report
    }

    /// Evidence rows in batches of about `evidenceBytesPerBatch` bytes.
    private func evidenceBatches(_ rows: [[SyncValue]]) -> [[[SyncValue]]] {
        var batches: [[[SyncValue]]] = []
        var current: [[SyncValue]] = []
        var bytes: Int64 = 0
        for row in rows {
            var size: Int64 = 0
            if case .integer(let value?) = row[1] { size = value }
            if !current.isEmpty && (bytes + size > evidenceBytesPerBatch || current.count >= 200) {
                batches.append(current)
                current = []
                bytes = 0
            }
            current.append(row)
            bytes += size
        }
        if !current.isEmpty { batches.append(current) }
        return batches
    }

    /// Runs `body` in one transaction on `connection`. A connection the server closed while the
    /// push waited between batches (a restart, an immediate shutdown) is an interruption: a
    /// query sent on it would wait for an answer that never comes.
    private func transaction(_ connection: PostgresConnection, _ body: () async throws -> Void) async throws {
        try checkOpen(connection)
        try await connection.run("BEGIN")
        do {
            try await body()
            try checkOpen(connection)
            try await connection.run("COMMIT")
        } catch {
            if !connection.isClosed { try? await connection.run("ROLLBACK") }
            throw error
        }
    }

    private func checkOpen(_ connection: PostgresConnection) throws {
        if connection.isClosed { throw SyncError.interrupted(server: url.display, cause: SyncText.connectionClosed.text()) }
    }

    private func pushEvidence(_ row: [SyncValue], known: SyncServerState, _ connection: PostgresConnection,
                              into report: inout SyncReport) async throws {
        guard let sha = row[0].text else { return }
        var binds = PostgresBindings()
        row.forEach { $0.bind(&binds) }
        try await connection.run(PostgresQuery(unsafeSQL: """
            INSERT INTO evidence (\(SyncColumns.evidence.list)) VALUES (\(SyncColumns.evidence.placeholders(from: 1)))
            ON CONFLICT (sha256) DO NOTHING
            """, binds: binds))
        if known.evidenceContent.contains(sha) { return }
        let path = evidence.path(for: sha)
        guard RegularFile.problem(path) == nil, let data = FileManager.default.contents(atPath: path) else {
            report.conflicts.append(.evidenceMissing(sha256: sha, name: row[2].text ?? ""))
            return
        }
        let inserted = try await connection.rows("""
            INSERT INTO evidence_content (sha256, content) VALUES (\(sha), \(ByteBuffer(bytes: data)))
            ON CONFLICT (sha256) DO NOTHING RETURNING 1
            """)
        if !inserted.isEmpty {
            report.counts.evidence += 1
            report.counts.evidenceBytes += Int64(data.count)
        }
    }

    /// Inserts a row of `table` under the laptop's number when the server has not used it,
    /// else under a number of the server's; nil when another unique key refused it (an open
    /// session of the same enterprise and checklist). Before trying the laptop's number the
    /// table's sequence is moved past it, so the server never hands it out later.
    private func insertNumbered(_ table: String, number: Int64, columns: String, values: [SyncValue],
                                _ connection: PostgresConnection) async throws -> Int64? {
        try await connection.run("""
            SELECT setval(pg_get_serial_sequence(\(table), 'id'), \(number))
            WHERE \(number) > COALESCE(pg_sequence_last_value(pg_get_serial_sequence(\(table), 'id')::regclass), 0)
            """)
        var binds = PostgresBindings()
        values.forEach { $0.bind(&binds) }
        let placeholders = (1...values.count).map { "$\($0)" }.joined(separator: ", ")
        var numbered = binds
        numbered.append(number)
        if let row = try await connection.rows(PostgresQuery(unsafeSQL: """
            INSERT INTO \(table) (\(columns), id) VALUES (\(placeholders), $\(values.count + 1))
            ON CONFLICT DO NOTHING RETURNING id
            """, binds: numbered)).first {
            return try row[0].decode(Int64.self)
        }
        return try await connection.rows(PostgresQuery(unsafeSQL: """
            INSERT INTO \(table) (\(columns)) VALUES (\(placeholders)) ON CONFLICT DO NOTHING RETURNING id
            """, binds: binds)).first?[0].decode(Int64.self)
    }

    /// Inserts `rows` after `head` as multi-row VALUES lists, each led by `parent` ($1), up to
    /// 200 rows a statement (one round trip rather than one a row), `tail` after each; returns
    /// how many rows the statements returned.
    private func insertRows(_ head: String, _ rows: [[SyncValue]], session parent: SyncValue, tail: String,
                            _ connection: PostgresConnection) async throws -> Int {
        var returned = 0
        for start in stride(from: 0, to: rows.count, by: 200) {
            var binds = PostgresBindings()
            parent.bind(&binds)
            var groups: [String] = []
            var next = 2
            for row in rows[start..<min(start + 200, rows.count)] {
                groups.append("($1, " + (next..<(next + row.count)).map { "$\($0)" }.joined(separator: ", ") + ")")
                next += row.count
                row.forEach { $0.bind(&binds) }
            }
            returned += try await connection.rows(PostgresQuery(
                unsafeSQL: head + groups.joined(separator: ", ") + " " + tail, binds: binds)).count
        }
        return returned
    }

    /// Runs `sql` with `values` bound as $1…, returning how many rows it returned.
    private func returned(_ sql: String, _ values: [SyncValue], _ connection: PostgresConnection) async throws -> Int {
        var binds = PostgresBindings()
        values.forEach { $0.bind(&binds) }
        return try await connection.rows(PostgresQuery(unsafeSQL: sql, binds: binds)).count
    }

    /// Sends one session and what hangs off it, inside the batch's transaction.
    private func pushSession(_ bundle: SyncBundle, _ connection: PostgresConnection,
                             into report: inout SyncReport) async throws {
        let status = bundle.values[SyncColumns.session.index("status")]
        let sessionID: Int64
        if let row = try await connection.rows("SELECT id, status FROM session WHERE uid = \(bundle.uid) FOR UPDATE").first {
            sessionID = try row[0].decode(Int64.self)
            let serverStatus = try row[1].decode(String.self)
            if let local = status.text, SyncPlan.statusAdvances(local: local, server: serverStatus) {
                _ = try await returned("""
                    UPDATE session SET status = $1, completed_at = COALESCE(completed_at, $2) WHERE id = $3
                    """, [status, bundle.values[SyncColumns.session.index("completed_at")], .integer(sessionID)], connection)
            }
        } else {
            if let file = bundle.file, let hash = file[1].text, case .uuid(let fileUID?) = file[0],
               let other = try await connection.rows("SELECT uid FROM selfcheck_file WHERE content_hash = \(hash)").first,
               try other[0].decode(UUID.self) != fileUID {
                report.alreadyImported += 1
                return
            }
            guard let id = try await insertNumbered("session", number: bundle.id, columns: "uid, " + SyncColumns.session.list,
                                                    values: [.uuid(bundle.uid)] + bundle.values, connection) else {
                let columns = SyncColumns.session
                report.conflicts.append(.openSession(local: bundle.id,
                                                     enterprise: bundle.values[columns.index("enterprise_code")].text ?? "",
                                                     checklist: bundle.values[columns.index("checklist_id")].text ?? ""))
                return
            }
            sessionID = id
            report.counts.sessions += 1
            if id != bundle.id { report.renumbered.append(SyncRenumbering(kind: "session", local: bundle.id, server: id)) }
        }
        let session = SyncValue.integer(sessionID)
        // The answers as they stand (a later answer on the server wins), and their history.
        _ = try await insertRows("INSERT INTO finding (session_id, \(SyncColumns.finding.list)) VALUES ",
                                 bundle.findings, session: session, tail: """
                ON CONFLICT (session_id, item_id) DO UPDATE SET result = excluded.result, note = excluded.note,
                    major = excluded.major, fixed_on_site = excluded.fixed_on_site, evidence = excluded.evidence,
                    recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at
                WHERE finding.recorded_at < excluded.recorded_at
                """, connection)
        report.counts.findingChanges += try await insertRows(
            "INSERT INTO finding_history (session_id, \(SyncColumns.findingHistory.list)) VALUES ",
            bundle.findingHistory, session: session, tail: "ON CONFLICT (uid) DO NOTHING RETURNING 1", connection)
        if let answers = bundle.answers {
            _ = try await returned("""
                INSERT INTO selfcheck_answers (session_id, \(SyncColumns.selfCheckAnswers.list))
                VALUES ($1, \(SyncColumns.selfCheckAnswers.placeholders(from: 2))) ON CONFLICT (session_id) DO NOTHING
                """, [session] + answers, connection)
        }
        if let file = bundle.file {
            report.counts.selfCheckFiles += try await returned("""
                INSERT INTO selfcheck_file (session_id, \(SyncColumns.selfCheckFile.list))
                VALUES ($1, \(SyncColumns.selfCheckFile.placeholders(from: 2))) ON CONFLICT DO NOTHING RETURNING 1
                """, [session] + file, connection)
        }
        if let notice = bundle.notice {
            try await pushNotice(notice, session: bundle.id, serverSession: sessionID, connection, into: &report)
        }
        for hazard in bundle.hazards {
            try await pushHazard(hazard, serverSession: sessionID, connection, into: &report)
        }
    }

    private func pushNotice(_ notice: [SyncValue], session: Int64, serverSession: Int64, _ connection: PostgresConnection,
                            into report: inout SyncReport) async throws {
        let number = notice[2].text ?? ""
        if let row = try await connection.rows("SELECT number FROM notice WHERE session_id = \(serverSession)").first {
            if try row[0].decode(String.self) != number { report.conflicts.append(.notice(session: session, number: number)) }
            return
        }
        let taken = try await returned("SELECT 1 FROM notice WHERE year = $1 AND number = $2", [notice[0], notice[2]], connection)
        if taken > 0 {
            report.conflicts.append(.notice(session: session, number: number))
            return
        }
        report.counts.notices += try await returned("""
            INSERT INTO notice (session_id, \(SyncColumns.notice.list), origin)
            VALUES ($1, \(SyncColumns.notice.placeholders(from: 2)), $6) ON CONFLICT DO NOTHING RETURNING 1
            """, [.integer(serverSession)] + notice + [.text(origin)], connection)
    }

    private func pushHazard(_ hazard: SyncBundle.Hazard, serverSession: Int64, _ connection: PostgresConnection,
                            into report: inout SyncReport) async throws {
        let columns = SyncColumns.hazard
        let serverID: Int64
        var newEntries = hazard.history
        if let row = try await connection.rows("SELECT id, status FROM hazard WHERE uid = \(hazard.uid) FOR UPDATE").first {
            serverID = try row[0].decode(Int64.self)
            let server = try await connection.rows("""
                SELECT uid, from_status, to_status, changed_at FROM hazard_history WHERE hazard_id = \(serverID)
                """).map { row in
                    SyncHistoryEntry(uid: try row[0].decode(UUID.self), from: try row[1].decode(String?.self),
                                     to: try row[2].decode(String.self), at: PostgresDate.read(try row[3].decode(Date.self)))
                }
            let local = hazard.history.compactMap { entry -> SyncHistoryEntry? in
                guard case .uuid(let uid?) = entry[0], case .date(let at?) = entry[4], let to = entry[2].text else { return nil }
                return SyncHistoryEntry(uid: uid, from: entry[1].text, to: to, at: at)
            }
            let merge = SyncHistoryMerge(local: local, server: server)
            let known = Set(server.map(\.uid))
            newEntries = hazard.history.filter { entry in
                guard case .uuid(let uid?) = entry[0] else { return false }
                return !known.contains(uid)
            }
            switch merge {
            case .nothingNew:
                return
            case .conflict(let here, let there):
                report.conflicts.append(.hazard(local: hazard.id, server: serverID, localStatus: here, serverStatus: there))
                return
            case .fastForward, .merged:
                var sets: [String] = []
                var values: [SyncValue] = []
                // Fast-forward: the laptop's state. Merged: the state of the side whose change is
                // the latest, keeping what only the other side set (a NULL field filled in).
                for index in SyncColumns.hazardMutableFrom..<columns.names.count {
                    let name = columns.names[index]
                    let required = SyncColumns.hazardRequired.contains(name)
                    if merge == .merged(localLast: false) && required { continue }
                    values.append(hazard.values[index])
                    let parameter = "$\(values.count)"
                    switch merge {
                    case .merged(localLast: false): sets.append("\(name) = COALESCE(\(name), \(parameter))")
                    case .merged(localLast: true) where !required: sets.append("\(name) = COALESCE(\(parameter), \(name))")
                    default: sets.append("\(name) = \(parameter)")
                    }
                }
                values.append(.integer(serverID))
                _ = try await returned("UPDATE hazard SET \(sets.joined(separator: ", ")) WHERE id = $\(values.count)",
                                       values, connection)
            }
        } else {
            guard let id = try await insertNumbered("hazard", number: hazard.id, columns: "uid, session_id, " + columns.list,
                                                    values: [.uuid(hazard.uid), .integer(serverSession)] + hazard.values,
                                                    connection) else {
                report.conflicts.append(.hazard(local: hazard.id, server: 0,
                                                localStatus: hazard.values[columns.index("status")].text ?? "",
                                                serverStatus: "—"))
                return
            }
            serverID = id
            report.counts.hazards += 1
            if id != hazard.id { report.renumbered.append(SyncRenumbering(kind: "hazard", local: hazard.id, server: id)) }
        }
        report.counts.hazardChanges += try await insertRows(
            "INSERT INTO hazard_history (hazard_id, \(SyncColumns.hazardHistory.list)) VALUES ", newEntries,
            session: .integer(serverID), tail: "ON CONFLICT (uid) DO NOTHING RETURNING 1", connection)
    }
}
