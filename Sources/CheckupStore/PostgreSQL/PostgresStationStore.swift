import CheckupCore
import Foundation
import Logging
import PostgresNIO

/// A district's station database on a PostgreSQL server, shared by every station, township
/// office and the district bureau. Implements the same protocols as `SQLiteStationStore`, with
/// the same rules: each answer, hazard change and session completion is one transaction that
/// validates against the rows as stored, locked (`SELECT … FOR UPDATE`) so that concurrent
/// writers are serialized per session or hazard; one open session per enterprise, checklist and
/// kind is a partial unique index.
///
/// The protocols are synchronous; the store runs postgres-nio's async calls through
/// `PostgresBridge` (a detached task on its own executor, the caller waiting). One
/// `PostgresClient` (a connection pool) per store, its `run()` detached; `close()` (or deinit)
/// shuts it down.
public final class PostgresStationStore: SelfCheckStore, @unchecked Sendable {
    /// The server and database.
    public let url: PostgresURL
    let client: PostgresClient
    private let running: Task<Void, Never>
    private let closed = Unchecked(false)
    private let lock = NSLock()
    /// The stored content hashes' first 64 bits and when they were read (`storedHashPrefixes`).
    let hashPrefixes = Unchecked<(Set<UInt64>, Date)?>(nil)
    let hashPrefixesLock = NSLock()

    /// postgres-nio logs nothing of Checkup's to the terminal.
    static let logger = Logger(label: "checkup.postgres", factory: { _ in SwiftLogNoOpLogHandler() })

    /// Connects to `url`, applies the migrations this binary knows (refusing a database a newer
    /// Checkup migrated further), and keeps a pool of up to `connections` connections.
    public init(url: PostgresURL, connections: Int = 8) throws {
        self.url = url
        let tls = try Self.clientTLS(url)
        // One connection first: a server that cannot be reached or refuses us is reported at
        // once, where the pool would retry for 15 s; the migrations run on it.
        try Self.migrate(url: url)
        var configuration = PostgresClient.Configuration(host: url.host, port: url.port, username: url.user,
                                                         password: url.password, database: url.database, tls: tls)
        configuration.options.maximumConnections = max(1, connections)
        configuration.options.keepAliveBehavior = nil
        let client = PostgresClient(configuration: configuration, backgroundLogger: Self.logger)
        self.client = client
        running = PostgresBridge.start { await client.run() }
    }

    /// Opens the store named by a database argument (`postgresql://…`).
    public convenience init(_ argument: String) throws {
        try self.init(url: PostgresURL(argument))
    }

    deinit {
        close()
    }

    /// Closes the pool's connections (idempotent).
    public func close() {
        lock.lock()
        defer { lock.unlock() }
        if closed.value { return }
        closed.value = true
        running.cancel()
    }

    // MARK: Connecting

    static func clientTLS(_ url: PostgresURL) throws -> PostgresClient.Configuration.TLS {
        switch url.sslMode {
        case .disable: return .disable
        case .prefer, .require:
            var config = TLSConfiguration.makeClientConfiguration()
            config.certificateVerification = .none
            return url.sslMode == .prefer ? .prefer(config) : .require(config)
        case .verifyFull:
            return .require(.makeClientConfiguration())
        }
    }

    static func connectionTLS(_ url: PostgresURL) throws -> PostgresConnection.Configuration.TLS {
        do {
            switch url.sslMode {
            case .disable: return .disable
            case .prefer, .require:
                var config = TLSConfiguration.makeClientConfiguration()
                config.certificateVerification = .none
                let context = try NIOSSLContext(configuration: config)
                return url.sslMode == .prefer ? .prefer(context) : .require(context)
            case .verifyFull:
                return .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
            }
        } catch {
            throw PostgresStoreError.cannotConnect(server: url.display, cause: PostgresText.causeTLS.text("\(error)"))
        }
    }

    /// One connection of its own (not from the pool), for `body`; connection failures become
    /// `PostgresStoreError.cannotConnect` naming the server and the cause.
    static func withDirectConnection<T>(_ url: PostgresURL, _ body: @escaping (PostgresConnection) async throws -> T) throws -> T {
        let tls = try connectionTLS(url)
        return try PostgresBridge.wait {
            var configuration = PostgresConnection.Configuration(host: url.host, port: url.port, username: url.user,
                                                                 password: url.password, database: url.database, tls: tls)
            configuration.options.connectTimeout = .seconds(10)
            let connection: PostgresConnection
            do {
                connection = try await PostgresConnection.connect(configuration: configuration, id: 0, logger: logger)
            } catch {
                throw PostgresStoreError.cannotConnect(server: url.display, cause: cause(of: error, url: url))
            }
            do {
                let value = try await body(connection)
                try? await connection.close()
                return value
            } catch {
                try? await connection.close()
                throw error
            }
        }
    }

    /// A connection failure in a few words.
    static func cause(of error: any Error, url: PostgresURL) -> String {
        guard let error = error as? PSQLError else { return "\(error)" }
        if let state = error.serverInfo?[.sqlState] {
            switch state {
            case "28P01", "28000": return PostgresText.causeAuthentication.text(url.user)
            case "3D000": return PostgresText.causeNoDatabase.text(url.database)
            default: return error.serverInfo?[.message] ?? state
            }
        }
        switch error.code {
        case .sslUnsupported: return PostgresText.causeNoTLS.text()
        case .failedToAddSSLHandler: return PostgresText.causeTLS.text(error.underlying.map { "\($0)" } ?? "handshake")
        case .authMechanismRequiresPassword: return PostgresText.causeAuthentication.text(url.user)
        case .connectionError:
            if let underlying = error.underlying {
                let text = "\(underlying)"
                if text.contains("NIOSSL") || text.contains("certificate") || text.contains("handshake") {
                    return PostgresText.causeTLS.text(text)
                }
                if text.lowercased().contains("timeout") || text.contains("timedOut") {
                    return PostgresText.causeTimeout.text()
                }
            }
            return PostgresText.causeUnreachable.text()
        default:
            if let underlying = error.underlying {
                let text = "\(underlying)"
                if text.contains("NIOSSL") || text.contains("certificate") { return PostgresText.causeTLS.text(text) }
            }
            return PostgresText.causeUnreachable.text()
        }
    }

    /// Applies the migrations not yet applied, in one transaction under the advisory lock.
    static func migrate(url: PostgresURL) throws {
        try withDirectConnection(url) { connection in
            try await connection.run("BEGIN")
            do {
                try await connection.run("SELECT pg_advisory_xact_lock(\(PostgresMigrations.lockKey))")
                try await connection.run("""
                    CREATE TABLE IF NOT EXISTS checkup_migration (
                        name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())
                    """)
                let applied = Set(try await connection.rows("SELECT name FROM checkup_migration").map {
                    try $0[0].decode(String.self)
                })
                let known = Set(PostgresMigrations.all.map(\.name))
                let unknown = applied.subtracting(known).sorted()
                if !unknown.isEmpty {
                    throw StoreError.newerDatabase(path: url.display, migrations: unknown)
                }
                for migration in PostgresMigrations.all where !applied.contains(migration.name) {
                    for statement in migration.statements {
                        try await connection.run(PostgresQuery(unsafeSQL: statement))
                    }
                    try await connection.run("INSERT INTO checkup_migration (name) VALUES (\(migration.name))")
                }
                try await connection.run("COMMIT")
            } catch let error as PSQLError {
                try? await connection.run("ROLLBACK")
                // The server's own words (a role without CREATE, a full disk), not postgres-nio's
                // generic description.
                throw StoreError.cannotOpen(path: url.display,
                                            reason: error.serverInfo?[.message] ?? cause(of: error, url: url))
            } catch {
                try? await connection.run("ROLLBACK")
                throw error
            }
        }
    }

    // MARK: Running queries

    /// A database error as the store reports it; domain errors pass through.
    func failure(_ error: any Error) -> any Error {
        if error is PostgresConnectionClosed {
            return PostgresStoreError.connectionLost(server: url.display, cause: PostgresConnectionText.causeClosed.text())
        }
        guard let error = error as? PSQLError else { return error }
        if let state = error.serverInfo?[.sqlState] {
            // The server ending the session (shut down, restarted, an administrator's
            // command: class 57) or the connection failing (class 08) names the server.
            if state.hasPrefix("57") || state.hasPrefix("08") {
                return PostgresStoreError.connectionLost(server: url.display, cause: error.serverInfo?[.message] ?? state)
            }
            if let message = error.serverInfo?[.message] { return StoreError.database(message) }
        }
        switch error.code {
        case .serverClosedConnection, .uncleanShutdown:
            return PostgresStoreError.connectionLost(server: url.display, cause: PostgresConnectionText.causeClosed.text())
        case .connectionError:
            return PostgresStoreError.connectionLost(server: url.display, cause: Self.cause(of: error, url: url))
        default:
            return StoreError.database("\(url.display): " + Self.cause(of: error, url: url))
        }
    }

    /// Runs `body` on a connection of the pool.
    func withConnection<T>(_ body: @escaping (PostgresConnection) async throws -> T) throws -> T {
        let out = Unchecked<T?>(nil)
        do {
            try PostgresBridge.wait { () async throws -> Void in
                try await self.client.withConnection { connection in
                    out.value = try await body(connection)
                }
            }
        } catch {
            throw failure(error)
        }
        return out.value!
    }

    /// Runs `body` in one transaction (READ COMMITTED; writers lock the rows they validate
    /// against), committing when it returns and rolling back when it throws.
    func transaction<T>(_ body: @escaping (PostgresConnection) async throws -> T) throws -> T {
        try withConnection { connection in
            try await connection.run("BEGIN")
            do {
                let value = try await body(connection)
                try await connection.run("COMMIT")
                return value
            } catch {
                try? await connection.run("ROLLBACK")
                throw error
            }
        }
    }

    // MARK: Enterprises

    public func saveEnterprise(_ enterprise: Enterprise, update: Bool, now: Date) throws {
        let registered = PostgresDate.stored(now)
        let e = enterprise
        let tags = e.riskTags.map(EnterpriseRecord.tagsText)
        let employees = e.employees.map(Int64.init)
        try transaction { connection in
            if update {
                // As SQLite's: an update replaces every field, the profile included.
                try await connection.run("""
                    INSERT INTO enterprise (credit_code, name, township, industry, address, contact, code_valid, registered_at,
                                            risk_tags, standardisation, employees, grid, grid_member, legal_representative)
                    VALUES (\(e.creditCode), \(e.name), \(e.township), \(e.industry), \(e.address), \(e.contact),
                            \(e.codeValid), \(registered), \(tags), \(e.standardisation?.rawValue), \(employees),
                            \(e.grid), \(e.gridMember), \(e.legalRepresentative))
                    ON CONFLICT (credit_code) DO UPDATE SET name = excluded.name, township = excluded.township,
                        industry = excluded.industry, address = excluded.address, contact = excluded.contact,
                        code_valid = excluded.code_valid, risk_tags = excluded.risk_tags,
                        standardisation = excluded.standardisation, employees = excluded.employees,
                        grid = excluded.grid, grid_member = excluded.grid_member,
                        legal_representative = excluded.legal_representative
                    """)
            } else {
                let inserted = try await connection.rows("""
                    INSERT INTO enterprise (credit_code, name, township, industry, address, contact, code_valid, registered_at,
                                            risk_tags, standardisation, employees, grid, grid_member, legal_representative)
                    VALUES (\(e.creditCode), \(e.name), \(e.township), \(e.industry), \(e.address), \(e.contact),
                            \(e.codeValid), \(registered), \(tags), \(e.standardisation?.rawValue), \(employees),
                            \(e.grid), \(e.gridMember), \(e.legalRepresentative))
                    ON CONFLICT (credit_code) DO NOTHING RETURNING 1
                    """)
                if inserted.isEmpty { throw StoreError.enterpriseExists(e.creditCode) }
            }
        }
    }

    public func saveEnterprises(_ enterprises: [Enterprise], now: Date) throws -> (added: Int, updated: Int) {
        let registered = PostgresDate.stored(now)
        return try transaction { connection in
            var added = 0
            var start = 0
            // Many rows a statement: one round trip per 500 enterprises rather than per row.
            while start < enterprises.count {
                let end = min(start + 500, enterprises.count)
                var sql = """
                    INSERT INTO enterprise (credit_code, name, township, industry, address, contact, code_valid, registered_at,
                                            risk_tags, standardisation, employees, grid, grid_member,
                                            legal_representative) VALUES
                    """
                let columns = 13
                var binds = PostgresBindings(capacity: (end - start) * columns + 1)
                binds.append(registered)
                for (row, e) in enterprises[start..<end].enumerated() {
                    let base = row * columns + 1
                    let first = (1...7).map { "$\(base + $0)" }.joined(separator: ", ")
                    let profile = (8...13).map { "$\(base + $0)" }.joined(separator: ", ")
                    sql += (row == 0 ? " " : ", ") + "(\(first), $1, \(profile))"
                    binds.append(e.creditCode)
                    binds.append(e.name)
                    binds.append(e.township)
                    binds.append(e.industry)
                    binds.append(e.address)
                    binds.append(e.contact)
                    binds.append(e.codeValid)
                    binds.append(e.riskTags.map(EnterpriseRecord.tagsText))
                    binds.append(e.standardisation?.rawValue)
                    binds.append(e.employees.map(Int64.init))
                    binds.append(e.grid)
                    binds.append(e.gridMember)
                    binds.append(e.legalRepresentative)
                }
                // As SQLite's import: a profile cell the list leaves empty keeps what is registered.
                sql += """
                     ON CONFLICT (credit_code) DO UPDATE SET name = excluded.name, township = excluded.township,
                        industry = excluded.industry, address = excluded.address, contact = excluded.contact,
                        code_valid = excluded.code_valid,
                        risk_tags = coalesce(excluded.risk_tags, enterprise.risk_tags),
                        standardisation = coalesce(excluded.standardisation, enterprise.standardisation),
                        employees = coalesce(excluded.employees, enterprise.employees),
                        grid = coalesce(excluded.grid, enterprise.grid),
                        grid_member = coalesce(excluded.grid_member, enterprise.grid_member),
                        legal_representative = coalesce(excluded.legal_representative, enterprise.legal_representative)
                    RETURNING (xmax = 0)
                    """
                for row in try await connection.rows(PostgresQuery(unsafeSQL: sql, binds: binds))
                where try row[0].decode(Bool.self) {
                    added += 1
                }
                start = end
            }
            return (added, enterprises.count - added)
        }
    }

    public func enterprise(_ creditCode: String) throws -> Enterprise? {
        try withConnection { connection in
            try await connection.rows("""
                SELECT \(unescaped: Self.enterpriseColumns) FROM enterprise WHERE credit_code = \(creditCode)
                """).first.map(Self.enterprise(_:))
        }
    }

    public func enterprises(township: String?) throws -> [Enterprise] {
        try withConnection { connection in
            let rows: [PostgresRandomAccessRow]
            if let township {
                rows = try await connection.rows("""
                    SELECT \(unescaped: Self.enterpriseColumns) FROM enterprise WHERE township = \(township)
                    ORDER BY township, name
                    """)
            } else {
                rows = try await connection.rows(
                    "SELECT \(unescaped: Self.enterpriseColumns) FROM enterprise ORDER BY township, name")
            }
            return try rows.map(Self.enterprise(_:))
        }
    }

    static let enterpriseColumns = """
        credit_code, name, township, industry, address, contact, code_valid, risk_tags, standardisation, employees, \
        grid, grid_member, legal_representative
        """

    /// An enterprise of a row of `enterpriseColumns` (from column `at` on), refusing a risk tag
    /// or standardisation level this Checkup does not know, as SQLite's `EnterpriseRecord` does.
    static func enterprise(_ row: PostgresRandomAccessRow) throws -> Enterprise {
        try enterprise(row, at: 0)
    }

    static func enterprise(_ row: PostgresRandomAccessRow, at i: Int) throws -> Enterprise {
        let code = try row[i].decode(String.self)
        func corrupt(_ raw: String, _ column: String, _ allowed: [String]) -> StoreError {
            .corruptRow(table: "enterprise", row: code, column: column, problem: .unknownValue(raw, allowed: allowed))
        }
        let tagsText = try row[i + 7].decode(String?.self)
        if let tagsText {
            for name in tagsText.split(separator: " ") where RiskTag(rawValue: String(name)) == nil {
                throw corrupt(String(name), "risk_tags", RiskTag.allCases.map(\.rawValue))
            }
        }
        let standardisation = try row[i + 8].decode(String?.self)
        if let standardisation, StandardisationLevel(rawValue: standardisation) == nil {
            throw corrupt(standardisation, "standardisation", StandardisationLevel.allCases.map(\.rawValue))
        }
        return Enterprise(creditCode: code, name: try row[i + 1].decode(String.self),
                          township: try row[i + 2].decode(String.self), industry: try row[i + 3].decode(String?.self),
                          address: try row[i + 4].decode(String?.self), contact: try row[i + 5].decode(String?.self),
                          codeValid: try row[i + 6].decode(Bool.self), riskTags: EnterpriseRecord.tags(tagsText),
                          standardisation: standardisation.flatMap(StandardisationLevel.init(rawValue:)),
                          employees: try row[i + 9].decode(Int64?.self).map { Int($0) },
                          grid: try row[i + 10].decode(String?.self), gridMember: try row[i + 11].decode(String?.self),
                          legalRepresentative: try row[i + 12].decode(String?.self))
    }

    // MARK: Sessions

    public func createSession(_ new: NewSession) throws -> Session {
        try transaction { connection in
            guard try await !connection.rows("SELECT 1 FROM enterprise WHERE credit_code = \(new.enterpriseCode)").isEmpty else {
                throw SessionError.unknownEnterprise(new.enterpriseCode)
            }
            if let open = try await Self.openSessionID(new, connection) { throw StoreError.sessionAlreadyOpen(open) }
            let snapshot = new.snapshot
            try await connection.run("""
                INSERT INTO checklist_snapshot (hash, checklist_id, version, content)
                VALUES (\(snapshot.hash), \(snapshot.checklistID), \(snapshot.version), \(ByteBuffer(bytes: snapshot.content)))
                ON CONFLICT (hash) DO NOTHING
                """)
            // The partial unique index decides between concurrent starts: the loser's insert
            // waits for the winner's commit, then does nothing, and resumes the winner's session.
            let inserted = try await connection.rows("""
                INSERT INTO session (uid, kind, enterprise_code, checklist_id, checklist_version, checklist_hash, profile_id,
                                     inspectors, status, started_at, place, present_name, present_post)
                VALUES (\(GlobalID.make()), \(new.kind.rawValue), \(new.enterpriseCode), \(snapshot.checklistID),
                        \(snapshot.version), \(snapshot.hash), \(new.profileID), \(jsonText(new.inspectors)),
                        \(SessionStatus.open.rawValue), \(PostgresDate.stored(new.startedAt)), \(new.place),
                        \(new.present?.name), \(new.present?.post))
                ON CONFLICT (enterprise_code, checklist_id, kind) WHERE status = 'open' DO NOTHING
                RETURNING \(unescaped: Self.sessionColumns)
                """)
            guard let row = inserted.first else {
                throw StoreError.sessionAlreadyOpen(try await Self.openSessionID(new, connection) ?? 0)
            }
            return try Self.session(row)
        }
    }

    static func openSessionID(_ new: NewSession, _ connection: PostgresConnection) async throws -> Int64? {
        try await connection.rows("""
            SELECT id FROM session WHERE enterprise_code = \(new.enterpriseCode) AND checklist_id = \(new.snapshot.checklistID)
            AND kind = \(new.kind.rawValue) AND status = 'open' ORDER BY started_at DESC, id DESC LIMIT 1
            """).first.map { try $0[0].decode(Int64.self) }
    }

    static let sessionColumns = """
        id, kind, enterprise_code, checklist_id, checklist_version, checklist_hash, profile_id, inspectors, status, \
        started_at, completed_at, place, present_name, present_post
        """

    static func session(_ row: PostgresRandomAccessRow) throws -> Session {
        let record = SessionRecord(
            id: try row[0].decode(Int64.self), kind: try row[1].decode(String.self),
            enterpriseCode: try row[2].decode(String.self), checklistID: try row[3].decode(String.self),
            checklistVersion: try row[4].decode(String.self), checklistHash: try row[5].decode(String.self),
            profileID: try row[6].decode(String?.self), inspectors: try row[7].decode(String.self),
            status: try row[8].decode(String.self), startedAt: PostgresDate.read(try row[9].decode(Date.self)),
            completedAt: try row[10].decode(Date?.self).map(PostgresDate.read),
            place: try row[11].decode(String?.self), presentName: try row[12].decode(String?.self),
            presentPost: try row[13].decode(String?.self))
        return try record.value()
    }

    public func session(_ id: Int64) throws -> Session? {
        try withConnection { connection in
            try await connection.rows("SELECT \(unescaped: Self.sessionColumns) FROM session WHERE id = \(id)")
                .first.map(Self.session(_:))
        }
    }

    public func sessions(enterprise: String?, checklistID: String?, kind: SessionKind?,
                         status: SessionStatus?) throws -> [Session] {
        var conditions: [String] = []
        var binds = PostgresBindings()
        func condition(_ column: String, _ value: String?) {
            guard let value else { return }
            binds.append(value)
            conditions.append("\(column) = $\(binds.count)")
        }
        condition("enterprise_code", enterprise)
        condition("checklist_id", checklistID)
        condition("kind", kind?.rawValue)
        condition("status", status?.rawValue)
        let sql = "SELECT \(Self.sessionColumns) FROM session"
            + (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "))
            + " ORDER BY started_at DESC, id DESC"
        let query = PostgresQuery(unsafeSQL: sql, binds: binds)
        return try withConnection { connection in try await connection.rows(query).map(Self.session(_:)) }
    }

    public func snapshot(hash: String) throws -> ChecklistSnapshot? {
        try withConnection { connection in
            try await connection.rows("SELECT hash, checklist_id, version, content FROM checklist_snapshot WHERE hash = \(hash)")
                .first.map { row in
                    var content = try row[3].decode(ByteBuffer.self)
                    return ChecklistSnapshot(hash: try row[0].decode(String.self), checklistID: try row[1].decode(String.self),
                                             version: try row[2].decode(String.self),
                                             content: content.readBytes(length: content.readableBytes) ?? [])
                }
        }
    }

    public func findings(session: Int64) throws -> [Finding] {
        try withConnection { connection in try await Self.findings(session: session, connection) }
    }

    static let findingColumns =
        "session_id, item_id, result, note, major, fixed_on_site, evidence, recorded_by, recorded_at, seq, place"

    /// A session's `finding` rows in the order first given, or the answers of an imported
    /// self-check (`selfcheck_answers`), as the SQLite store reads them.
    static func findings(session: Int64, _ connection: PostgresConnection) async throws -> [Finding] {
        let rows = try await connection.rows("""
            SELECT \(unescaped: findingColumns) FROM finding WHERE session_id = \(session) ORDER BY seq
            """)
        if !rows.isEmpty {
            return try rows.map(finding(_:))
        }
        guard let row = try await connection.rows("""
            SELECT recorded_by, recorded_at, answers FROM selfcheck_answers WHERE session_id = \(session)
            """).first else { return [] }
        return try SelfCheckAnswers.findings(try row[2].decode(String.self), session: session,
                                             recordedBy: try row[0].decode(String.self),
                                             recordedAt: PostgresDate.read(try row[1].decode(Date.self)))
    }

    /// A finding of a row of `findingColumns`.
    static func finding(_ row: PostgresRandomAccessRow) throws -> Finding {
        let session = try row[0].decode(Int64.self)
        let result = try row[2].decode(String.self)
        guard ItemResult(rawValue: result) != nil else {
            throw StoreError.corruptRow(table: "finding", row: "\(session), \(try row[1].decode(String.self))",
                                        column: "result",
                                        problem: .unknownValue(result, allowed: ItemResult.allCases.map(\.rawValue)))
        }
        return FindingRecord(sessionID: session, itemID: try row[1].decode(String.self),
                             result: result, note: try row[3].decode(String?.self),
                             major: try row[4].decode(Bool.self), fixedOnSite: try row[5].decode(Bool.self),
                             evidence: try row[6].decode(String.self), recordedBy: try row[7].decode(String.self),
                             recordedAt: PostgresDate.read(try row[8].decode(Date.self)),
                             seq: try row[9].decode(Int64.self), place: try row[10].decode(String?.self)).value()
    }

    public func history(session: Int64) throws -> [FindingChange] {
        try withConnection { connection in
            try await connection.rows("""
                SELECT item_id, old_result, new_result, old_note, new_note, changed_by, changed_at
                FROM finding_history WHERE session_id = \(session) ORDER BY id
                """).map { row in
                    FindingChange(itemID: try row[0].decode(String.self),
                                  oldResult: try row[1].decode(String?.self).flatMap(ItemResult.init(rawValue:)),
                                  newResult: ItemResult(rawValue: try row[2].decode(String.self)) ?? .unchecked,
                                  oldNote: try row[3].decode(String?.self), newNote: try row[4].decode(String?.self),
                                  changedBy: try row[5].decode(String.self),
                                  changedAt: PostgresDate.read(try row[6].decode(Date.self)))
                }
        }
    }

    public func record(_ answer: Answer, session id: Int64, by: String, at: Date,
                       validate: (Session) throws -> Void) throws -> FindingChange {
        try withoutActuallyEscaping(validate) { validate in
            let check = Unchecked<((Session) throws -> Void)?>(validate)
            // Released before `withoutActuallyEscaping` returns (the finished task may outlive it).
            defer { check.value = nil }
            return try transaction { connection in
                // The session row locked: answers to one session are stored one after another,
                // each validated against the session as the one before left it.
                guard let row = try await connection.rows(
                    "SELECT \(unescaped: Self.sessionColumns) FROM session WHERE id = \(id) FOR UPDATE").first else {
                    throw SessionError.unknownSession(id)
                }
                try check.value!(try Self.session(row))
                let when = PostgresDate.stored(at)
                for ref in answer.evidence {
                    try await connection.run("""
                        INSERT INTO evidence (sha256, size, first_name, stored_at)
                        VALUES (\(ref.sha256), \(ref.size), \(ref.originalName), \(when)) ON CONFLICT (sha256) DO NOTHING
                        """)
                }
                let previous = try await connection.rows("""
                    SELECT result, note, seq FROM finding WHERE session_id = \(id) AND item_id = \(answer.itemID)
                    """).first
                let oldResult = try previous?[0].decode(String.self)
                let oldNote = try previous?[1].decode(String?.self) ?? nil
                let seq: Int64
                if let previous {
                    seq = try previous[2].decode(Int64.self)
                } else {
                    seq = try await connection.rows(
                        "SELECT COALESCE(MAX(seq), 0) + 1 FROM finding WHERE session_id = \(id)").first?[0].decode(Int64.self) ?? 1
                }
                try await connection.run("""
                    INSERT INTO finding (session_id, item_id, result, note, major, fixed_on_site, evidence, recorded_by,
                                         recorded_at, seq, place)
                    VALUES (\(id), \(answer.itemID), \(answer.result.rawValue), \(answer.note), \(answer.major),
                            \(answer.fixedOnSite), \(jsonText(answer.evidence)), \(by), \(when), \(seq),
                            \(answer.result == .fail ? answer.place : nil))
                    ON CONFLICT (session_id, item_id) DO UPDATE SET result = excluded.result, note = excluded.note,
                        major = excluded.major, fixed_on_site = excluded.fixed_on_site, evidence = excluded.evidence,
                        recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at, place = excluded.place
                    """)
                try await connection.run("""
                    INSERT INTO finding_history (uid, session_id, item_id, old_result, new_result, old_note, new_note,
                                                 changed_by, changed_at)
                    VALUES (\(GlobalID.make()), \(id), \(answer.itemID), \(oldResult), \(answer.result.rawValue), \(oldNote),
                            \(answer.note), \(by), \(when))
                    """)
                return FindingChange(itemID: answer.itemID, oldResult: oldResult.flatMap(ItemResult.init(rawValue:)),
                                     newResult: answer.result, oldNote: oldNote, newNote: answer.note, changedBy: by,
                                     changedAt: PostgresDate.read(when))
            }
        }
    }
}

/// Dates as both stores keep them: to the millisecond, as SQLite's text `yyyy-MM-dd
/// HH:mm:ss.SSS` holds them, so that a date read back from either store is the same `Date`
/// (reports must be byte-identical on both).
enum PostgresDate {
    /// `date` as the SQLite store would read it back (what is bound; the column, `timestamptz(3)`,
    /// rounds the bound microseconds to those milliseconds).
    static func stored(_ date: Date) -> Date {
        var text = DatabaseDateText.text(date)
        return text.withUTF8 { DatabaseDateText.parse(UnsafeRawBufferPointer($0)) } ?? date
    }

    /// A date read from a `timestamptz(3)` column, rebuilt from its milliseconds exactly as
    /// `DatabaseDateText.parse` builds one.
    static func read(_ date: Date) -> Date {
        let millis = (date.timeIntervalSince1970 * 1000).rounded()
        let seconds = (millis / 1000).rounded(.down)
        let fraction = Int64(millis - seconds * 1000)
        return Date(timeIntervalSinceReferenceDate: (seconds - 978_307_200) + Double(fraction * 1_000_000) / 1_000_000_000)
    }
}

extension PostgresConnection {
    /// Runs `query`, reading and discarding any rows (errors surface here, not later).
    func run(_ query: PostgresQuery) async throws {
        for try await _ in try await self.query(query, logger: PostgresStationStore.logger) {}
    }

    /// Every row of `query`.
    func rows(_ query: PostgresQuery) async throws -> [PostgresRandomAccessRow] {
        var rows: [PostgresRandomAccessRow] = []
        for try await row in try await self.query(query, logger: PostgresStationStore.logger) {
            rows.append(row.makeRandomAccess())
        }
        return rows
    }
}
