import CheckupCore
import Foundation
import GRDB
import GRDBSQLite

extension SQLiteStationStore {
    /// Registers `enterprises`, or updates those already registered (keeping their registration
    /// date, and the profile fields and legal representative a list leaves empty or has no column for), in one transaction: a township's list is stored whole or not at all, never the
    /// rows before a kill. One upsert prepared once and bound through the C API, where GRDB's
    /// arguments and a synchronous commit per row were the cost (docs/performance.md).
    public func saveEnterprises(_ enterprises: [Enterprise], now: Date) throws -> (added: Int, updated: Int) {
        try write { db in
            let before = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM enterprise") ?? 0
            let upsert = try EnterpriseUpsert(db)
            defer { upsert.finalize() }
            let registeredAt = DatabaseDateText.text(now)
            for enterprise in enterprises {
                try upsert.run(enterprise, registeredAt: registeredAt)
            }
            let after = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM enterprise") ?? 0
            // A list names each code once (EnterpriseCSV refuses repeats), so every row not added
            // updated one already registered.
            return (after - before, enterprises.count - (after - before))
        }
    }
}

/// The register's upsert as a raw SQLite statement, for `saveEnterprises`.
private struct EnterpriseUpsert {
    let connection: OpaquePointer
    let statement: OpaquePointer
    static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(_ db: Database) throws {
        guard let connection = db.sqliteConnection else { throw DatabaseError(resultCode: .SQLITE_MISUSE) }
        self.connection = connection
        var prepared: OpaquePointer?
        let code = sqlite3_prepare_v2(connection, """
            INSERT INTO enterprise (credit_code, name, township, industry, address, contact, code_valid, registered_at,
                risk_tags, standardisation, employees, grid, grid_member, legal_representative)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (credit_code) DO UPDATE SET name = excluded.name, township = excluded.township,
                industry = excluded.industry, address = excluded.address, contact = excluded.contact,
                code_valid = excluded.code_valid, risk_tags = coalesce(excluded.risk_tags, risk_tags),
                standardisation = coalesce(excluded.standardisation, standardisation),
                employees = coalesce(excluded.employees, employees), grid = coalesce(excluded.grid, grid),
                grid_member = coalesce(excluded.grid_member, grid_member),
                legal_representative = coalesce(excluded.legal_representative, legal_representative)
            """, -1, &prepared, nil)
        guard code == SQLITE_OK, let prepared else { throw Self.error(code, connection) }
        statement = prepared
    }

    static func error(_ code: Int32, _ connection: OpaquePointer) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)))
    }

    /// Binds `text` (whole, by its byte count) or NULL.
    private func bind(_ index: Int32, _ text: String?) {
        guard var text else {
            sqlite3_bind_null(statement, index)
            return
        }
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else {
                _ = sqlite3_bind_text(statement, index, "", 0, Self.transient)
                return
            }
            base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
                _ = sqlite3_bind_text(statement, index, chars, Int32(bytes.count), Self.transient)
            }
        }
    }

    func run(_ enterprise: Enterprise, registeredAt: String) throws {
        bind(1, enterprise.creditCode)
        bind(2, enterprise.name)
        bind(3, enterprise.township)
        bind(4, enterprise.industry)
        bind(5, enterprise.address)
        bind(6, enterprise.contact)
        sqlite3_bind_int64(statement, 7, enterprise.codeValid ? 1 : 0)
        bind(8, registeredAt)
        bind(9, enterprise.riskTags.map(EnterpriseRecord.tagsText))
        bind(10, enterprise.standardisation?.rawValue)
        if let employees = enterprise.employees {
            sqlite3_bind_int64(statement, 11, Int64(employees))
        } else {
            sqlite3_bind_null(statement, 11)
        }
        bind(12, enterprise.grid)
        bind(13, enterprise.gridMember)
        bind(14, enterprise.legalRepresentative)
        let code = sqlite3_step(statement)
        sqlite3_reset(statement)
        guard code == SQLITE_DONE else { throw Self.error(code, connection) }
    }

    func finalize() {
        sqlite3_finalize(statement)
    }
}
