import CheckupCore
import Foundation
import GRDB

/// Row of `station_identity` (migration `v6-station-identity`): the one row, id 1.
struct StationIdentityRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "station_identity"
    var id: Int64 = 1
    var name: String?
    var shortName: String?
    var noticePrefix: String?
    var address: String?
    var phone: String?
    var district: String?
    var updatedAt: Date

    enum CodingKeys: String, CodingKey {
        case id, name, shortName = "short_name", noticePrefix = "notice_prefix", address, phone, district
        case updatedAt = "updated_at"
    }

    /// Reads the row's columns by name, refusing a value of the wrong kind (`RowReader`).
    init(row: Row) throws {
        let read = RowReader(row, table: Self.databaseTableName, key: ["id"])
        id = try read.integer("id")
        name = try read.optionalText("name")
        shortName = try read.optionalText("short_name")
        noticePrefix = try read.optionalText("notice_prefix")
        address = try read.optionalText("address")
        phone = try read.optionalText("phone")
        district = try read.optionalText("district")
        updatedAt = try read.date("updated_at")
    }

    init(_ identity: StationIdentity, updatedAt: Date) {
        name = identity.name
        shortName = identity.shortName
        noticePrefix = identity.noticePrefix
        address = identity.address
        phone = identity.phone
        district = identity.district
        self.updatedAt = updatedAt
    }

    var value: StationIdentity {
        StationIdentity(name: name, shortName: shortName, noticePrefix: noticePrefix, address: address,
                        phone: phone, district: district)
    }
}

extension SQLiteStationStore {
    public func stationIdentity() throws -> StationIdentity {
        try read { db in try StationIdentityRecord.fetchOne(db, key: 1)?.value ?? StationIdentity() }
    }

    public func saveStationIdentity(_ identity: StationIdentity, now: Date) throws {
        try write { db in try StationIdentityRecord(identity, updatedAt: now).save(db) }
    }
}
