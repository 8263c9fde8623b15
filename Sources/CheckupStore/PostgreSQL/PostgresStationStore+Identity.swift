import CheckupCore
import Foundation
import PostgresNIO

extension PostgresStationStore {
    public func stationIdentity() throws -> StationIdentity {
        try withConnection { connection in
            guard let row = try await connection.rows("""
                SELECT name, short_name, notice_prefix, address, phone, district FROM station_identity WHERE id = 1
                """).first else { return StationIdentity() }
            return StationIdentity(name: try row[0].decode(String?.self), shortName: try row[1].decode(String?.self),
                                   noticePrefix: try row[2].decode(String?.self), address: try row[3].decode(String?.self),
                                   phone: try row[4].decode(String?.self), district: try row[5].decode(String?.self))
        }
    }

    public func saveStationIdentity(_ identity: StationIdentity, now: Date) throws {
        let i = identity
        try withConnection { connection in
            try await connection.run("""
                INSERT INTO station_identity (id, name, short_name, notice_prefix, address, phone, district, updated_at)
                VALUES (1, \(i.name), \(i.shortName), \(i.noticePrefix), \(i.address), \(i.phone), \(i.district),
                        \(PostgresDate.stored(now)))
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, short_name = excluded.short_name,
                    notice_prefix = excluded.notice_prefix, address = excluded.address, phone = excluded.phone,
                    district = excluded.district, updated_at = excluded.updated_at
                """)
        }
    }
}
