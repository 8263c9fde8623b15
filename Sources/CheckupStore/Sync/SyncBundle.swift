import Foundation
import GRDB

/// One laptop session with everything hanging off it, read from SQLite for one batch: what the
/// server needs to hold the session whole.
struct SyncBundle {
    struct Hazard {
        var id: Int64
        var uid: UUID
        var values: [SyncValue]
        var history: [[SyncValue]]
    }

    var id: Int64
    var uid: UUID
    var values: [SyncValue]
    var findings: [[SyncValue]] = []
    var findingHistory: [[SyncValue]] = []
    var answers: [SyncValue]?
    var file: [SyncValue]?
    var notice: [SyncValue]?
    var hazards: [Hazard] = []

    /// The bundles of sessions `ids` (in that order), and the checklist snapshots they use.
    static func load(_ ids: [Int64], from store: SQLiteStationStore) throws -> (bundles: [SyncBundle], snapshots: [[SyncValue]]) {
        let list = ids.map(String.init).joined(separator: ", ")
        return try store.read { db in
            var byID: [Int64: SyncBundle] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, uid, \(SyncColumns.session.list) FROM session WHERE id IN (\(list))") {
                guard let uid = SyncInventory.uuid(row[1]) else { continue }
                let id: Int64 = row[0]
                byID[id] = SyncBundle(id: id, uid: uid, values: try SyncColumns.session.read(row, from: 2))
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT session_id, \(SyncColumns.finding.list) FROM finding WHERE session_id IN (\(list)) ORDER BY session_id, seq
                """) {
                let id: Int64 = row[0]
                byID[id]?.findings.append(try SyncColumns.finding.read(row, from: 1))
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT session_id, \(SyncColumns.findingHistory.list) FROM finding_history WHERE session_id IN (\(list)) ORDER BY id
                """) {
                let id: Int64 = row[0]
                byID[id]?.findingHistory.append(try SyncColumns.findingHistory.read(row, from: 1))
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT session_id, \(SyncColumns.selfCheckAnswers.list) FROM selfcheck_answers WHERE session_id IN (\(list))
                """) {
                let id: Int64 = row[0]
                byID[id]?.answers = try SyncColumns.selfCheckAnswers.read(row, from: 1)
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT session_id, \(SyncColumns.selfCheckFile.list) FROM selfcheck_file WHERE session_id IN (\(list))
                """) {
                let id: Int64 = row[0]
                byID[id]?.file = try SyncColumns.selfCheckFile.read(row, from: 1)
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT session_id, \(SyncColumns.notice.list) FROM notice WHERE session_id IN (\(list))
                """) {
                let id: Int64 = row[0]
                byID[id]?.notice = try SyncColumns.notice.read(row, from: 1)
            }
            var hazardSession: [Int64: Int64] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT id, uid, session_id, \(SyncColumns.hazard.list) FROM hazard WHERE session_id IN (\(list)) ORDER BY id
                """) {
                guard let uid = SyncInventory.uuid(row[1]) else { continue }
                let id: Int64 = row[0], session: Int64 = row[2]
                hazardSession[id] = session
                byID[session]?.hazards.append(Hazard(id: id, uid: uid, values: try SyncColumns.hazard.read(row, from: 3),
                                                     history: []))
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT hazard_id, \(SyncColumns.hazardHistory.list) FROM hazard_history
                WHERE hazard_id IN (SELECT id FROM hazard WHERE session_id IN (\(list))) ORDER BY id
                """) {
                let hazard: Int64 = row[0]
                guard let session = hazardSession[hazard],
                      let index = byID[session]?.hazards.firstIndex(where: { $0.id == hazard }) else { continue }
                byID[session]?.hazards[index].history.append(try SyncColumns.hazardHistory.read(row, from: 1))
            }
            let snapshots = try Row.fetchAll(db, sql: """
                SELECT \(SyncColumns.snapshot.list) FROM checklist_snapshot
                WHERE hash IN (SELECT checklist_hash FROM session WHERE id IN (\(list)))
                """).map { try SyncColumns.snapshot.read($0) }
            return (ids.compactMap { byID[$0] }, snapshots)
        }
    }
}
