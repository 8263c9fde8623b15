import CheckupCore
import CheckupStore
import Foundation
import GRDB

// Fuzz target: rows read back from a station database. A small valid database (an enterprise,
// an open and a completed inspection with answers and history, a hazard with its history, a
// self-check answers row) is copied, the input's mutations are written into its cells, and
// every read the commands make is run on it. Reading must refuse a damaged value with a
// `StoreError`, never trap (issue 14, item 9: a NUL inside a date killed `hazard list`).
//
// Input: mutations of 5 bytes plus a payload, until the input ends:
//   table, column, row (rowid 1–4), kind, payload length (0–255), payload
// kinds: 0 NULL, 1 integer (payload as little-endian Int64), 2 real (payload as a Double's
// bits), 3 text (the payload's bytes as TEXT, NUL and invalid UTF-8 included), 4 blob,
// 5 the payload spliced into the current value as text at offset payload[0].

/// Each table the station reads, with its columns.
let tables: [(name: String, columns: [String])] = [
    ("enterprise", ["credit_code", "name", "township", "industry", "address", "contact", "code_valid", "registered_at"]),
    ("checklist_snapshot", ["hash", "checklist_id", "version", "content"]),
    ("session", ["id", "kind", "enterprise_code", "checklist_id", "checklist_version", "checklist_hash", "profile_id",
                 "inspectors", "status", "started_at", "completed_at"]),
    ("finding", ["session_id", "item_id", "result", "note", "major", "fixed_on_site", "evidence", "recorded_by",
                 "recorded_at", "seq"]),
    ("finding_history", ["id", "session_id", "item_id", "old_result", "new_result", "old_note", "new_note", "changed_by",
                         "changed_at"]),
    ("hazard", ["id", "session_id", "item_id", "enterprise_code", "source", "severity", "layer", "item_title",
                "description", "basis", "remedy", "evidence", "status", "found_at", "deadline", "responsible", "measures",
                "funds", "time_limit", "plan", "rectified_at", "verified_at", "verified_by"]),
    ("hazard_history", ["id", "hazard_id", "from_status", "to_status", "changed_by", "changed_at", "note"]),
    ("selfcheck_answers", ["session_id", "recorded_by", "recorded_at", "answers"]),
]

let code = "91350100M000100Y43"
let now = Date(timeIntervalSince1970: 1_796_000_000)
let directory = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-store-rows-\(getpid())")

/// The template database, built once per process.
let template: String = {
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let building = directory.appendingPathComponent("building.sqlite").path
    let path = directory.appendingPathComponent("template.sqlite").path
    for file in [building, building + "-wal", building + "-shm", path] { try? FileManager.default.removeItem(atPath: file) }
    do {
        let store = try SQLiteStationStore(path: building)
        try store.saveEnterprise(Enterprise(creditCode: code, name: "测试企业", township: "孝顺镇", industry: "化工"),
                                 update: false, now: now)
        let snapshot = ChecklistSnapshot(hash: "h1", checklistID: "mini", version: "1", content: Array("<checklist/>".utf8))
        let first = try store.createSession(NewSession(kind: .inspection, enterpriseCode: code, snapshot: snapshot,
                                                       profileID: nil, inspectors: ["张三"], startedAt: now))
        try store.record(Answer(itemID: "m1", result: .fail, note: "缺失"), session: first.id, by: "张三", at: now) { _ in }
        try store.record(Answer(itemID: "m1", result: .fail, note: "仍缺失", major: true), session: first.id, by: "张三",
                         at: now) { _ in }
        _ = try store.complete(session: first.id, at: now) { session, findings in
            [Hazard(id: 0, sessionID: session.id, itemID: "m1", enterpriseCode: code, source: .inspection,
                    severity: .major, layer: .human, itemTitle: "责任制", description: "缺失", basis: "第四条",
                    remedy: "补齐", evidence: [], status: .open, foundAt: now, deadline: now.addingTimeInterval(86_400 * 15))]
        }
        _ = try store.changeHazard(1) { hazard in
            var next = hazard
            next.status = .rectifying
            return (next, HazardChange(hazardID: 1, from: .open, to: .rectifying, by: "企业", at: now, note: "整改中"))
        }
        let second = try store.createSession(NewSession(kind: .inspection, enterpriseCode: code, snapshot: snapshot,
                                                        profileID: nil, inspectors: ["李四"], startedAt: now))
        try store.record(Answer(itemID: "m2", result: .pass), session: second.id, by: "李四", at: now) { _ in }
        let queue = try DatabaseQueue(path: building)
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO session (kind, enterprise_code, checklist_id, checklist_version, checklist_hash, inspectors,
                                     status, started_at, completed_at)
                VALUES ('self-check', ?, 'mini', '1', 'h1', '["王五"]', 'completed', ?, ?)
                """, arguments: [code, now, now])
            try db.execute(sql: "INSERT INTO selfcheck_answers VALUES (?, '王五', ?, '[[\"m1\",\"pass\"],[\"m2\",\"fail\",\"漏\"]]')",
                           arguments: [db.lastInsertedRowID, now])
        }
        try queue.writeWithoutTransaction { db in try db.execute(sql: "VACUUM INTO ?", arguments: [path]) }
    } catch {
        fatalError("cannot build the template database: \(error)")
    }
    return path
}()

/// Writes the input's mutations into a copy of the template and returns its path.
func mutatedDatabase(_ bytes: [UInt8]) throws -> String {
    let path = directory.appendingPathComponent("work.sqlite").path
    for file in [path, path + "-wal", path + "-shm"] { try? FileManager.default.removeItem(atPath: file) }
    try FileManager.default.copyItem(atPath: template, toPath: path)
    var configuration = Configuration()
    configuration.foreignKeysEnabled = false
    let queue = try DatabaseQueue(path: path, configuration: configuration)
    try queue.writeWithoutTransaction { db in
        var at = 0
        while at + 5 <= bytes.count {
            let table = tables[Int(bytes[at]) % tables.count]
            let column = table.columns[Int(bytes[at + 1]) % table.columns.count]
            let row = Int64(bytes[at + 2] % 4) + 1
            let kind = bytes[at + 3] % 6
            let length = min(Int(bytes[at + 4]), bytes.count - at - 5)
            let payload = Array(bytes[(at + 5)..<(at + 5 + length)])
            at += 5 + length
            var eight = [UInt8](repeating: 0, count: 8)
            for (index, byte) in payload.prefix(8).enumerated() { eight[index] = byte }
            let bits = eight.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            let expression: String
            let arguments: StatementArguments
            switch kind {
            case 0: (expression, arguments) = ("NULL", [])
            case 1: (expression, arguments) = ("?", [Int64(bitPattern: bits)])
            case 2: (expression, arguments) = ("?", [Double(bitPattern: bits)])
            case 3: (expression, arguments) = ("CAST(? AS TEXT)", [Data(payload)])
            case 4: (expression, arguments) = ("?", [Data(payload)])
            default:
                let offset = Int(payload.first ?? 0)
                (expression, arguments) = ("substr(\(column), 1, \(offset)) || CAST(? AS TEXT) || substr(\(column), \(offset + 1))",
                                           [Data(payload.dropFirst())])
            }
            // A constraint (NOT NULL, UNIQUE, the one-open-session triggers) may refuse a mutation.
            try? db.execute(sql: "UPDATE \(table.name) SET \(column) = \(expression) WHERE rowid = ?",
                            arguments: arguments + [row])
        }
    }
    try queue.close()
    return path
}

/// Every read the commands make, each allowed to fail with a `StoreError` only.
func exercise(_ bytes: [UInt8]) {
    let path: String
    do {
        path = try mutatedDatabase(bytes)
    } catch {
        return
    }
    let store: SQLiteStationStore
    do {
        store = try SQLiteStationStore(path: path)
    } catch {
        return
    }
    var dates: [Date] = []
    func attempt(_ read: () throws -> Void) {
        do {
            try read()
        } catch is StoreError {
        } catch {
            // Errors from the checks above the store (unknown session, bad JSON) are typed too.
            precondition(String(reflecting: type(of: error)).hasPrefix("Checkup"), "untyped error: \(error)")
        }
    }
    attempt { _ = try store.enterprises(township: nil).count }
    attempt { _ = try store.enterprise(code) }
    attempt { dates += try store.sessions(enterprise: nil, checklistID: nil, kind: nil, status: nil).map(\.startedAt) }
    for id in Int64(1)...4 {
        attempt { _ = try store.session(id)?.completedAt.map { dates.append($0) } }
        attempt { dates += try store.findings(session: id).map(\.recordedAt) }
        attempt { dates += try store.history(session: id).map(\.changedAt) }
        attempt { _ = try store.hazard(id) }
        attempt { dates += try store.hazardHistory(id).map(\.at) }
    }
    attempt { _ = try store.snapshot(hash: "h1") }
    attempt {
        for hazard in try store.hazards(HazardFilter()) {
            dates += [hazard.foundAt, hazard.deadline] + [hazard.rectifiedAt, hazard.verifiedAt].compactMap { $0 }
        }
    }
    // What the reports do with every date read.
    for date in dates {
        _ = Timestamp.iso(date)
        _ = Timestamp.day(date)
    }
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStoreRows(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    exercise(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
#else
@main
struct ReplayStoreRows {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            exercise([UInt8](FileManager.default.contents(atPath: path) ?? Data()))
        }
        try? FileManager.default.removeItem(at: directory)
    }
}
#endif
