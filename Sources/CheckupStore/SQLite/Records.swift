import CheckupCore
import Foundation
import GRDB

/// Row of `enterprise`.
struct EnterpriseRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "enterprise"
    var creditCode: String
    var name: String
    var township: String
    var industry: String?
    var address: String?
    var contact: String?
    var codeValid: Bool
    var registeredAt: Date

    enum CodingKeys: String, CodingKey {
        case creditCode = "credit_code", name, township, industry, address, contact
        case codeValid = "code_valid", registeredAt = "registered_at"
    }

    init(_ enterprise: Enterprise, registeredAt: Date) {
        creditCode = enterprise.creditCode
        name = enterprise.name
        township = enterprise.township
        industry = enterprise.industry
        address = enterprise.address
        contact = enterprise.contact
        codeValid = enterprise.codeValid
        self.registeredAt = registeredAt
    }

    var value: Enterprise {
        Enterprise(creditCode: creditCode, name: name, township: township, industry: industry,
                   address: address, contact: contact, codeValid: codeValid)
    }
}

/// Row of `checklist_snapshot`: one per distinct checklist file content.
struct SnapshotRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "checklist_snapshot"
    var hash: String
    var checklistID: String
    var version: String
    var content: Data

    enum CodingKeys: String, CodingKey {
        case hash, checklistID = "checklist_id", version, content
    }
}

/// Row of `session`.
struct SessionRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "session"
    var id: Int64?
    var kind: String
    var enterpriseCode: String
    var checklistID: String
    var checklistVersion: String
    var checklistHash: String
    var profileID: String?
    var inspectors: String
    var status: String
    var startedAt: Date
    var completedAt: Date?

    enum CodingKeys: String, CodingKey {
        case id, kind, enterpriseCode = "enterprise_code", checklistID = "checklist_id"
        case checklistVersion = "checklist_version", checklistHash = "checklist_hash", profileID = "profile_id"
        case inspectors, status, startedAt = "started_at", completedAt = "completed_at"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    func value() throws -> Session {
        let names = (try? JSONDecoder().decode([String].self, from: Data(inspectors.utf8))) ?? []
        guard let kind = SessionKind(rawValue: kind), let status = SessionStatus(rawValue: status) else {
            throw StoreError.database("session \(id ?? 0) has an unknown kind or status")
        }
        return Session(id: id ?? 0, kind: kind, enterpriseCode: enterpriseCode, checklistID: checklistID,
                       checklistVersion: checklistVersion, checklistHash: checklistHash, profileID: profileID,
                       inspectors: names, status: status, startedAt: startedAt, completedAt: completedAt)
    }
}

extension SessionRecord {
    /// The columns `init(row:)` reads, in its order (reports read every session of a township).
    static var databaseSelection: [any SQLSelectable] {
        [
            Column("id"), Column("kind"), Column("enterprise_code"), Column("checklist_id"), Column("checklist_version"),
            Column("checklist_hash"), Column("profile_id"), Column("inspectors"), Column("status"), Column("started_at"),
            Column("completed_at"),
        ]
    }

    init(row: Row) throws {
        id = try row.decode(atIndex: 0)
        kind = try row.decode(atIndex: 1)
        enterpriseCode = try row.decode(atIndex: 2)
        checklistID = try row.decode(atIndex: 3)
        checklistVersion = try row.decode(atIndex: 4)
        checklistHash = try row.decode(atIndex: 5)
        profileID = try row.decode(atIndex: 6)
        inspectors = try row.decode(atIndex: 7)
        status = try row.decode(atIndex: 8)
        startedAt = try DatabaseDateText.date(row, atIndex: 9)
        completedAt = try DatabaseDateText.optionalDate(row, atIndex: 10)
    }
}

/// Row of `finding`: the current answer for one item of one session.
struct FindingRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "finding"
    var sessionID: Int64
    var itemID: String
    var result: String
    var note: String?
    var major: Bool
    var fixedOnSite: Bool
    var evidence: String
    var recordedBy: String
    var recordedAt: Date
    var seq: Int64

    enum CodingKeys: String, CodingKey {
        case sessionID = "session_id", itemID = "item_id", result, note, major, fixedOnSite = "fixed_on_site"
        case evidence, recordedBy = "recorded_by", recordedAt = "recorded_at", seq
    }

    func value() -> Finding {
        let refs = evidenceRefs(evidence)
        let answer = Answer(itemID: itemID, result: ItemResult(rawValue: result) ?? .unchecked, note: note,
                            major: major, fixedOnSite: fixedOnSite, evidence: refs)
        return Finding(sessionID: sessionID, answer: answer, recordedBy: recordedBy, recordedAt: recordedAt)
    }
}

extension FindingRecord {
    /// The columns `init(row:)` reads, in its order (reports read the findings of every
    /// enterprise's latest inspection).
    static var databaseSelection: [any SQLSelectable] {
        [
            Column("session_id"), Column("item_id"), Column("result"), Column("note"), Column("major"),
            Column("fixed_on_site"), Column("evidence"), Column("recorded_by"), Column("recorded_at"), Column("seq"),
        ]
    }

    init(row: Row) throws {
        sessionID = try row.decode(atIndex: 0)
        itemID = try row.decode(atIndex: 1)
        result = try row.decode(atIndex: 2)
        note = try row.decode(atIndex: 3)
        major = try row.decode(atIndex: 4)
        fixedOnSite = try row.decode(atIndex: 5)
        evidence = try row.decode(atIndex: 6)
        recordedBy = try row.decode(atIndex: 7)
        recordedAt = try DatabaseDateText.date(row, atIndex: 8)
        seq = try row.decode(atIndex: 9)
    }
}

/// Row of `finding_history`: every change of an answer.
struct FindingHistoryRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "finding_history"
    var id: Int64?
    var sessionID: Int64
    var itemID: String
    var oldResult: String?
    var newResult: String
    var oldNote: String?
    var newNote: String?
    var changedBy: String
    var changedAt: Date

    enum CodingKeys: String, CodingKey {
        case id, sessionID = "session_id", itemID = "item_id", oldResult = "old_result", newResult = "new_result"
        case oldNote = "old_note", newNote = "new_note", changedBy = "changed_by", changedAt = "changed_at"
    }

    var value: FindingChange {
        FindingChange(itemID: itemID, oldResult: oldResult.flatMap(ItemResult.init(rawValue:)),
                      newResult: ItemResult(rawValue: newResult) ?? .unchecked, oldNote: oldNote, newNote: newNote,
                      changedBy: changedBy, changedAt: changedAt)
    }
}

/// Row of `evidence`: a file kept in the evidence store.
struct EvidenceRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "evidence"
    var sha256: String
    var size: Int64
    var firstName: String
    var storedAt: Date

    enum CodingKeys: String, CodingKey {
        case sha256, size, firstName = "first_name", storedAt = "stored_at"
    }
}

/// The evidence list of an `evidence` column (JSON), empty when the text is not one. Most rows
/// hold `[]`, which is answered without a decoder: a `JSONDecoder` per row was a tenth of the
/// time of reading a township's hazards.
func evidenceRefs(_ json: String) -> [EvidenceRef] {
    if json == "[]" { return [] }
    return (try? JSONDecoder().decode([EvidenceRef].self, from: Data(json.utf8))) ?? []
}

/// JSON text of a Codable value, for the few list-valued columns.
func jsonText(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
}
