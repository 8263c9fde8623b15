import CheckupCore
import Foundation
import GRDB

extension SQLiteStationStore: HazardStore {
    public func hazards(_ filter: HazardFilter) throws -> [Hazard] {
        try read { db in
            var request = HazardRecord.all()
            if let enterprise = filter.enterprise { request = request.filter(Column("enterprise_code") == enterprise) }
            if let township = filter.township {
                request = request.filter(sql: "enterprise_code IN (SELECT credit_code FROM enterprise WHERE township = ?)",
                                         arguments: [township])
            }
            if let status = filter.status { request = request.filter(Column("status") == status.rawValue) }
            if let severity = filter.severity { request = request.filter(Column("severity") == severity.rawValue) }
            if let from = filter.from { request = request.filter(Column("found_at") >= from) }
            if let to = filter.to { request = request.filter(Column("found_at") < to) }
            if let session = filter.session { request = request.filter(Column("session_id") == session) }
            return try request.order(Column("found_at"), Column("id")).fetchAll(db).map { try $0.value() }
        }
    }

    public func hazard(_ id: Int64) throws -> Hazard? {
        try read { db in try HazardRecord.fetchOne(db, key: id)?.value() }
    }

    public func hazardHistory(_ id: Int64) throws -> [HazardChange] {
        try read { db in
            try HazardHistoryRecord.filter(Column("hazard_id") == id).order(Column("id")).fetchAll(db).map(\.value)
        }
    }

    public func changeHazard(_ id: Int64, _ change: (Hazard) throws -> (Hazard, HazardChange)) throws -> Hazard {
        try write { db in
            guard let current = try HazardRecord.fetchOne(db, key: id)?.value() else { throw HazardError.unknownHazard(id) }
            let (next, entry) = try change(current)
            try HazardRecord(next).update(db)
            var history = HazardHistoryRecord(entry)
            try history.insert(db)
            return next
        }
    }

    public func complete(session id: Int64, at: Date,
                         hazards make: (Session, [Finding]) throws -> [Hazard]) throws -> (Session, [Hazard]) {
        try write { db in
            guard var record = try SessionRecord.fetchOne(db, key: id) else { throw SessionError.unknownSession(id) }
            let session = try record.value()
            guard session.status == .open else { throw SessionError.sessionClosed(id, session.status) }
            record.status = SessionStatus.completed.rawValue
            record.completedAt = at
            try record.update(db)
            let completed = try record.value()
            let findings = try Self.findings(session: id, db: db)
            let created = try Self.insertHazards(try make(completed, findings), by: completed.inspectors.first ?? "", db: db)
            return (completed, created)
        }
    }

    /// Inserts new hazards with their creation history inside the caller's transaction (used by
    /// session completion and by self-check import).
    public static func insertHazards(_ hazards: [Hazard], by: String, db: Database) throws -> [Hazard] {
        var saved: [Hazard] = []
        for hazard in hazards {
            var record = HazardRecord(hazard)
            record.id = nil
            try record.insert(db)
            let value = try record.value()
            var history = HazardHistoryRecord(HazardRules.creation(of: value, by: value.verifiedBy ?? by))
            try history.insert(db)
            saved.append(value)
        }
        return saved
    }
}
