import CheckupCore
import Foundation

extension Station {
    /// The notice number of completed session `session`: the one issued before, else the next
    /// of the notice date's year (the completion's, station time) at `stationName`, issued at
    /// `at` and kept (`StationStore.issueNotice`).
    public func issueNotice(for session: Session, stationName: String, at: Date) throws -> IssuedNotice {
        let year = NoticeNumber.year(of: session.completedAt ?? at)
        return try store.issueNotice(session: session.id, year: year, at: at) { serial in
            NoticeNumber.make(station: stationName, year: year, serial: serial)
        }
    }
}
