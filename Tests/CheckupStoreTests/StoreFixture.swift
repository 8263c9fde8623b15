import CheckupCore
import CheckupStore
import Foundation

/// A station in a fresh temporary directory with the repository's schema and a small checklist.
struct StoreFixture {
    let directory: URL
    let station: Station
    let store: SQLiteStationStore
    static let code = "91350100M000100Y43"
    static let now = Timestamp.parse("2026-11-29T09:00:00+08:00") ?? Date()

    init() throws {
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
        store = try SQLiteStationStore(path: path)
        station = Station(store: store, catalog: try ChecklistCatalog(directory: catalog.path),
                          evidence: EvidenceStore.beside(database: path))
        try store.saveEnterprise(Enterprise(creditCode: Self.code, name: "测试企业", township: "孝顺镇", industry: "化工"),
                                 update: false, now: Self.now)
    }

    /// Starts an inspection on the mini checklist.
    func start(profile: String? = nil) throws -> Station.OpenedSession {
        try station.startOrResume(checklist: "mini", enterprise: Self.code, inspectors: ["张三"], profile: profile, now: Self.now)
    }

    var catalogFile: URL { directory.appendingPathComponent("catalog/mini.xml") }
}
