import CheckupCore
import Foundation
import GRDB

/// Row of `colour_override`.
struct ColourOverrideRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "colour_override"
    var id: Int64?
    var enterpriseCode: String
    var colour: String
    var reason: String
    var setBy: String
    var setAt: Date
    var expiresAt: Date

    enum CodingKeys: String, CodingKey {
        case id, enterpriseCode = "enterprise_code", colour, reason, setBy = "set_by", setAt = "set_at"
        case expiresAt = "expires_at"
    }

    init(_ value: ColourOverride) {
        id = value.id == 0 ? nil : value.id
        enterpriseCode = value.enterpriseCode
        colour = value.colour.rawValue
        reason = value.reason
        setBy = value.setBy
        setAt = value.setAt
        expiresAt = value.expiresAt
    }

    /// Reads the row's columns by name, refusing a value of the wrong kind (`RowReader`).
    init(row: Row) throws {
        let read = RowReader(row, table: Self.databaseTableName, key: ["id"])
        id = try read.integer("id")
        enterpriseCode = try read.text("enterprise_code")
        colour = try read.text("colour")
        reason = try read.text("reason")
        setBy = try read.text("set_by")
        setAt = try read.date("set_at")
        expiresAt = try read.date("expires_at")
        try read.checked(colour, "colour", as: RiskColour.self)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    var value: ColourOverride {
        ColourOverride(id: id ?? 0, enterpriseCode: enterpriseCode, colour: RiskColour(rawValue: colour) ?? .red,
                       reason: reason, setBy: setBy, setAt: setAt, expiresAt: expiresAt)
    }
}

/// Row of `patrol`.
struct PatrolRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "patrol"
    var id: Int64?
    var enterpriseCode: String
    var patrolledBy: String
    var patrolledAt: Date
    var note: String?
    var evidence: String
    var referred: Bool

    enum CodingKeys: String, CodingKey {
        case id, enterpriseCode = "enterprise_code", patrolledBy = "patrolled_by", patrolledAt = "patrolled_at"
        case note, evidence, referred
    }

    init(_ value: Patrol) {
        id = value.id == 0 ? nil : value.id
        enterpriseCode = value.enterpriseCode
        patrolledBy = value.patrolledBy
        patrolledAt = value.patrolledAt
        note = value.note
        evidence = jsonText(value.evidence)
        referred = value.referred
    }

    /// Reads the row's columns by name, refusing a value of the wrong kind (`RowReader`).
    init(row: Row) throws {
        let read = RowReader(row, table: Self.databaseTableName, key: ["id"])
        id = try read.integer("id")
        enterpriseCode = try read.text("enterprise_code")
        patrolledBy = try read.text("patrolled_by")
        patrolledAt = try read.date("patrolled_at")
        note = try read.optionalText("note")
        evidence = try read.text("evidence")
        referred = try read.bool("referred")
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    var value: Patrol {
        Patrol(id: id ?? 0, enterpriseCode: enterpriseCode, patrolledBy: patrolledBy, patrolledAt: patrolledAt,
               note: note, evidence: evidenceRefs(evidence), referred: referred)
    }
}
