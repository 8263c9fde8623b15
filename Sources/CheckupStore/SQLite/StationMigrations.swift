import GRDB

/// The station database's schema history. Migrations are named and never edited once shipped:
/// a change is a new migration appended here.
enum StationMigrations {
    /// The migrations applied to `db` that `migrator` does not know, sorted: a newer Checkup
    /// applied them (GRDB's `hasBeenSuperseded`, naming which).
    static func unknown(in db: Database, to migrator: DatabaseMigrator) throws -> [String] {
        let known = Set(migrator.migrations)
        return try migrator.appliedIdentifiers(db).filter { !known.contains($0) }.sorted()
    }

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
        migrator.registerMigration("v2-selfcheck-files") { db in
            // One row per imported self-check file: its content hash makes re-import a no-op,
            // and (enterprise, checklist, performed_at) finds the submission a corrected file
            // supersedes.
            try db.create(table: "selfcheck_file") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("content_hash", .text).notNull().unique()
                t.column("file_name", .text).notNull()
                t.column("session_id", .integer).notNull().references("session").unique()
                t.column("enterprise_code", .text).notNull()
                t.column("checklist_id", .text).notNull()
                t.column("performed_at", .datetime).notNull()
                t.column("performed_by", .text).notNull()
                t.column("imported_at", .datetime).notNull()
                t.column("superseded_by", .integer).references("selfcheck_file")
            }
            try db.create(index: "selfcheck_by_submission", on: "selfcheck_file",
                          columns: ["enterprise_code", "checklist_id", "performed_at"])
        }
        migrator.registerMigration("v3-hazards") { db in
            // A hazard (隐患) is created from each fail of a completed session and followed to
            // verification (销号). Basis and remedy are copied from the snapshot so the ledger
            // reads without re-parsing checklists.
            try db.create(table: "hazard") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("session_id", .integer).notNull().references("session")
                t.column("item_id", .text).notNull()
                t.column("enterprise_code", .text).notNull().references("enterprise").indexed()
                t.column("source", .text).notNull()
                t.column("severity", .text).notNull()
                t.column("layer", .text).notNull()
                t.column("item_title", .text).notNull()
                t.column("description", .text).notNull()
                t.column("basis", .text).notNull()
                t.column("remedy", .text)
                t.column("evidence", .text).notNull()
                t.column("status", .text).notNull().indexed()
                t.column("found_at", .datetime).notNull()
                t.column("deadline", .datetime).notNull()
                t.column("responsible", .text)
                t.column("measures", .text)
                t.column("funds", .text)
                t.column("time_limit", .text)
                t.column("plan", .text)
                t.column("rectified_at", .datetime)
                t.column("verified_at", .datetime)
                t.column("verified_by", .text)
                t.uniqueKey(["session_id", "item_id"])
            }
            try db.create(table: "hazard_history") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("hazard_id", .integer).notNull().references("hazard").indexed()
                t.column("from_status", .text)
                t.column("to_status", .text).notNull()
                t.column("changed_by", .text).notNull()
                t.column("changed_at", .datetime).notNull()
                t.column("note", .text)
            }
        }
        migrator.registerMigration("v4-selfcheck-answers") { db in
            // The answers of an imported self-check, one row per session: a JSON array in file
            // order, each answer ["item-id","result"] or ["item-id","result","note"] (results as
            // ItemResult's raw values). An imported self-check is an immutable document — never
            // edited answer by answer, only superseded by a resubmission — so it is stored whole,
            // which costs a bulk import one row per file instead of one per answer. Inspection
            // findings stay one `finding` row per answer because they are edited, with history.
            // Self-checks imported before this migration keep their `finding` rows; readers take
            // a session's `finding` rows, else its row here.
            try db.create(table: "selfcheck_answers") { t in
                t.primaryKey("session_id", .integer).references("session", onDelete: .cascade)
                t.column("recorded_by", .text).notNull()
                t.column("recorded_at", .datetime).notNull()
                t.column("answers", .text).notNull()
            }
        }
        migrator.registerMigration("v5-one-open-session") { db in
            // At most one open session per enterprise, checklist id and kind: twelve `session
            // start`s at once used to leave up to seven open. Triggers rather than a partial
            // UNIQUE index, because stations the race already hit hold duplicates, on which
            // creating the index would fail and the database would no longer open: the triggers
            // keep those (they are completed as usual) and refuse any new one.
            let clash = """
                EXISTS (SELECT 1 FROM session AS other WHERE other.enterprise_code = NEW.enterprise_code
                        AND other.checklist_id = NEW.checklist_id AND other.kind = NEW.kind
                        AND other.status = 'open' AND other.id IS NOT NEW.id)
                """
            try db.execute(sql: """
                CREATE TRIGGER session_one_open_insert BEFORE INSERT ON session
                WHEN NEW.status = 'open' AND \(clash)
                BEGIN SELECT RAISE(ABORT, '\(oneOpenSession)'); END
                """)
            try db.execute(sql: """
                CREATE TRIGGER session_one_open_update
                BEFORE UPDATE OF status, enterprise_code, checklist_id, kind ON session
                WHEN NEW.status = 'open' AND (OLD.status IS NOT 'open' OR OLD.enterprise_code IS NOT NEW.enterprise_code
                     OR OLD.checklist_id IS NOT NEW.checklist_id OR OLD.kind IS NOT NEW.kind) AND \(clash)
                BEGIN SELECT RAISE(ABORT, '\(oneOpenSession)'); END
                """)
        }
        migrator.registerMigration("v6-station-identity") { db in
            // Who the station is (`checkup station set`): one row, id always 1, each field
            // nullable (unset). A settings row rather than key/value pairs, so that a column's
            // type and its absence are the schema's to say.
            try db.create(table: "station_identity") { t in
                t.primaryKey("id", .integer).check { $0 == 1 }
                t.column("name", .text)
                t.column("short_name", .text)
                t.column("notice_prefix", .text)
                t.column("address", .text)
                t.column("phone", .text)
                t.column("district", .text)
                t.column("updated_at", .datetime).notNull()
            }
        }
        migrator.registerMigration("v7-enterprise-profile") { db in
            // The enterprise's profile for risk-based supervision (issue 17): risk tags as
            // space-separated ids (NULL: never recorded), 安全生产标准化 level, employees, and the
            // grid and grid member of joint defence.
            try db.alter(table: "enterprise") { t in
                t.add(column: "risk_tags", .text)
                t.add(column: "standardisation", .text)
                t.add(column: "employees", .integer)
                t.add(column: "grid", .text)
                t.add(column: "grid_member", .text)
            }
            // Grading reads each enterprise's latest completed inspection and its hazards.
            try db.create(index: "session_by_enterprise_kind_start", on: "session",
                          columns: ["enterprise_code", "kind", "status", "started_at"])
        }
        migrator.registerMigration("v7-colour-overrides") { db in
            // A manual colour with its reason and expiry; never deleted, so the enterprise's
            // history keeps every one. The one in force is the latest set whose expiry is ahead.
            try db.create(table: "colour_override") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("enterprise_code", .text).notNull().references("enterprise").indexed()
                t.column("colour", .text).notNull()
                t.column("reason", .text).notNull()
                t.column("set_by", .text).notNull()
                t.column("set_at", .datetime).notNull()
                t.column("expires_at", .datetime).notNull()
            }
        }
        migrator.registerMigration("v7-patrols") { db in
            // A grid member's routine patrol (网格巡查) of an enterprise; `referred` when what was
            // seen is handed to the station to verify.
            try db.create(table: "patrol") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("enterprise_code", .text).notNull().references("enterprise").indexed()
                t.column("patrolled_by", .text).notNull()
                t.column("patrolled_at", .datetime).notNull()
                t.column("note", .text)
                t.column("evidence", .text).notNull()
                t.column("referred", .boolean).notNull().defaults(to: false)
            }
        }
        migrator.registerMigration("v10-hazard-escalation") { db in
            // Major hazards escalated (Work Safety Law art. 41): reports to supervising bodies (a
            // JSON array), the 挂牌督办 listing and its delisting, the stop-work order and the
            // remediation plan (治理方案, the JSON of its evidence reference). NULL when none.
            try db.alter(table: "hazard") { t in
                t.add(column: "escalations", .text)
                t.add(column: "supervision_number", .text)
                t.add(column: "supervision_authority", .text)
                t.add(column: "supervised_at", .datetime)
                t.add(column: "delisted_at", .datetime)
                t.add(column: "stop_work_scope", .text)
                t.add(column: "stop_work_at", .datetime)
                t.add(column: "stop_work_cleared_at", .datetime)
                t.add(column: "remediation_plan", .text)
                t.add(column: "verification_note", .text)
            }
            // The last re-inspection's note or refusal reason, from the history so far (a
            // refusal's note there reads 复查未通过：reason).
            try db.execute(sql: """
                UPDATE hazard SET verification_note = (
                    SELECT CASE WHEN h.note LIKE '复查未通过：%' THEN substr(h.note, 7) ELSE h.note END
                    FROM hazard_history AS h WHERE h.hazard_id = hazard.id AND h.from_status = 'rectified'
                    ORDER BY h.id DESC LIMIT 1)
                WHERE status != 'open'
                """)
            // What a history entry records besides a status change (`HazardEvent`).
            try db.alter(table: "hazard_history") { t in
                t.add(column: "event", .text)
            }
            // Notice numbers, consecutive per year, assigned when a notice is first issued and
            // kept: one per session, never two alike in a year (a second process issuing at
            // the same moment fails on the UNIQUE constraint and takes the next number).
            try db.create(table: "notice") { t in
                t.primaryKey("session_id", .integer).references("session")
                t.column("year", .integer).notNull()
                t.column("serial", .integer).notNull()
                t.column("number", .text).notNull()
                t.column("issued_at", .datetime).notNull()
                t.uniqueKey(["year", "serial"])
            }
        }
        migrator.registerMigration("v11-inspectors") { db in
            // The inspector register (`checkup inspector add`): sessions record inspectors by
            // name, so the name is the key the documents match to print certificate numbers.
            try db.create(table: "inspector") { t in
                t.primaryKey("name", .text)
                t.column("certificate", .text).notNull()
                t.column("phone", .text)
                t.column("added_at", .datetime).notNull()
            }
        }
        migrator.registerMigration("v12-users") { db in
            // The users of `checkup serve` (`checkup user add`): the name is the key and the name
            // hazard histories record; only hashes of passwords (bcrypt) and API tokens (SHA-256).
            try db.create(table: "app_user") { t in
                t.primaryKey("name", .text)
                t.column("role", .text).notNull()
                t.column("township", .text)
                t.column("password_hash", .text).notNull()
                t.column("disabled", .boolean).notNull().defaults(to: false)
                t.column("token_hash", .text).unique()
                t.column("created_at", .datetime).notNull()
            }
        }
        migrator.registerMigration("v13-global-ids") { db in
            // A global id (UUID v7 text) on sessions, hazards, history entries and self-check
            // files, as PostgreSQL rows carry (`uid`), so that work pushed from several laptops
            // never collides; rows made before get one made for their own time
            // (`GlobalIDColumns`).
            try GlobalIDColumns.migrate(db)
        }
        migrator.registerMigration("v14-people-and-places") { db in
            // The people and places the documents print (issue 18): the enterprise's legal
            // representative (法定代表人); the place an inspection was made (检查场所) and the
            // enterprise's person present (企业在场人员, name and post); and where in the
            // enterprise a failed item was found (隐患部位), on the finding and on the hazard it
            // becomes. All NULL when not recorded.
            try db.alter(table: "enterprise") { t in
                t.add(column: "legal_representative", .text)
            }
            try db.alter(table: "session") { t in
                t.add(column: "place", .text)
                t.add(column: "present_name", .text)
                t.add(column: "present_post", .text)
            }
            try db.alter(table: "finding") { t in
                t.add(column: "place", .text)
            }
            try db.alter(table: "hazard") { t in
                t.add(column: "place", .text)
            }
        }
        return migrator
    }

    /// The message of the triggers of `v5-one-open-session`, by which the store recognises their
    /// refusal.
    static let oneOpenSession = "checkup: one open session per enterprise, checklist and kind"
}
