import CheckupCore
import CheckupStore
import Foundation
import Testing

/// The stores a test runs on: SQLite always; PostgreSQL too when `CHECKUP_TEST_POSTGRES` names a
/// server (`.ci/run` starts a throwaway one; scripts/pg-throwaway.sh).
enum Backend: String, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    /// The server's URL, when PostgreSQL tests are on.
    static var server: String? {
        ProcessInfo.processInfo.environment["CHECKUP_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// SQLite, and PostgreSQL when a server is given.
    static var all: [Backend] {
        server == nil ? [.sqlite] : [.sqlite, .postgres]
    }

    var testDescription: String { rawValue }
}

/// A station in a fresh temporary directory with the repository's schema and a small checklist,
/// on a fresh database of `backend` (for PostgreSQL, a database of its own on the test server,
/// dropped when the fixture goes).
final class StoreFixture {
    let directory: URL
    let station: Station
    let store: any SelfCheckStore
    /// The PostgreSQL database's URL, when on PostgreSQL.
    let serverDatabase: String?
    static let code = "91350100M000100Y43"
    static let now = Timestamp.parse("2026-11-29T09:00:00+08:00") ?? Date()

    init(_ backend: Backend = .sqlite) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("checkup-store-\(UUID().uuidString)")
        let catalog = directory.appendingPathComponent("catalog")
        try FileManager.default.createDirectory(at: catalog.appendingPathComponent("schema"), withIntermediateDirectories: true)
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        try FileManager.default.copyItem(at: repo.appendingPathComponent("checklists/schema/checklist-1.xsd"),
                                         to: catalog.appendingPathComponent("schema/checklist-1.xsd"))
        guard let mini = Bundle.module.url(forResource: "Fixtures/mini", withExtension: "xml") else {
            throw CocoaError(.fileNoSuchFile)
        }
        try FileManager.default.copyItem(at: mini, to: catalog.appendingPathComponent("mini.xml"))
        let path = directory.appendingPathComponent("station.sqlite").path
        switch backend {
        case .sqlite:
            serverDatabase = nil
            store = try SQLiteStationStore(path: path)
        case .postgres:
            let server = try #require(Backend.server)
            let database = try PostgresScratchDatabase.create(on: server)
            serverDatabase = database
            store = try PostgresStationStore(database)
        }
        station = Station(store: store, catalog: try ChecklistCatalog(directory: catalog.path),
                          evidence: EvidenceStore.beside(database: path))
        try store.saveEnterprise(Enterprise(creditCode: Self.code, name: "测试企业", township: "孝顺镇", industry: "化工"),
                                 update: false, now: Self.now)
    }

    deinit {
        (store as? PostgresStationStore)?.close()
        if let serverDatabase, let server = Backend.server {
            try? PostgresScratchDatabase.drop(serverDatabase, on: server)
        }
        try? FileManager.default.removeItem(at: directory)
    }

    /// The same database opened again by a store of its own.
    func reopened() throws -> any SelfCheckStore {
        if let serverDatabase { return try PostgresStationStore(serverDatabase) }
        return try SQLiteStationStore(path: sqlite.path)
    }

    /// The SQLite store (for the tests of SQLite's own settings and rows).
    var sqlite: SQLiteStationStore {
        store as! SQLiteStationStore
    }

    /// Starts an inspection on the mini checklist.
    func start(profile: String? = nil) throws -> Station.OpenedSession {
        try station.startOrResume(checklist: "mini", enterprise: Self.code, inspectors: ["张三"], profile: profile, now: Self.now)
    }

    var catalogFile: URL { directory.appendingPathComponent("catalog/mini.xml") }
}
