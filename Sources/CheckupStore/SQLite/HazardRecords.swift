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
    /// The columns of `v10-hazard-escalation` (`EscalationColumns`): NULL for most hazards.
    var escalation = EscalationColumns()
    /// 隐患部位 (`v14-people-and-places`).
    var place: String?

    enum CodingKeys: String, CodingKey {
        case id, sessionID = "session_id", itemID = "item_id", enterpriseCode = "enterprise_code", source, severity
        case layer, itemTitle = "item_title", description, basis, remedy, evidence, status, foundAt = "found_at"
        case deadline, responsible, measures, funds, timeLimit = "time_limit", plan, rectifiedAt = "rectified_at"
        case verifiedAt = "verified_at", verifiedBy = "verified_by"
        case escalations, supervisionNumber = "supervision_number", supervisionAuthority = "supervision_authority"
        case supervisedAt = "supervised_at", delistedAt = "delisted_at", stopWorkScope = "stop_work_scope"
        case stopWorkAt = "stop_work_at", stopWorkClearedAt = "stop_work_cleared_at", remediationPlan = "remediation_plan"
        case verificationNote = "verification_note", place
    }

    /// Codable through the columns, the escalation ones flattened into the row.
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeIfPresent(Int64.self, forKey: .id)
        sessionID = try c.decode(Int64.self, forKey: .sessionID)
        itemID = try c.decode(String.self, forKey: .itemID)
        enterpriseCode = try c.decode(String.self, forKey: .enterpriseCode)
        source = try c.decode(String.self, forKey: .source)
        severity = try c.decode(String.self, forKey: .severity)
        layer = try c.decode(String.self, forKey: .layer)
        itemTitle = try c.decode(String.self, forKey: .itemTitle)
        description = try c.decode(String.self, forKey: .description)
        basis = try c.decode(String.self, forKey: .basis)
        remedy = try c.decodeIfPresent(String.self, forKey: .remedy)
        evidence = try c.decode(String.self, forKey: .evidence)
        status = try c.decode(String.self, forKey: .status)
        foundAt = try c.decode(Date.self, forKey: .foundAt)
        deadline = try c.decode(Date.self, forKey: .deadline)
        responsible = try c.decodeIfPresent(String.self, forKey: .responsible)
        measures = try c.decodeIfPresent(String.self, forKey: .measures)
        funds = try c.decodeIfPresent(String.self, forKey: .funds)
        timeLimit = try c.decodeIfPresent(String.self, forKey: .timeLimit)
        plan = try c.decodeIfPresent(String.self, forKey: .plan)
        rectifiedAt = try c.decodeIfPresent(Date.self, forKey: .rectifiedAt)
        verifiedAt = try c.decodeIfPresent(Date.self, forKey: .verifiedAt)
        verifiedBy = try c.decodeIfPresent(String.self, forKey: .verifiedBy)
        escalation.escalations = try c.decodeIfPresent(String.self, forKey: .escalations)
        escalation.supervisionNumber = try c.decodeIfPresent(String.self, forKey: .supervisionNumber)
        escalation.supervisionAuthority = try c.decodeIfPresent(String.self, forKey: .supervisionAuthority)
        escalation.supervisedAt = try c.decodeIfPresent(Date.self, forKey: .supervisedAt)
        escalation.delistedAt = try c.decodeIfPresent(Date.self, forKey: .delistedAt)
        escalation.stopWorkScope = try c.decodeIfPresent(String.self, forKey: .stopWorkScope)
        escalation.stopWorkAt = try c.decodeIfPresent(Date.self, forKey: .stopWorkAt)
        escalation.stopWorkClearedAt = try c.decodeIfPresent(Date.self, forKey: .stopWorkClearedAt)
        escalation.remediationPlan = try c.decodeIfPresent(String.self, forKey: .remediationPlan)
        escalation.verificationNote = try c.decodeIfPresent(String.self, forKey: .verificationNote)
        place = try c.decodeIfPresent(String.self, forKey: .place)
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(id, forKey: .id)
        try c.encode(sessionID, forKey: .sessionID)
        try c.encode(itemID, forKey: .itemID)
        try c.encode(enterpriseCode, forKey: .enterpriseCode)
        try c.encode(source, forKey: .source)
        try c.encode(severity, forKey: .severity)
        try c.encode(layer, forKey: .layer)
        try c.encode(itemTitle, forKey: .itemTitle)
        try c.encode(description, forKey: .description)
        try c.encode(basis, forKey: .basis)
        try c.encode(remedy, forKey: .remedy)
        try c.encode(evidence, forKey: .evidence)
        try c.encode(status, forKey: .status)
        try c.encode(foundAt, forKey: .foundAt)
        try c.encode(deadline, forKey: .deadline)
        try c.encode(responsible, forKey: .responsible)
        try c.encode(measures, forKey: .measures)
        try c.encode(funds, forKey: .funds)
        try c.encode(timeLimit, forKey: .timeLimit)
        try c.encode(plan, forKey: .plan)
        try c.encode(rectifiedAt, forKey: .rectifiedAt)
        try c.encode(verifiedAt, forKey: .verifiedAt)
        try c.encode(verifiedBy, forKey: .verifiedBy)
        try c.encode(escalation.escalations, forKey: .escalations)
        try c.encode(escalation.supervisionNumber, forKey: .supervisionNumber)
        try c.encode(escalation.supervisionAuthority, forKey: .supervisionAuthority)
        try c.encode(escalation.supervisedAt, forKey: .supervisedAt)
        try c.encode(escalation.delistedAt, forKey: .delistedAt)
        try c.encode(escalation.stopWorkScope, forKey: .stopWorkScope)
        try c.encode(escalation.stopWorkAt, forKey: .stopWorkAt)
        try c.encode(escalation.stopWorkClearedAt, forKey: .stopWorkClearedAt)
        try c.encode(escalation.remediationPlan, forKey: .remediationPlan)
        try c.encode(escalation.verificationNote, forKey: .verificationNote)
        try c.encode(place, forKey: .place)
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
            Column("escalations"), Column("supervision_number"), Column("supervision_authority"),
            Column("supervised_at"), Column("delisted_at"), Column("stop_work_scope"), Column("stop_work_at"),
            Column("stop_work_cleared_at"), Column("remediation_plan"), Column("verification_note"), Column("place"),
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
                ("escalations", .optionalText), ("supervision_number", .optionalText),
                ("supervision_authority", .optionalText), ("supervised_at", .optionalDate),
                ("delisted_at", .optionalDate), ("stop_work_scope", .optionalText), ("stop_work_at", .optionalDate),
                ("stop_work_cleared_at", .optionalDate), ("remediation_plan", .optionalText),
                ("verification_note", .optionalText), ("place", .optionalText),
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
        escalation.escalations = try row.decode(atIndex: 23)
        escalation.supervisionNumber = try row.decode(atIndex: 24)
        escalation.supervisionAuthority = try row.decode(atIndex: 25)
        escalation.supervisedAt = try DatabaseDateText.optionalDate(row, atIndex: 26)
        escalation.delistedAt = try DatabaseDateText.optionalDate(row, atIndex: 27)
        escalation.stopWorkScope = try row.decode(atIndex: 28)
        escalation.stopWorkAt = try DatabaseDateText.optionalDate(row, atIndex: 29)
        escalation.stopWorkClearedAt = try DatabaseDateText.optionalDate(row, atIndex: 30)
        escalation.remediationPlan = try row.decode(atIndex: 31)
        escalation.verificationNote = try row.decode(atIndex: 32)
        place = try row.decode(atIndex: 33)
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
        escalation = EscalationColumns(hazard)
        place = hazard.place
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
        var hazard = Hazard(id: id ?? 0, sessionID: sessionID, itemID: itemID, enterpriseCode: enterpriseCode, source: source,
                      severity: severity, layer: layer, itemTitle: itemTitle, description: description, basis: basis,
                      remedy: remedy, evidence: refs, status: status, foundAt: foundAt, deadline: deadline,
                      fiveMeasures: FiveMeasures(responsible: responsible, measures: measures, funds: funds,
                                                 timeLimit: timeLimit, plan: plan),
                      rectifiedAt: rectifiedAt, verifiedAt: verifiedAt, verifiedBy: verifiedBy)
        if !escalation.isEmpty { escalation.apply(to: &hazard) }
        hazard.place = place
        return hazard
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
    /// `HazardEvent` raw value (`v10-hazard-escalation`); NULL for a plain status change.
    var event: String?

    enum CodingKeys: String, CodingKey {
        case id, hazardID = "hazard_id", fromStatus = "from_status", toStatus = "to_status"
        case changedBy = "changed_by", changedAt = "changed_at", note, event
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
        event = try read.optionalText("event")
        if let event { try read.checked(event, "event", as: HazardEvent.self) }
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
        event = change.event?.rawValue
    }

    var value: HazardChange {
        HazardChange(hazardID: hazardID, from: fromStatus.flatMap(HazardStatus.init(rawValue:)),
                     to: HazardStatus(rawValue: toStatus) ?? .open, by: changedBy, at: changedAt, note: note,
                     event: event.flatMap(HazardEvent.init(rawValue:)))
    }
}
