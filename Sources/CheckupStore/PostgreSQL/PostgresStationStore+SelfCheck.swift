import CheckupCore
import Foundation
import PostgresNIO

extension PostgresStationStore {
    public func selfCheckHashLookup() throws -> any SelfCheckHashLookup {
        PostgresHashLookup(store: self, stored: try storedHashPrefixes())
    }

    /// The first 64 bits of every stored content hash (8 bytes a stored file), so that the
    /// readers ask the server only about the files that may be duplicates instead of about every
    /// file. Read once for the lookups an import makes for its threads at its start (those made
    /// within two seconds share one read), again for a later import.
    func storedHashPrefixes() throws -> Set<UInt64> {
        hashPrefixesLock.lock()
        defer { hashPrefixesLock.unlock() }
        if let (known, read) = hashPrefixes.value, Date().timeIntervalSince(read) < 2 { return known }
        let known = try withConnection { connection in
            var prefixes = Set<UInt64>()
            for try await row in try await connection.query("SELECT left(content_hash, 16) FROM selfcheck_file",
                                                            logger: Self.logger) {
                if let prefix = PostgresHashLookup.prefix(try row.decode(String.self)) { prefixes.insert(prefix) }
            }
            return prefixes
        }
        hashPrefixes.value = (known, Date())
        return known
    }

    public func storeSelfChecks(register: Bool, now: Date, batchFiles: Int, batchSeconds: TimeInterval,
                                next: () throws -> SelfCheckSubmission?,
                                committed: ([SelfCheckStoreOutcome]) throws -> Void) throws {
        try withoutActuallyEscaping(next) { next in
            try withoutActuallyEscaping(committed) { committed in
                let source = Unchecked<(() throws -> SelfCheckSubmission?)?>(next)
                let report = Unchecked<(([SelfCheckStoreOutcome]) throws -> Void)?>(committed)
                // The caller's closures are used only under `gate`, and dropped under it before
                // this returns: when the server goes away, `untilClosed` gives up on the work
                // task while it may still be inside `next()` (waiting for the readers), and the
                // closures must not outlive this call (withoutActuallyEscaping traps if they do).
                let gate = NSLock()
                defer {
                    gate.lock()
                    source.value = nil
                    report.value = nil
                    gate.unlock()
                }
                func nextSubmission() throws -> SelfCheckSubmission? {
                    gate.lock()
                    defer { gate.unlock() }
                    guard let next = source.value else { throw CancellationError() }
                    return try next()
                }
                func reportCommitted(_ outcomes: [SelfCheckStoreOutcome]) throws {
                    gate.lock()
                    defer { gate.unlock() }
                    guard let committed = report.value else { throw CancellationError() }
                    try committed(outcomes)
                }
                try withConnection { connection in try await connection.untilClosed {
                    // A batch is gathered first (as many files as the SQLite store commits at once,
                    // or what arrives within its time), then stored with COPY in one transaction.
                    var copier = PostgresSelfCheckCopier(connection: connection, register: register,
                                                         now: PostgresDate.stored(now))
                    var finished = false
                    while !finished {
                        var batch: [SelfCheckSubmission] = []
                        let started = Date()
                        while batch.count < max(1, batchFiles) {
                            guard let submission = try nextSubmission() else {
                                finished = true
                                break
                            }
                            batch.append(submission)
                            if Date().timeIntervalSince(started) >= batchSeconds { break }
                        }
                        if batch.isEmpty { break }
                        try await connection.run("BEGIN")
                        let outcomes: [SelfCheckStoreOutcome]
                        do {
                            outcomes = try await copier.store(batch)
                            try await connection.run("COMMIT")
                        } catch {
                            try? await connection.run("ROLLBACK")
                            throw error
                        }
                        copier.writer.committed()
                        try reportCommitted(outcomes)
                    }
                } }
            }
        }
    }

    public func selfCheckFiles(enterprise: String?) throws -> [SelfCheckFileInfo] {
        let columns = """
            id, content_hash, file_name, session_id, enterprise_code, checklist_id, performed_at, performed_by, \
            imported_at, superseded_by
            """
        return try withConnection { connection in
            let rows: [PostgresRandomAccessRow]
            if let enterprise {
                rows = try await connection.rows(
                    "SELECT \(unescaped: columns) FROM selfcheck_file WHERE enterprise_code = \(enterprise) ORDER BY id")
            } else {
                rows = try await connection.rows("SELECT \(unescaped: columns) FROM selfcheck_file ORDER BY id")
            }
            return try rows.map { row in
                SelfCheckFileInfo(id: try row[0].decode(Int64.self), contentHash: try row[1].decode(String.self),
                                  fileName: try row[2].decode(String.self), sessionID: try row[3].decode(Int64.self),
                                  enterpriseCode: try row[4].decode(String.self), checklistID: try row[5].decode(String.self),
                                  performedAt: PostgresDate.read(try row[6].decode(Date.self)),
                                  performedBy: try row[7].decode(String.self),
                                  importedAt: PostgresDate.read(try row[8].decode(Date.self)),
                                  supersededBy: try row[9].decode(Int64?.self))
            }
        }
    }
}

/// Finds imported content hashes through the store's pool: one query for each hash whose first
/// 64 bits are among those stored when the import began (`stored`), none for the others. A file
/// stored since (by another station, or earlier in this import) is found by the writer, which
/// checks every hash again inside its transaction.
struct PostgresHashLookup: SelfCheckHashLookup {
    let store: PostgresStationStore
    let stored: Set<UInt64>

    /// The first 64 bits of a lowercase hex SHA-256, or nil if it is not one.
    static func prefix(_ hash: some StringProtocol) -> UInt64? {
        guard hash.utf8.count >= 16 else { return nil }
        return UInt64(hash.prefix(16), radix: 16)
    }

    func session(contentHash: String) throws -> Int64? {
        if let prefix = Self.prefix(contentHash), !stored.contains(prefix) { return nil }
        return try store.withConnection { connection in
            try await connection.rows("SELECT session_id FROM selfcheck_file WHERE content_hash = \(contentHash)")
                .first.map { try $0[0].decode(Int64.self) }
        }
    }
}

/// Stores self-checks inside an open transaction, each file in its own savepoint, with the same
/// rows and rules as the SQLite store's `SelfCheckBatchWriter`.
struct PostgresSelfCheckWriter {
    let connection: PostgresConnection
    let register: Bool
    let now: Date
    /// Register entries looked up (nil: looked up, not registered).
    var enterprises: [String: Enterprise?] = [:]
    /// Whether every item of a checklist applies to an industry, by checklist hash and industry.
    var industryFree: [String: Bool] = [:]
    var snapshots: Set<String> = []
    var snapshotsInBatch: Set<String> = []

    init(connection: PostgresConnection, register: Bool, now: Date) {
        self.connection = connection
        self.register = register
        self.now = now
    }

    mutating func committed() {
        snapshots.formUnion(snapshotsInBatch)
        snapshotsInBatch = []
    }

    mutating func enterprise(_ code: String) async throws -> Enterprise? {
        if let known = enterprises[code] { return known }
        let found = try await connection.rows(
            "SELECT \(unescaped: PostgresStationStore.enterpriseColumns) FROM enterprise WHERE credit_code = \(code)")
            .first.map(PostgresStationStore.enterprise(_:))
        enterprises[code] = .some(found)
        return found
    }

    mutating func allItemsApply(_ submission: SelfCheckSubmission, industry: String?) -> Bool {
        guard let industry, !industry.isEmpty else { return true }
        let key = submission.checklist.contentHash + "\u{0}" + industry
        if let known = industryFree[key] { return known }
        let free = submission.index.checklist.items.allSatisfy { $0.applies(toIndustry: industry) }
        industryFree[key] = free
        return free
    }

    /// Stores one submission in a savepoint, or says why not.
    mutating func store(_ submission: SelfCheckSubmission) async throws -> SelfCheckStoreOutcome {
        if let session = try await connection.rows(
            "SELECT session_id FROM selfcheck_file WHERE content_hash = \(submission.contentHash)").first {
            return .duplicate(session: try session[0].decode(Int64.self))
        }
        let document = submission.document
        let rows = submission.rows
            ?? SelfCheckRows(document: document, performedAt: submission.performedAt, checklist: submission.checklist,
                             index: submission.index)
        let code = rows.code
        var registering: Enterprise?
        let enterprise: Enterprise
        if let found = try await self.enterprise(code) {
            enterprise = found
        } else {
            guard register else { return .refused(.unregistered, submission) }
            enterprise = document.enterprise.registerEntry
            registering = enterprise
        }
        if !allItemsApply(submission, industry: enterprise.industry),
           !SelfCheckRules.allResultsApply(document, checklist: submission.index, industry: enterprise.industry) {
            return .refused(.notForIndustry(enterprise.industry ?? ""), submission)
        }
        let snapshotHash = submission.checklist.contentHash
        let outcome: SelfCheckStoreOutcome
        try await connection.run("SAVEPOINT selfcheck_file")
        do {
            outcome = try await write(submission, rows: rows, registering: registering, snapshotHash: snapshotHash)
            try await connection.run("RELEASE SAVEPOINT selfcheck_file")
        } catch let error as PSQLError {
            // Whatever went wrong with this file's rows costs this file only.
            try await connection.run("ROLLBACK TO SAVEPOINT selfcheck_file")
            try await connection.run("RELEASE SAVEPOINT selfcheck_file")
            return .refused(.notStored(reason: error.serverInfo?[.message] ?? "\(error.code)"), submission)
        }
        if let registering { enterprises[code] = .some(registering) }
        if !snapshots.contains(snapshotHash) { snapshotsInBatch.insert(snapshotHash) }
        return outcome
    }

    private mutating func write(_ submission: SelfCheckSubmission, rows: SelfCheckRows, registering: Enterprise?,
                                snapshotHash: String) async throws -> SelfCheckStoreOutcome {
        let document = submission.document
        let code = rows.code
        let checklist = submission.checklist.checklist
        if let entry = registering {
            try await connection.run("""
                INSERT INTO enterprise (credit_code, name, township, industry, address, contact, code_valid, registered_at)
                VALUES (\(code), \(entry.name), \(entry.township), \(entry.industry), NULL, NULL, true, \(now))
                """)
        }
        if !snapshots.contains(snapshotHash) && !snapshotsInBatch.contains(snapshotHash) {
            try await connection.run("""
                INSERT INTO checklist_snapshot (hash, checklist_id, version, content)
                VALUES (\(snapshotHash), \(checklist.id), \(checklist.version), \(ByteBuffer(bytes: submission.checklist.bytes)))
                ON CONFLICT (hash) DO NOTHING
                """)
        }
        let performedAt = PostgresDate.stored(submission.performedAt)
        let performer = document.performedBy
        // The session, its answers and the ledger row in one statement (one round trip), with
        // the earlier submission it may supersede read from the statement's snapshot, before its
        // own row exists — as the SQLite writer reads it before inserting.
        let answers = String(decoding: rows.answers, as: UTF8.self)
        guard let stored = try await connection.rows("""
            WITH earlier AS (
                SELECT id, session_id FROM selfcheck_file
                WHERE enterprise_code = \(code) AND checklist_id = \(checklist.id) AND performed_at = \(performedAt)
                  AND superseded_by IS NULL),
            s AS (
                INSERT INTO session (uid, kind, enterprise_code, checklist_id, checklist_version, checklist_hash,
                                     profile_id, inspectors, status, started_at, completed_at)
                VALUES (\(GlobalID.make()), \(SessionKind.selfCheck.rawValue), \(code), \(checklist.id),
                        \(checklist.version), \(snapshotHash), \(document.profileID), \(rows.inspectors),
                        \(SessionStatus.completed.rawValue), \(performedAt), \(performedAt))
                RETURNING id),
            a AS (
                INSERT INTO selfcheck_answers (session_id, recorded_by, recorded_at, answers)
                SELECT id, \(performer), \(performedAt), \(answers) FROM s),
            f AS (
                INSERT INTO selfcheck_file (uid, content_hash, file_name, session_id, enterprise_code, checklist_id,
                                            performed_at, performed_by, imported_at)
                SELECT \(GlobalID.make()), \(submission.contentHash), \(submission.file), s.id, \(code), \(checklist.id),
                       \(performedAt), \(performer), \(now) FROM s
                RETURNING id)
            SELECT s.id, f.id, (SELECT array_agg(id ORDER BY id) FROM earlier),
                   (SELECT array_agg(session_id ORDER BY id) FROM earlier)
            FROM s, f
            """).first else { throw StoreError.database("no session id returned") }
        let session = try stored[0].decode(Int64.self)
        let file = try stored[1].decode(Int64.self)
        let earlierFiles = try stored[2].decode([Int64]?.self) ?? []
        let earlierSessions = try stored[3].decode([Int64]?.self) ?? []
        let earlier = Array(zip(earlierFiles, earlierSessions))
        var replaced: Int64?
        for (earlierFile, earlierSession) in earlier {
            try await connection.run("UPDATE selfcheck_file SET superseded_by = \(file) WHERE id = \(earlierFile)")
            try await connection.run(
                "UPDATE session SET status = \(SessionStatus.superseded.rawValue) WHERE id = \(earlierSession)")
            replaced = earlierSession
        }
        // A corrected resubmission withdraws the replaced submission's hazards nobody has acted
        // on yet (still open); the new one creates its own.
        if let replaced {
            try await connection.run("""
                DELETE FROM hazard_history WHERE hazard_id IN (SELECT id FROM hazard WHERE session_id = \(replaced) AND status = 'open')
                """)
            try await connection.run("DELETE FROM hazard WHERE session_id = \(replaced) AND status = 'open'")
        }
        try await insertHazards(rows.hazards, by: performer, session: session)
        if let replaced { return .superseded(session: session, replaced: replaced) }
        return .imported(session: session)
    }

    /// A file's hazards and their creation history in one statement (a multi-row INSERT, its
    /// RETURNING joined to the history rows).
    private func insertHazards(_ hazards: [Hazard], by: String, session: Int64) async throws {
        guard !hazards.isEmpty else { return }
        var sql = """
            INSERT INTO hazard (uid, session_id, item_id, enterprise_code, source, severity, layer, item_title, description,
                basis, remedy, evidence, status, found_at, deadline, responsible, measures, funds, time_limit, plan,
                rectified_at, verified_at, verified_by) VALUES
            """
        var binds = PostgresBindings(capacity: hazards.count * 22 + 1)
        binds.append(session)
        for (row, h) in hazards.enumerated() {
            let base = binds.count
            sql += (row == 0 ? " (" : ", (") + "$\(base + 1), $1"
            for offset in 2...22 { sql += ", $\(base + offset)" }
            sql += ")"
            binds.append(GlobalID.make())
            binds.append(h.itemID)
            binds.append(h.enterpriseCode)
            binds.append(h.source.rawValue)
            binds.append(h.severity.rawValue)
            binds.append(h.layer.rawValue)
            binds.append(h.itemTitle)
            binds.append(h.description)
            binds.append(h.basis)
            binds.append(h.remedy)
            binds.append(h.evidence.isEmpty ? "[]" : jsonText(h.evidence))
            binds.append(h.status.rawValue)
            binds.append(PostgresDate.stored(h.foundAt))
            binds.append(PostgresDate.stored(h.deadline))
            binds.append(h.fiveMeasures.responsible)
            binds.append(h.fiveMeasures.measures)
            binds.append(h.fiveMeasures.funds)
            binds.append(h.fiveMeasures.timeLimit)
            binds.append(h.fiveMeasures.plan)
            binds.append(h.rectifiedAt.map(PostgresDate.stored))
            binds.append(h.verifiedAt.map(PostgresDate.stored))
            binds.append(h.verifiedBy)
        }
        // Their creation history in the same statement, matched by item (one hazard per item of
        // a session).
        sql = "WITH h AS (" + sql + " RETURNING id, item_id) "
            + "INSERT INTO hazard_history (uid, hazard_id, from_status, to_status, changed_by, changed_at, note) "
            + "SELECT v.uid, h.id, v.from_status, v.to_status, v.changed_by, v.changed_at, v.note FROM h JOIN (VALUES "
        for (row, h) in hazards.enumerated() {
            let change = HazardRules.creation(of: h, by: h.verifiedBy ?? by)
            let base = binds.count
            sql += (row == 0 ? "(" : ", (") + (1...7).map { "$\(base + $0)" }.joined(separator: ", ") + ")"
            binds.append(h.itemID)
            binds.append(GlobalID.make())
            binds.append(change.from?.rawValue)
            binds.append(change.to.rawValue)
            binds.append(change.by)
            binds.append(PostgresDate.stored(change.at))
            binds.append(change.note)
        }
        sql += ") AS v (item_id, uid, from_status, to_status, changed_by, changed_at, note) ON v.item_id = h.item_id"
        try await connection.run(PostgresQuery(unsafeSQL: sql, binds: binds))
    }
}
