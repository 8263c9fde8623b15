import GRDB

/// The station database's schema history. Migrations are named and never edited once shipped:
/// a change is a new migration appended here.
enum StationMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-register-and-sessions") { db in
            try db.create(table: "enterprise") { t in
                t.primaryKey("credit_code", .text)
                t.column("name", .text).notNull()
                t.column("township", .text).notNull().indexed()
                t.column("industry", .text)
                t.column("address", .text)
                t.column("contact", .text)
                t.column("code_valid", .boolean).notNull().defaults(to: true)
                t.column("registered_at", .datetime).notNull()
            }
            try db.create(table: "checklist_snapshot") { t in
                t.primaryKey("hash", .text)
                t.column("checklist_id", .text).notNull()
                t.column("version", .text).notNull()
                t.column("content", .blob).notNull()
            }
            try db.create(table: "session") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("kind", .text).notNull()
                t.column("enterprise_code", .text).notNull().references("enterprise")
                t.column("checklist_id", .text).notNull()
                t.column("checklist_version", .text).notNull()
                t.column("checklist_hash", .text).notNull().references("checklist_snapshot")
                t.column("profile_id", .text)
                t.column("inspectors", .text).notNull()
                t.column("status", .text).notNull()
                t.column("started_at", .datetime).notNull()
                t.column("completed_at", .datetime)
            }
            try db.create(index: "session_by_enterprise", on: "session",
                          columns: ["enterprise_code", "checklist_id", "status"])
            try db.create(table: "finding") { t in
                t.column("session_id", .integer).notNull().references("session", onDelete: .cascade)
                t.column("item_id", .text).notNull()
                t.column("result", .text).notNull()
                t.column("note", .text)
                t.column("major", .boolean).notNull()
                t.column("fixed_on_site", .boolean).notNull()
                t.column("evidence", .text).notNull()
                t.column("recorded_by", .text).notNull()
                t.column("recorded_at", .datetime).notNull()
                t.column("seq", .integer).notNull()
                t.primaryKey(["session_id", "item_id"])
            }
            try db.create(table: "finding_history") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("session_id", .integer).notNull().references("session", onDelete: .cascade).indexed()
                t.column("item_id", .text).notNull()
                t.column("old_result", .text)
                t.column("new_result", .text).notNull()
                t.column("old_note", .text)
                t.column("new_note", .text)
                t.column("changed_by", .text).notNull()
                t.column("changed_at", .datetime).notNull()
            }
            try db.create(table: "evidence") { t in
                t.primaryKey("sha256", .text)
                t.column("size", .integer).notNull()
                t.column("first_name", .text).notNull()
                t.column("stored_at", .datetime).notNull()
            }
        }
        return migrator
    }
}
