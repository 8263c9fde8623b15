import CheckupCore
import Foundation
import GRDB

/// Row of `hazard`.
struct HazardRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "hazard"
    var id: Int64?
    var sessionID: Int64
    var itemID: String
    var enterpriseCode: String
    var source: String
    var severity: String
    var layer: String
    var itemTitle: String
    var description: String
    var basis: String
    var remedy: String?
    var evidence: String
    var status: String
    var foundAt: Date
    var deadline: Date
    var responsible: String?
    var measures: String?
    var funds: String?
    var timeLimit: String?
    var plan: String?
    var rectifiedAt: Date?
    var verifiedAt: Date?
    var verifiedBy: String?

    enum CodingKeys: String, CodingKey {
        case id, sessionID = "session_id", itemID = "item_id", enterpriseCode = "enterprise_code", source, severity
        case layer, itemTitle = "item_title", description, basis, remedy, evidence, status, foundAt = "found_at"
        case deadline, responsible, measures, funds, timeLimit = "time_limit", plan, rectifiedAt = "rectified_at"
        case verifiedAt = "verified_at", verifiedBy = "verified_by"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The columns `init(row:)` reads, in its order. A township report reads hundreds of
    /// thousands of hazards; decoding them through `Decodable` looked every column up by name
    /// and spent most of the report's time doing it.
    static var databaseSelection: [any SQLSelectable] {
        [
            Column("id"), Column("session_id"), Column("item_id"), Column("enterprise_code"), Column("source"),
            Column("severity"), Column("layer"), Column("item_title"), Column("description"), Column("basis"),
            Column("remedy"), Column("evidence"), Column("status"), Column("found_at"), Column("deadline"),
            Column("responsible"), Column("measures"), Column("funds"), Column("time_limit"), Column("plan"),
            Column("rectified_at"), Column("verified_at"), Column("verified_by"),
        ]
    }

    init(row: Row) throws {
        do {
            try self.init(positional: row)
        } catch {
            throw RowReader(row, table: Self.databaseTableName, keyAt: [0]).diagnose([
                ("id", .integer), ("session_id", .integer), ("item_id", .text), ("enterprise_code", .text),
                ("source", .text), ("severity", .text), ("layer", .text), ("item_title", .text), ("description", .text),
                ("basis", .text), ("remedy", .optionalText), ("evidence", .text), ("status", .text), ("found_at", .date),
                ("deadline", .date), ("responsible", .optionalText), ("measures", .optionalText), ("funds", .optionalText),
                ("time_limit", .optionalText), ("plan", .optionalText), ("rectified_at", .optionalDate),
                ("verified_at", .optionalDate), ("verified_by", .optionalText),
            ], fallback: error)
        }
    }

    /// The columns of `databaseSelection`, by position (the fast path).
    private init(positional row: Row) throws {
        id = try row.decode(atIndex: 0)
        sessionID = try row.decode(atIndex: 1)
        itemID = try row.decode(atIndex: 2)
        enterpriseCode = try row.decode(atIndex: 3)
        source = try row.decode(atIndex: 4)
        severity = try row.decode(atIndex: 5)
        layer = try row.decode(atIndex: 6)
        itemTitle = try row.decode(atIndex: 7)
        description = try row.decode(atIndex: 8)
        basis = try row.decode(atIndex: 9)
        remedy = try row.decode(atIndex: 10)
        evidence = try row.decode(atIndex: 11)
        status = try row.decode(atIndex: 12)
        foundAt = try DatabaseDateText.date(row, atIndex: 13)
        deadline = try DatabaseDateText.date(row, atIndex: 14)
        responsible = try row.decode(atIndex: 15)
        measures = try row.decode(atIndex: 16)
        funds = try row.decode(atIndex: 17)
        timeLimit = try row.decode(atIndex: 18)
        plan = try row.decode(atIndex: 19)
        rectifiedAt = try DatabaseDateText.optionalDate(row, atIndex: 20)
        verifiedAt = try DatabaseDateText.optionalDate(row, atIndex: 21)
        verifiedBy = try row.decode(atIndex: 22)
    }

    init(_ hazard: Hazard) {
        id = hazard.id == 0 ? nil : hazard.id
        sessionID = hazard.sessionID
        itemID = hazard.itemID
        enterpriseCode = hazard.enterpriseCode
        source = hazard.source.rawValue
        severity = hazard.severity.rawValue
        layer = hazard.layer.rawValue
        itemTitle = hazard.itemTitle
        description = hazard.description
        basis = hazard.basis
        remedy = hazard.remedy
        evidence = jsonText(hazard.evidence)
        status = hazard.status.rawValue
        foundAt = hazard.foundAt
        deadline = hazard.deadline
        responsible = hazard.fiveMeasures.responsible
        measures = hazard.fiveMeasures.measures
        funds = hazard.fiveMeasures.funds
        timeLimit = hazard.fiveMeasures.timeLimit
        plan = hazard.fiveMeasures.plan
        rectifiedAt = hazard.rectifiedAt
        verifiedAt = hazard.verifiedAt
        verifiedBy = hazard.verifiedBy
    }

    func value() throws -> Hazard {
        guard let source = HazardSource(rawValue: source), let severity = HazardSeverity(rawValue: severity),
              let layer = Layer(rawValue: layer), let status = HazardStatus(rawValue: status) else {
            let read = RowReader(Row(["id": id]), table: Self.databaseTableName, key: ["id"])
            try read.checked(self.source, "source", as: HazardSource.self)
            try read.checked(self.severity, "severity", as: HazardSeverity.self)
            try read.checked(self.layer, "layer", as: Layer.self)
            try read.checked(self.status, "status", as: HazardStatus.self)
            throw read.corrupt("status", .notText)
        }
        let refs = evidenceRefs(evidence)
        return Hazard(id: id ?? 0, sessionID: sessionID, itemID: itemID, enterpriseCode: enterpriseCode, source: source,
                      severity: severity, layer: layer, itemTitle: itemTitle, description: description, basis: basis,
                      remedy: remedy, evidence: refs, status: status, foundAt: foundAt, deadline: deadline,
                      fiveMeasures: FiveMeasures(responsible: responsible, measures: measures, funds: funds,
                                                 timeLimit: timeLimit, plan: plan),
                      rectifiedAt: rectifiedAt, verifiedAt: verifiedAt, verifiedBy: verifiedBy)
    }
}

/// Row of `hazard_history`.
struct HazardHistoryRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "hazard_history"
    var id: Int64?
    var hazardID: Int64
    var fromStatus: String?
    var toStatus: String
    var changedBy: String
    var changedAt: Date
    var note: String?

    enum CodingKeys: String, CodingKey {
        case id, hazardID = "hazard_id", fromStatus = "from_status", toStatus = "to_status"
        case changedBy = "changed_by", changedAt = "changed_at", note
    }

    /// Reads the row's columns by name, refusing a value of the wrong kind (`RowReader`).
    init(row: Row) throws {
        let read = RowReader(row, table: Self.databaseTableName, key: ["id"])
        id = try read.integer("id")
        hazardID = try read.integer("hazard_id")
        fromStatus = try read.optionalText("from_status")
        toStatus = try read.text("to_status")
        changedBy = try read.text("changed_by")
        changedAt = try read.date("changed_at")
        note = try read.optionalText("note")
        if let fromStatus { try read.checked(fromStatus, "from_status", as: HazardStatus.self) }
        try read.checked(toStatus, "to_status", as: HazardStatus.self)
    }

    init(_ change: HazardChange) {
        hazardID = change.hazardID
        fromStatus = change.from?.rawValue
        toStatus = change.to.rawValue
        changedBy = change.by
        changedAt = change.at
        note = change.note
    }

    var value: HazardChange {
        HazardChange(hazardID: hazardID, from: fromStatus.flatMap(HazardStatus.init(rawValue:)),
                     to: HazardStatus(rawValue: toStatus) ?? .open, by: changedBy, at: changedAt, note: note)
    }
}
