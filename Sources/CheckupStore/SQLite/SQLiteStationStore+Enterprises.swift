import CheckupCore
import Foundation
import GRDB

extension SQLiteStationStore {
    /// Registers `enterprises`, or updates those already registered (keeping their registration
    /// date), in one transaction: a township's list is stored whole or not at all — a list
    /// killed part-way used to keep the rows before the kill (7,287 of 50,000). One prepared
    /// upsert for every row; a transaction per row (each a synchronous commit) ran at about
    /// 1,400 rows/s.
    public func saveEnterprises(_ enterprises: [Enterprise], now: Date) throws -> (added: Int, updated: Int) {
        try write { db in
            let before = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM enterprise") ?? 0
            let upsert = try db.makeStatement(sql: """
                INSERT INTO enterprise (credit_code, name, township, industry, address, contact, code_valid, registered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (credit_code) DO UPDATE SET name = excluded.name, township = excluded.township,
                    industry = excluded.industry, address = excluded.address, contact = excluded.contact,
                    code_valid = excluded.code_valid
                """)
            let registeredAt = DatabaseDateText.text(now)
            for enterprise in enterprises {
                try upsert.execute(arguments: [
                    enterprise.creditCode, enterprise.name, enterprise.township, enterprise.industry, enterprise.address,
                    enterprise.contact, enterprise.codeValid, registeredAt,
                ])
            }
            let after = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM enterprise") ?? 0
            // A list names each code once (EnterpriseCSV refuses repeats), so every row not added
            // updated one already registered.
            return (after - before, enterprises.count - (after - before))
        }
    }
}
