import CheckupCore
import Foundation

extension Station {
    /// The notice number of completed session `session`: the one issued before, else the next
    /// of the notice date's year (the completion's, station time) at `stationName`, issued at
    /// `at` and kept (`StationStore.issueNotice`). The number starts with `numberPrefix` (the
    /// stored `--notice-prefix`) when given, else with the abbreviation of `stationName`.
    public func issueNotice(for session: Session, stationName: String, numberPrefix: String? = nil,
                            at: Date) throws -> IssuedNotice {
        let year = NoticeNumber.year(of: session.completedAt ?? at)
        let prefix = numberPrefix ?? NoticeNumber.abbreviation(of: stationName)
        return try store.issueNotice(session: session.id, year: year, at: at) { serial in
            NoticeNumber.make(prefix: prefix, year: year, serial: serial)
        }
    }
}
