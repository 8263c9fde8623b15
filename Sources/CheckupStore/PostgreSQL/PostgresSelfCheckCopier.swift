import CheckupCore
import Foundation
import PostgresNIO

/// Stores a batch of self-check submissions with `COPY … FROM STDIN`, inside the import's open
/// transaction, with the outcomes and rows of `PostgresSelfCheckWriter` (file by file): the
/// hashes, the register entries and the submissions each file may supersede are looked up for
/// the whole batch (one query each), the files are decided in order in memory (a copy of a file
/// earlier in the batch is a duplicate of it, a later submission for the same enterprise,
/// checklist and time supersedes the earlier one), ids come from the tables' own sequences in
/// file order, and each table's rows go in one COPY.
///
/// Per-file atomicity: the batch runs in a savepoint; when the server refuses its rows (a
/// constraint, a value out of range: SQLSTATE classes 22 and 23, e.g. a file stored by a
/// concurrent import meanwhile), the savepoint is rolled back and the batch is stored again file
/// by file, each in a savepoint of its own, so that only the file at fault is refused. Losing
/// the connection is not such a refusal: it ends the import, the open batch rolled back.
struct PostgresSelfCheckCopier {
    let connection: PostgresConnection
    /// The file-by-file writer: its caches (register, snapshots) are shared, and it stores a
    /// batch whose COPY the server refused.
    var writer: PostgresSelfCheckWriter

    init(connection: PostgresConnection, register: Bool, now: Date) {
        self.connection = connection
        writer = PostgresSelfCheckWriter(connection: connection, register: register, now: now)
    }

    /// Stores `batch` in order and returns each file's outcome.
    mutating func store(_ batch: [SelfCheckSubmission]) async throws -> [SelfCheckStoreOutcome] {
        let before = writer
        try await connection.run("SAVEPOINT selfcheck_batch")
        do {
            let outcomes = try await copy(batch)
            try await connection.run("RELEASE SAVEPOINT selfcheck_batch")
            return outcomes
        } catch let error as PSQLError where Self.refusesRows(error) {
            try await connection.run("ROLLBACK TO SAVEPOINT selfcheck_batch")
            try await connection.run("RELEASE SAVEPOINT selfcheck_batch")
            writer = before
            var outcomes: [SelfCheckStoreOutcome] = []
            outcomes.reserveCapacity(batch.count)
            for submission in batch { outcomes.append(try await writer.store(submission)) }
            return outcomes
        }
    }

    /// Whether the server refused rows (data exception or integrity constraint), as opposed to
    /// the connection or the server failing.
    static func refusesRows(_ error: PSQLError) -> Bool {
        guard let state = error.serverInfo?[.sqlState] else { return false }
        return state.hasPrefix("22") || state.hasPrefix("23")
    }

    /// A file to be stored: its rows, and what the batch decided about it.
    private struct Planned {
        let submission: SelfCheckSubmission
        let rows: SelfCheckRows
        let performedAt: String
        var session: Int64 = 0
        var file: Int64 = 0
        /// The file of this batch that supersedes this one.
        var supersededBy: Int? = nil
        /// The stored files and sessions this one supersedes (file id, session id), oldest first.
        var storedEarlier: [(file: Int64, session: Int64)] = []
        /// The file of this batch this one supersedes.
        var batchEarlier: Int? = nil
    }

    /// What each file of the batch comes to.
    private enum Decision {
        case planned(Int)
        case duplicateOfPlanned(Int)
        case done(SelfCheckStoreOutcome)
    }

    private mutating func copy(_ batch: [SelfCheckSubmission]) async throws -> [SelfCheckStoreOutcome] {
        // Files already stored, by content hash.
        var storedSessions: [String: Int64] = [:]
        for row in try await connection.rows("""
            SELECT content_hash, session_id FROM selfcheck_file WHERE content_hash = ANY(\(batch.map(\.contentHash)))
            """) {
            storedSessions[try row[0].decode(String.self)] = try row[1].decode(Int64.self)
        }
        // The rows of the files not yet stored, and the register entries they need.
        var rows: [SelfCheckRows?] = []
        rows.reserveCapacity(batch.count)
        var unknown: Set<String> = []
        for submission in batch {
            guard storedSessions[submission.contentHash] == nil else {
                rows.append(nil)
                continue
            }
            let fileRows = submission.rows
                ?? SelfCheckRows(document: submission.document, performedAt: submission.performedAt,
                                 checklist: submission.checklist, index: submission.index)
            rows.append(fileRows)
            if writer.enterprises[fileRows.code] == nil { unknown.insert(fileRows.code) }
        }
        if !unknown.isEmpty {
            let codes = Array(unknown)
            for row in try await connection.rows(
                "SELECT \(unescaped: PostgresStationStore.enterpriseColumns) FROM enterprise WHERE credit_code = ANY(\(codes))") {
                let found = try PostgresStationStore.enterprise(row)
                writer.enterprises[found.creditCode] = .some(found)
            }
            for code in codes where writer.enterprises[code] == nil { writer.enterprises[code] = .some(nil) }
        }

        // Each file in order, as the file-by-file writer would decide it.
        var planned: [Planned] = []
        var decisions: [Decision] = []
        decisions.reserveCapacity(batch.count)
        var plannedByHash: [String: Int] = [:]
        var registering: [(code: String, entry: Enterprise)] = []
        var newSnapshots: [LoadedChecklist] = []
        for (position, submission) in batch.enumerated() {
            if let session = storedSessions[submission.contentHash] {
                decisions.append(.done(.duplicate(session: session)))
                continue
            }
            if let earlier = plannedByHash[submission.contentHash] {
                decisions.append(.duplicateOfPlanned(earlier))
                continue
            }
            let fileRows = rows[position]!
            let code = fileRows.code
            let enterprise: Enterprise
            var registers = false
            if let found = writer.enterprises[code] ?? nil {
                enterprise = found
            } else {
                guard writer.register else {
                    decisions.append(.done(.refused(.unregistered, submission)))
                    continue
                }
                enterprise = submission.document.enterprise.registerEntry
                registers = true
            }
            if !writer.allItemsApply(submission, industry: enterprise.industry),
               !SelfCheckRules.allResultsApply(submission.document, checklist: submission.index,
                                               industry: enterprise.industry) {
                decisions.append(.done(.refused(.notForIndustry(enterprise.industry ?? ""), submission)))
                continue
            }
            if registers {
                registering.append((code, enterprise))
                writer.enterprises[code] = .some(enterprise)
            }
            let snapshotHash = submission.checklist.contentHash
            if !writer.snapshots.contains(snapshotHash) && !writer.snapshotsInBatch.contains(snapshotHash) {
                writer.snapshotsInBatch.insert(snapshotHash)
                newSnapshots.append(submission.checklist)
            }
            plannedByHash[submission.contentHash] = planned.count
            decisions.append(.planned(planned.count))
            planned.append(Planned(submission: submission, rows: fileRows,
                                   performedAt: DatabaseDateText.text(submission.performedAt)))
        }
        guard !planned.isEmpty else { return Self.outcomes(decisions, planned) }

        // Superseding: within the batch, a later file for the same enterprise, checklist and time
        // replaces the earlier; the first of them replaces what is stored.
        var latestByKey: [String: Int] = [:]
        var firstKeys: [(key: String, index: Int)] = []
        for index in planned.indices {
            let p = planned[index]
            let key = p.rows.code + "\u{0}" + p.submission.checklist.checklist.id + "\u{0}" + p.performedAt
            if let earlier = latestByKey[key] {
                planned[earlier].supersededBy = index
                planned[index].batchEarlier = earlier
            } else {
                firstKeys.append((key, index))
            }
            latestByKey[key] = index
        }
        let keyCodes = firstKeys.map { planned[$0.index].rows.code }
        let keyChecklists = firstKeys.map { planned[$0.index].submission.checklist.checklist.id }
        let keyTimes = firstKeys.map { planned[$0.index].performedAt + "+00" }
        let keyIndexes = firstKeys.map { Int64($0.index) }
        for row in try await connection.rows("""
            SELECT k.i, f.id, f.session_id
            FROM unnest(\(keyCodes)::text[], \(keyChecklists)::text[], \(keyTimes)::text[], \(keyIndexes)::bigint[])
                AS k (code, checklist, at, i)
            JOIN selfcheck_file f ON f.enterprise_code = k.code AND f.checklist_id = k.checklist
                AND f.performed_at = k.at::timestamptz AND f.superseded_by IS NULL
            ORDER BY k.i, f.id
            """) {
            let index = Int(try row[0].decode(Int64.self))
            planned[index].storedEarlier.append((try row[1].decode(Int64.self), try row[2].decode(Int64.self)))
        }

        // Ids from the tables' sequences, ascending, handed out in file order (as the rows
        // inserted one by one would take them).
        let hazardCount = planned.reduce(0) { $0 + $1.rows.hazards.count }
        guard let ids = try await connection.rows("""
            SELECT (SELECT array_agg(v ORDER BY v) FROM (SELECT nextval(pg_get_serial_sequence('session', 'id')) AS v
                        FROM generate_series(1, \(planned.count))) s),
                   (SELECT array_agg(v ORDER BY v) FROM (SELECT nextval(pg_get_serial_sequence('selfcheck_file', 'id')) AS v
                        FROM generate_series(1, \(planned.count))) f),
                   (SELECT array_agg(v ORDER BY v) FROM (SELECT nextval(pg_get_serial_sequence('hazard', 'id')) AS v
                        FROM generate_series(1, \(hazardCount))) h)
            """).first else { throw StoreError.database("no ids returned") }
        let sessionIDs = try ids[0].decode([Int64].self)
        let fileIDs = try ids[1].decode([Int64].self)
        let hazardIDs = try ids[2].decode([Int64]?.self) ?? []
        for index in planned.indices {
            planned[index].session = sessionIDs[index]
            planned[index].file = fileIDs[index]
        }

        // The rows, table by table.
        let now = writer.now
        var enterpriseRows = PostgresCopyRows()
        for (code, e) in registering {
            enterpriseRows.text(code)
            enterpriseRows.text(e.name)
            enterpriseRows.text(e.township)
            enterpriseRows.text(e.industry)
            enterpriseRows.null()
            enterpriseRows.null()
            enterpriseRows.boolean(true)
            enterpriseRows.date(now)
            enterpriseRows.endRow()
        }
        var sessionRows = PostgresCopyRows(capacity: planned.count * 256)
        var answerRows = PostgresCopyRows(capacity: planned.count * 8192)
        var fileRows = PostgresCopyRows(capacity: planned.count * 256)
        var hazardRows = PostgresCopyRows(capacity: hazardCount * 512)
        var historyRows = PostgresCopyRows(capacity: hazardCount * 128)
        var nextHazard = 0
        for p in planned {
            let checklist = p.submission.checklist.checklist
            let document = p.submission.document
            let performer = document.performedBy
            let withdrawn = p.supersededBy != nil
            sessionRows.integer(p.session)
            sessionRows.uuid(GlobalID.make())
            sessionRows.text(SessionKind.selfCheck.rawValue)
            sessionRows.text(p.rows.code)
            sessionRows.text(checklist.id)
            sessionRows.text(checklist.version)
            sessionRows.text(p.submission.checklist.contentHash)
            sessionRows.text(document.profileID)
            sessionRows.text(p.rows.inspectors)
            sessionRows.text((withdrawn ? SessionStatus.superseded : SessionStatus.completed).rawValue)
            sessionRows.dateText(p.performedAt)
            sessionRows.dateText(p.performedAt)
            sessionRows.endRow()

            answerRows.integer(p.session)
            answerRows.text(performer)
            answerRows.dateText(p.performedAt)
            answerRows.utf8(p.rows.answers)
            answerRows.endRow()

            fileRows.integer(p.file)
            fileRows.uuid(GlobalID.make())
            fileRows.text(p.submission.contentHash)
            fileRows.text(p.submission.file)
            fileRows.integer(p.session)
            fileRows.text(p.rows.code)
            fileRows.text(checklist.id)
            fileRows.dateText(p.performedAt)
            fileRows.text(performer)
            fileRows.date(now)
            fileRows.integer(p.supersededBy.map { planned[$0].file })
            fileRows.endRow()

            for h in p.rows.hazards {
                let id = hazardIDs[nextHazard]
                nextHazard += 1
                // A later submission in the batch withdraws this one's hazards still open.
                if withdrawn && h.status == .open { continue }
                hazardRows.integer(id)
                hazardRows.uuid(GlobalID.make())
                hazardRows.integer(p.session)
                hazardRows.text(h.itemID)
                hazardRows.text(h.enterpriseCode)
                hazardRows.text(h.source.rawValue)
                hazardRows.text(h.severity.rawValue)
                hazardRows.text(h.layer.rawValue)
                hazardRows.text(h.itemTitle)
                hazardRows.text(h.description)
                hazardRows.text(h.basis)
                hazardRows.text(h.remedy)
                hazardRows.text(h.evidence.isEmpty ? "[]" : jsonText(h.evidence))
                hazardRows.text(h.status.rawValue)
                hazardRows.date(h.foundAt)
                hazardRows.date(h.deadline)
                hazardRows.text(h.fiveMeasures.responsible)
                hazardRows.text(h.fiveMeasures.measures)
                hazardRows.text(h.fiveMeasures.funds)
                hazardRows.text(h.fiveMeasures.timeLimit)
                hazardRows.text(h.fiveMeasures.plan)
                hazardRows.date(h.rectifiedAt)
                hazardRows.date(h.verifiedAt)
                hazardRows.text(h.verifiedBy)
                hazardRows.endRow()

                let change = HazardRules.creation(of: h, by: h.verifiedBy ?? performer)
                historyRows.uuid(GlobalID.make())
                historyRows.integer(id)
                historyRows.text(change.from?.rawValue)
                historyRows.text(change.to.rawValue)
                historyRows.text(change.by)
                historyRows.date(change.at)
                historyRows.text(change.note)
                historyRows.endRow()
            }
        }

        for checklist in newSnapshots {
            try await connection.run("""
                INSERT INTO checklist_snapshot (hash, checklist_id, version, content)
                VALUES (\(checklist.contentHash), \(checklist.checklist.id), \(checklist.checklist.version),
                        \(ByteBuffer(bytes: checklist.bytes)))
                ON CONFLICT (hash) DO NOTHING
                """)
        }
        try await connection.copy(enterpriseRows, into: "enterprise", columns: [
            "credit_code", "name", "township", "industry", "address", "contact", "code_valid", "registered_at",
        ])
        try await connection.copy(sessionRows, into: "session", columns: [
            "id", "uid", "kind", "enterprise_code", "checklist_id", "checklist_version", "checklist_hash", "profile_id",
            "inspectors", "status", "started_at", "completed_at",
        ])
        try await connection.copy(answerRows, into: "selfcheck_answers", columns: [
            "session_id", "recorded_by", "recorded_at", "answers",
        ])
        try await connection.copy(fileRows, into: "selfcheck_file", columns: [
            "id", "uid", "content_hash", "file_name", "session_id", "enterprise_code", "checklist_id", "performed_at",
            "performed_by", "imported_at", "superseded_by",
        ])
        try await connection.copy(hazardRows, into: "hazard", columns: [
            "id", "uid", "session_id", "item_id", "enterprise_code", "source", "severity", "layer", "item_title",
            "description", "basis", "remedy", "evidence", "status", "found_at", "deadline", "responsible", "measures",
            "funds", "time_limit", "plan", "rectified_at", "verified_at", "verified_by",
        ])
        try await connection.copy(historyRows, into: "hazard_history", columns: [
            "uid", "hazard_id", "from_status", "to_status", "changed_by", "changed_at", "note",
        ])

        // Stored submissions superseded by files of this batch: marked, and the hazards of the
        // one replaced that nobody has acted on yet (still open) withdrawn.
        var earlierFiles: [Int64] = []
        var supersedingFiles: [Int64] = []
        var earlierSessions: [Int64] = []
        var replacedSessions: [Int64] = []
        for p in planned where !p.storedEarlier.isEmpty {
            for earlier in p.storedEarlier {
                earlierFiles.append(earlier.file)
                supersedingFiles.append(p.file)
                earlierSessions.append(earlier.session)
            }
            replacedSessions.append(p.storedEarlier.last!.session)
        }
        if !earlierFiles.isEmpty {
            try await connection.run("""
                UPDATE selfcheck_file f SET superseded_by = u.by
                FROM unnest(\(earlierFiles)::bigint[], \(supersedingFiles)::bigint[]) AS u (id, by) WHERE f.id = u.id
                """)
            try await connection.run(
                "UPDATE session SET status = \(SessionStatus.superseded.rawValue) WHERE id = ANY(\(earlierSessions))")
            try await connection.run("""
                DELETE FROM hazard_history WHERE hazard_id IN (
                    SELECT id FROM hazard WHERE session_id = ANY(\(replacedSessions)) AND status = 'open')
                """)
            try await connection.run("DELETE FROM hazard WHERE session_id = ANY(\(replacedSessions)) AND status = 'open'")
        }

        return Self.outcomes(decisions, planned)
    }

    private static func outcomes(_ decisions: [Decision], _ planned: [Planned]) -> [SelfCheckStoreOutcome] {
        decisions.map { decision in
            switch decision {
            case .done(let outcome): return outcome
            case .duplicateOfPlanned(let index): return .duplicate(session: planned[index].session)
            case .planned(let index):
                let p = planned[index]
                if let earlier = p.batchEarlier { return .superseded(session: p.session, replaced: planned[earlier].session) }
                if let stored = p.storedEarlier.last { return .superseded(session: p.session, replaced: stored.session) }
                return .imported(session: p.session)
            }
        }
    }
}
