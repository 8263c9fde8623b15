import CheckupCore
import Foundation
import GRDB

extension SQLiteStationStore {
    public func updateSessionPeople(_ id: Int64, _ change: (Session) throws -> Session) throws -> Session {
        try write { db in
            guard var record = try SessionRecord.fetchOne(db, key: id) else { throw SessionError.unknownSession(id) }
            let next = try change(try record.value())
            record.place = next.place
            record.presentName = next.present?.name
            record.presentPost = next.present?.post
            try record.update(db, columns: ["place", "present_name", "present_post"])
            return try record.value()
        }
    }
}
