import Foundation
import GRDB
import PostgresNIO

/// One column's value on its way from the laptop's SQLite to the server: read from a SQLite row
/// by the column's kind, bound to a PostgreSQL statement as the server's type.
enum SyncValue: Equatable {
    case text(String?)
    case integer(Int64?)
    case bool(Bool?)
    case date(Date?)
    case bytes([UInt8]?)
    case uuid(UUID?)

    /// The kind of a column, and how SQLite keeps it.
    enum Kind {
        case text, integer, bool, date, bytes, uuid
    }

    /// Column `index` of `row` read as `kind`.
    static func read(_ row: Row, _ index: Int, as kind: Kind) throws -> SyncValue {
        switch kind {
        case .text: return .text(try row.decode(String?.self, atIndex: index))
        case .integer: return .integer(try row.decode(Int64?.self, atIndex: index))
        case .bool: return .bool(try row.decode(Bool?.self, atIndex: index))
        case .date: return .date(try DatabaseDateText.optionalDate(row, atIndex: index))
        case .bytes: return .bytes(try row.decode(Data?.self, atIndex: index).map { [UInt8]($0) })
        case .uuid: return .uuid(try row.decode(String?.self, atIndex: index).flatMap(UUID.init(uuidString:)))
        }
    }

    /// Appends the value to `binds` as the server's type.
    func bind(_ binds: inout PostgresBindings) {
        switch self {
        case .text(let value): binds.append(value)
        case .integer(let value): binds.append(value)
        case .bool(let value): binds.append(value)
        case .date(let value): binds.append(value.map(PostgresDate.stored))
        case .bytes(let value): binds.append(value.map { ByteBuffer(bytes: $0) })
        case .uuid(let value): binds.append(value)
        }
    }

    /// The text, for the values the sync compares or keys on.
    var text: String? {
        switch self {
        case .text(let value): value
        case .integer(let value): value.map { String($0) }
        case .bool(let value): value.map { $0 ? "true" : "false" }
        case .date(let value): value.map { DatabaseDateText.text($0) }
        case .bytes(let value): value.map { "\($0.count) bytes" }
        case .uuid(let value): value?.uuidString.lowercased()
        }
    }

    /// Whether the value is NULL.
    var isNull: Bool { text == nil }
}

/// A table's columns as both stores have them, in order, with their kinds.
struct SyncColumns {
    let names: [String]
    let kinds: [SyncValue.Kind]

    init(_ columns: [(String, SyncValue.Kind)]) {
        names = columns.map { $0.0 }
        kinds = columns.map { $0.1 }
    }

    /// The names joined for a SELECT or INSERT list.
    var list: String { names.joined(separator: ", ") }

    /// Reads the columns of `row` from index `offset` on.
    func read(_ row: Row, from offset: Int = 0) throws -> [SyncValue] {
        try kinds.enumerated().map { index, kind in try SyncValue.read(row, offset + index, as: kind) }
    }

    /// `$first, $first+1, …` for the columns.
    func placeholders(from first: Int) -> String {
        (0..<names.count).map { "$\(first + $0)" }.joined(separator: ", ")
    }

    /// The index of column `name`.
    func index(_ name: String) -> Int { names.firstIndex(of: name)! }

    static let enterprise = SyncColumns([
        ("credit_code", .text), ("name", .text), ("township", .text), ("industry", .text), ("address", .text),
        ("contact", .text), ("code_valid", .bool), ("registered_at", .date), ("risk_tags", .text),
        ("standardisation", .text), ("employees", .integer), ("grid", .text), ("grid_member", .text),
        ("legal_representative", .text),
    ])
    /// The enterprise columns whose difference is a registration conflict: every one but the
    /// date of registration. A profile field (risk tags …) one side never set is no conflict.
    static let enterpriseCompared = ["name", "township", "industry", "address", "contact", "code_valid"]
    static let enterpriseProfile = [
        "risk_tags", "standardisation", "employees", "grid", "grid_member", "legal_representative",
    ]

    static let snapshot = SyncColumns([("hash", .text), ("checklist_id", .text), ("version", .text), ("content", .bytes)])

    static let evidence = SyncColumns([("sha256", .text), ("size", .integer), ("first_name", .text), ("stored_at", .date)])

    static let session = SyncColumns([
        ("kind", .text), ("enterprise_code", .text), ("checklist_id", .text), ("checklist_version", .text),
        ("checklist_hash", .text), ("profile_id", .text), ("inspectors", .text), ("status", .text),
        ("started_at", .date), ("completed_at", .date), ("place", .text), ("present_name", .text),
        ("present_post", .text),
    ])

    static let finding = SyncColumns([
        ("item_id", .text), ("result", .text), ("note", .text), ("major", .bool), ("fixed_on_site", .bool),
        ("evidence", .text), ("recorded_by", .text), ("recorded_at", .date), ("seq", .integer), ("place", .text),
    ])

    static let findingHistory = SyncColumns([
        ("uid", .uuid), ("item_id", .text), ("old_result", .text), ("new_result", .text), ("old_note", .text),
        ("new_note", .text), ("changed_by", .text), ("changed_at", .date),
    ])

    static let selfCheckAnswers = SyncColumns([("recorded_by", .text), ("recorded_at", .date), ("answers", .text)])

    static let selfCheckFile = SyncColumns([
        ("uid", .uuid), ("content_hash", .text), ("file_name", .text), ("enterprise_code", .text),
        ("checklist_id", .text), ("performed_at", .date), ("performed_by", .text), ("imported_at", .date),
    ])

    static let notice = SyncColumns([("year", .integer), ("serial", .integer), ("number", .text), ("issued_at", .date)])

    /// A hazard's columns after its ids: those from `item_id` to `found_at` never change; the
    /// rest (`hazardMutable`) follow its lifecycle.
    static let hazard = SyncColumns([
        ("item_id", .text), ("enterprise_code", .text), ("source", .text), ("layer", .text), ("item_title", .text),
        ("description", .text), ("basis", .text), ("remedy", .text), ("found_at", .date),
        ("severity", .text), ("evidence", .text), ("status", .text), ("deadline", .date), ("responsible", .text),
        ("measures", .text), ("funds", .text), ("time_limit", .text), ("plan", .text), ("rectified_at", .date),
        ("verified_at", .date), ("verified_by", .text), ("escalations", .text), ("supervision_number", .text),
        ("supervision_authority", .text), ("supervised_at", .date), ("delisted_at", .date),
        ("stop_work_scope", .text), ("stop_work_at", .date), ("stop_work_cleared_at", .date),
        ("remediation_plan", .text), ("verification_note", .text), ("place", .text),
    ])
    /// Where the lifecycle columns start in `hazard`.
    static let hazardMutableFrom = 9
    /// Lifecycle columns that are never NULL (the rest are, until their step is taken).
    static let hazardRequired: Set<String> = ["severity", "evidence", "status", "deadline"]

    static let hazardHistory = SyncColumns([
        ("uid", .uuid), ("from_status", .text), ("to_status", .text), ("changed_by", .text), ("changed_at", .date),
        ("note", .text), ("event", .text),
    ])
}
