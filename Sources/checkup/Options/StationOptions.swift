import ArgumentParser
import CheckupCore
import CheckupStore
import Foundation

/// `--database` and `--catalog`: which station to work on.
struct StationOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Station database: a SQLite file, or a district server's URL postgresql://user@host[:port]/dbname (sslmode=disable, require or verify-full as ?sslmode=…; the password from PGPASSWORD or ~/.pgpass; docs/deployment.md). Default: $CHECKUP_DATABASE, else ./checkup.sqlite (created by the first command that records something).",
        valueName: "path|url"))
    var database: String?

    @OptionGroup var catalogOptions: CatalogOptions

    /// The database in force: a SQLite path or a `postgresql://` URL.
    var databasePath: String {
        StationDatabase.argument(explicit: database, environment: ProcessInfo.processInfo.environment)
    }

    /// Opens the database. Only a command that can record something into an empty station
    /// (registering enterprises, importing self-checks) passes `creating`; for every other
    /// command a database file that does not exist yet reads as an empty station, and no file
    /// is left behind — whatever it then refuses.
    func openStore(creating: Bool = false) throws -> any SelfCheckStore {
        try StationDatabase.open(databasePath, creating: creating)
    }

    /// Opens the station: database (see `openStore(creating:)`), catalog and evidence store
    /// beside the database.
    func openStation(creating: Bool = false) throws -> Station {
        let store = try openStore(creating: creating)
        return Station(store: store, catalog: try catalogOptions.open(),
                       evidence: StationDatabase.evidence(for: databasePath, environment: ProcessInfo.processInfo.environment))
    }
}

/// `--now ISO8601`: the moment to use instead of the clock, so tests and reports are
/// reproducible.
struct NowOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Use this moment as now (ISO 8601, e.g. 2026-11-29T09:30:00+08:00; no offset means UTC+8; from 2000-01-01 to 2099-12-31).",
        valueName: "time"))
    var now: String?

    func validate() throws {
        if let now {
            guard let date = Timestamp.parse(now) else {
                throw ValidationError(UsageText.notISODateOrTime.text("--now", now))
            }
            if let refusal = DateRange.refusal("--now", now, date: date, range: DateRange.settable) {
                throw ValidationError(refusal)
            }
        }
    }

    /// The moment in force.
    var date: Date {
        now.flatMap(Timestamp.parse) ?? Date()
    }
}
