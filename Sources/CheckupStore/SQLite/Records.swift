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
    /// Risk tags separated by spaces, in `RiskTag` order; NULL when never recorded.
    var riskTags: String?
    var standardisation: String?
    var employees: Int64?
    var grid: String?
    var gridMember: String?
    var legalRepresentative: String?

    enum CodingKeys: String, CodingKey {
        case creditCode = "credit_code", name, township, industry, address, contact
        case codeValid = "code_valid", registeredAt = "registered_at"
        case riskTags = "risk_tags", standardisation, employees, grid, gridMember = "grid_member"
        case legalRepresentative = "legal_representative"
    }

    /// Reads the row's columns by name, refusing a value of the wrong kind (`RowReader`).
    init(row: Row) throws {
        let read = RowReader(row, table: Self.databaseTableName, key: ["credit_code"])
        creditCode = try read.text("credit_code")
        name = try read.text("name")
        township = try read.text("township")
        industry = try read.optionalText("industry")
        address = try read.optionalText("address")
        contact = try read.optionalText("contact")
        codeValid = try read.bool("code_valid")
        registeredAt = try read.date("registered_at")
        riskTags = try read.optionalText("risk_tags")
        standardisation = try read.optionalText("standardisation")
        employees = try read.optionalInteger("employees")
        grid = try read.optionalText("grid")
        gridMember = try read.optionalText("grid_member")
        legalRepresentative = try read.optionalText("legal_representative")
        if let riskTags {
            for name in riskTags.split(separator: " ") {
                try read.checked(String(name), "risk_tags", as: RiskTag.self)
            }
        }
        if let standardisation { try read.checked(standardisation, "standardisation", as: StandardisationLevel.self) }
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
        riskTags = enterprise.riskTags.map(Self.tagsText)
        standardisation = enterprise.standardisation?.rawValue
        employees = enterprise.employees.map(Int64.init)
        grid = enterprise.grid
        gridMember = enterprise.gridMember
        legalRepresentative = enterprise.legalRepresentative
    }

    /// The `risk_tags` text of a list of tags.
    static func tagsText(_ tags: [RiskTag]) -> String { tags.sorted().map(\.rawValue).joined(separator: " ") }

    /// The tags of a `risk_tags` text (already checked when the row was read).
    static func tags(_ text: String?) -> [RiskTag]? {
        text.map { $0.split(separator: " ").compactMap { RiskTag(rawValue: String($0)) } }
    }

    var value: Enterprise {
        Enterprise(creditCode: creditCode, name: name, township: township, industry: industry,
                   address: address, contact: contact, codeValid: codeValid, riskTags: Self.tags(riskTags),
                   standardisation: standardisation.flatMap(StandardisationLevel.init(rawValue:)),
                   employees: employees.map { Int($0) }, grid: grid, gridMember: gridMember,
                   legalRepresentative: legalRepresentative)
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

    init(hash: String, checklistID: String, version: String, content: Data) {
        self.hash = hash
        self.checklistID = checklistID
        self.version = version
        self.content = content
    }

    /// Reads the row's columns by name, refusing a value of the wrong kind (`RowReader`).
    init(row: Row) throws {
        let read = RowReader(row, table: Self.databaseTableName, key: ["hash"])
        hash = try read.text("hash")
        checklistID = try read.text("checklist_id")
        version = try read.text("version")
        content = try read.data("content")
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
    /// The place inspected and the enterprise's person present (`v14-people-and-places`).
    var place: String? = nil
    var presentName: String? = nil
    var presentPost: String? = nil

    enum CodingKeys: String, CodingKey {
        case id, kind, enterpriseCode = "enterprise_code", checklistID = "checklist_id"
        case checklistVersion = "checklist_version", checklistHash = "checklist_hash", profileID = "profile_id"
        case inspectors, status, startedAt = "started_at", completedAt = "completed_at"
        case place, presentName = "present_name", presentPost = "present_post"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    func value() throws -> Session {
        let names = (try? JSONDecoder().decode([String].self, from: Data(inspectors.utf8))) ?? []
        guard let kind = SessionKind(rawValue: kind), let status = SessionStatus(rawValue: status) else {
            let read = RowReader(Row(["id": id]), table: Self.databaseTableName, key: ["id"])
            try read.checked(self.kind, "kind", as: SessionKind.self)
            try read.checked(self.status, "status", as: SessionStatus.self)
            throw read.corrupt("status", .notText)
        }
        return Session(id: id ?? 0, kind: kind, enterpriseCode: enterpriseCode, checklistID: checklistID,
                       checklistVersion: checklistVersion, checklistHash: checklistHash, profileID: profileID,
                       inspectors: names, status: status, startedAt: startedAt, completedAt: completedAt,
                       place: place, present: presentName.map { PersonPresent(name: $0, post: presentPost) })
    }
}

extension SessionRecord {
    /// The columns `init(row:)` reads, in its order (reports read every session of a township).
    static var databaseSelection: [any SQLSelectable] {
        [
            Column("id"), Column("kind"), Column("enterprise_code"), Column("checklist_id"), Column("checklist_version"),
            Column("checklist_hash"), Column("profile_id"), Column("inspectors"), Column("status"), Column("started_at"),
            Column("completed_at"), Column("place"), Column("present_name"), Column("present_post"),
        ]
    }

    init(row: Row) throws {
        do {
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
            place = try row.decode(atIndex: 11)
            presentName = try row.decode(atIndex: 12)
            presentPost = try row.decode(atIndex: 13)
        } catch {
            throw RowReader(row, table: Self.databaseTableName, keyAt: [0]).diagnose([
                ("id", .integer), ("kind", .text), ("enterprise_code", .text), ("checklist_id", .text),
                ("checklist_version", .text), ("checklist_hash", .text), ("profile_id", .optionalText),
                ("inspectors", .text), ("status", .text), ("started_at", .date), ("completed_at", .optionalDate),
                ("place", .optionalText), ("present_name", .optionalText), ("present_post", .optionalText),
            ], fallback: error)
        }
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
    /// 隐患部位 of a fail (`v14-people-and-places`).
    var place: String? = nil

    enum CodingKeys: String, CodingKey {
        case sessionID = "session_id", itemID = "item_id", result, note, major, fixedOnSite = "fixed_on_site"
        case evidence, recordedBy = "recorded_by", recordedAt = "recorded_at", seq, place
    }

    func value() -> Finding {
        let refs = evidenceRefs(evidence)
        let answer = Answer(itemID: itemID, result: ItemResult(rawValue: result) ?? .unchecked, note: note,
                            major: major, fixedOnSite: fixedOnSite, evidence: refs, place: place)
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
            Column("place"),
        ]
    }

    init(row: Row) throws {
        do {
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
            place = try row.decode(atIndex: 10)
        } catch {
            throw RowReader(row, table: Self.databaseTableName, keyAt: [0, 1]).diagnose([
                ("session_id", .integer), ("item_id", .text), ("result", .text), ("note", .optionalText),
                ("major", .integer), ("fixed_on_site", .integer), ("evidence", .text), ("recorded_by", .text),
                ("recorded_at", .date), ("seq", .integer), ("place", .optionalText),
            ], fallback: error)
        }
        if ItemResult(rawValue: result) == nil {
            try RowReader(row, table: Self.databaseTableName, keyAt: [0, 1]).checked(result, "result", as: ItemResult.self)
        }
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

    /// Reads the row's columns by name, refusing a value of the wrong kind (`RowReader`).
    init(row: Row) throws {
        let read = RowReader(row, table: Self.databaseTableName, key: ["id"])
        id = try read.integer("id")
        sessionID = try read.integer("session_id")
        itemID = try read.text("item_id")
        oldResult = try read.optionalText("old_result")
        newResult = try read.text("new_result")
        oldNote = try read.optionalText("old_note")
        newNote = try read.optionalText("new_note")
        changedBy = try read.text("changed_by")
        changedAt = try read.date("changed_at")
        if let oldResult { try read.checked(oldResult, "old_result", as: ItemResult.self) }
        try read.checked(newResult, "new_result", as: ItemResult.self)
    }

    init(id: Int64?, sessionID: Int64, itemID: String, oldResult: String?, newResult: String, oldNote: String?,
         newNote: String?, changedBy: String, changedAt: Date) {
        self.id = id
        self.sessionID = sessionID
        self.itemID = itemID
        self.oldResult = oldResult
        self.newResult = newResult
        self.oldNote = oldNote
        self.newNote = newNote
        self.changedBy = changedBy
        self.changedAt = changedAt
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

    init(sha256: String, size: Int64, firstName: String, storedAt: Date) {
        self.sha256 = sha256
        self.size = size
        self.firstName = firstName
        self.storedAt = storedAt
    }

    /// Reads the row's columns by name, refusing a value of the wrong kind (`RowReader`).
    init(row: Row) throws {
        let read = RowReader(row, table: Self.databaseTableName, key: ["sha256"])
        sha256 = try read.text("sha256")
        size = try read.integer("size")
        firstName = try read.text("first_name")
        storedAt = try read.date("stored_at")
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
