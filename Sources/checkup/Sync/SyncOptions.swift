import ArgumentParser
import CheckupCore
import CheckupStore
import Foundation

/// `--to URL` and the laptop's station, for `sync push` and `sync status`.
struct SyncOptions: ParsableArguments {
    @OptionGroup var station: StationOptions

    @Option(name: .long, help: ArgumentHelp(
        "The district server: postgresql://user@host[:port]/dbname (as --database).", valueName: "url"))
    var to: String

    /// The push from the laptop's SQLite station to the server. Test hooks:
    /// `CHECKUP_TEST_SYNC_BATCH` sessions a batch, `CHECKUP_TEST_SYNC_PAUSE` seconds after each.
    func sync() throws -> StationSync {
        let environment = ProcessInfo.processInfo.environment
        let path = station.databasePath
        if StationDatabase.isServer(path) { throw SyncError.localIsServer(PostgresURL.redacted(path)) }
        guard StationDatabase.isServer(to) else { throw SyncError.targetNotServer(to) }
        let url = try PostgresURL(to)
        guard FileManager.default.fileExists(atPath: path) else { throw SyncError.noLocalDatabase(path) }
        let store = try SQLiteStationStore(path: path)
        var sync = StationSync(local: store, evidence: StationDatabase.evidence(for: path, environment: environment), to: url)
        sync.origin = ((try? store.stationIdentity())?.name) ?? (path as NSString).lastPathComponent
        if let batch = environment["CHECKUP_TEST_SYNC_BATCH"].flatMap(Int.init), batch > 0 { sync.sessionsPerBatch = batch }
        if let pause = environment["CHECKUP_TEST_SYNC_PAUSE"].flatMap(Double.init), pause > 0 { sync.pauseAfterBatch = pause }
        return sync
    }
}
