import CheckupCore
import Foundation
import GRDB

/// Row of `inspector` (migration `v11-inspectors`).
struct InspectorRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "inspector"
    var name: String
    var certificate: String
    var phone: String?
    var addedAt: Date

    enum CodingKeys: String, CodingKey {
        case name, certificate, phone, addedAt = "added_at"
    }

    /// Reads the row's columns by name, refusing a value of the wrong kind (`RowReader`).
    init(row: Row) throws {
        let read = RowReader(row, table: Self.databaseTableName, key: ["name"])
        name = try read.text("name")
        certificate = try read.text("certificate")
        phone = try read.optionalText("phone")
        addedAt = try read.date("added_at")
    }

    init(_ inspector: Inspector, addedAt: Date) {
        name = inspector.name
        certificate = inspector.certificate
        phone = inspector.phone
        self.addedAt = addedAt
    }

    var value: Inspector { Inspector(name: name, certificate: certificate, phone: phone) }
}

extension SQLiteStationStore {
    public func inspectors() throws -> [Inspector] {
        try read { db in try InspectorRecord.order(Column("name")).fetchAll(db).map(\.value) }
    }

    public func addInspector(_ inspector: Inspector, now: Date) throws {
        try write { db in
            if let known = try InspectorRecord.fetchOne(db, key: inspector.name) {
                throw InspectorError.duplicate(known.name, certificate: known.certificate)
            }
            try InspectorRecord(inspector, addedAt: now).insert(db)
        }
    }
}
