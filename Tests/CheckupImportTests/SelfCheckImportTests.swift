import CheckupImport
import CheckupCore
import CheckupStore
import CheckupXML
import Foundation
import Testing

/// The stores an import test runs on: SQLite always; PostgreSQL too when `CHECKUP_TEST_POSTGRES`
/// names a server (a database of its own per test, dropped afterwards).
enum ImportBackend: String, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    /// The server's URL, when PostgreSQL tests are on.
    static var server: String? {
        ProcessInfo.processInfo.environment["CHECKUP_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// SQLite, and PostgreSQL when a server is given.
    static var all: [ImportBackend] {
        server == nil ? [.sqlite] : [.sqlite, .postgres]
    }

    var testDescription: String { rawValue }
}

/// A station in a temporary directory with the repository's catalog (schemas and the three
/// shipped checklists) and the sample enterprises of 孝顺镇 registered; self-check files are
/// written into `inbox`. On SQLite unless `backend` says PostgreSQL.
final class SelfCheckStation {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let now = Timestamp.parse("2026-11-29T09:00:00+08:00") ?? Date()
    static let jincheng = "91330703MA2HJ4C8XD"

    let directory: URL
    let catalogDirectory: URL
    let inbox: URL
    let store: any SelfCheckStore
    let catalog: ChecklistCatalog
    /// The PostgreSQL database's URL, when on PostgreSQL.
    let serverDatabase: String?

    init(register: Bool = true, backend: ImportBackend = .sqlite) throws {
        let manager = FileManager.default
        directory = manager.temporaryDirectory.appendingPathComponent("checkup-selfcheck-\(UUID().uuidString)")
        catalogDirectory = directory.appendingPathComponent("catalog")
        inbox = directory.appendingPathComponent("inbox")
        try manager.createDirectory(at: catalogDirectory, withIntermediateDirectories: true)
        try manager.createDirectory(at: inbox, withIntermediateDirectories: true)
        try manager.copyItem(at: Self.repository.appendingPathComponent("checklists/schema"),
                             to: catalogDirectory.appendingPathComponent("schema"))
        for name in ["gm-general.xml", "hazchem.xml", "small-premises.xml"] {
            try manager.copyItem(at: Self.repository.appendingPathComponent("checklists/\(name)"),
                                 to: catalogDirectory.appendingPathComponent(name))
        }
        switch backend {
        case .sqlite:
            serverDatabase = nil
            store = try SQLiteStationStore(path: directory.appendingPathComponent("station.sqlite").path)
        case .postgres:
            let database = try PostgresScratchDatabase.create(on: try #require(ImportBackend.server))
            serverDatabase = database
            store = try PostgresStationStore(database)
        }
        catalog = try ChecklistCatalog(directory: catalogDirectory.path)
        if register {
            let csv = try String(contentsOf: Self.repository.appendingPathComponent("samples/enterprises.csv"), encoding: .utf8)
            for enterprise in try EnterpriseCSV.read(csv, allowInvalidCodes: false).enterprises {
                try store.saveEnterprise(enterprise, update: false, now: Self.now)
            }
        }
    }

    deinit {
        (store as? PostgresStationStore)?.close()
        if let serverDatabase, let server = ImportBackend.server {
            try? PostgresScratchDatabase.drop(serverDatabase, on: server)
        }
        try? FileManager.default.removeItem(at: directory)
    }

    /// The SQLite store (for the tests of SQLite's own settings and rows).
    var sqlite: SQLiteStationStore {
        store as! SQLiteStationStore
    }

    /// Writes `text` (UTF-8) or `bytes` into the inbox and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let url = inbox.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Copies a sample of samples/selfchecks into the inbox.
    @discardableResult
    func sample(_ name: String) throws -> String {
        let bytes = try Data(contentsOf: Self.repository.appendingPathComponent("samples/selfchecks/\(name)"))
        return try write(name, bytes: [UInt8](bytes))
    }

    /// A fixture of Fixtures/selfcheck copied into the inbox.
    @discardableResult
    func fixture(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: "Fixtures/selfcheck/\(name)", withExtension: nil) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try write(name, bytes: [UInt8](try Data(contentsOf: url)))
    }

    /// Imports `paths` and returns every outcome in order with the summary.
    func importing(_ paths: [String], register: Bool = false, threads: Int = 2, batchFiles: Int = 500,
                   window: Int = 256, windowBytes: Int = 6 * 1_048_576)
        throws -> (outcomes: [SelfCheckImporter.FileOutcome], summary: SelfCheckImporter.Summary) {
        let importer = SelfCheckImporter(catalog: try SelfCheckCatalog(catalog: catalog), store: store,
                                         options: .init(register: register, now: Self.now, threads: threads,
                                                        window: window, windowBytes: windowBytes,
                                                        batchFiles: batchFiles))
        var outcomes: [SelfCheckImporter.FileOutcome] = []
        let summary = try importer.run(paths: paths, outcome: { outcomes.append($0) })
        return (outcomes, summary)
    }

    /// A self-check of 锦程 on gm-general 2026.1 (profile no-ammonia) with `results`.
    static func text(results: String = #"  <result item="mgmt-01" status="pass"/>"#,
                     performedAt: String = "2026-11-02T09:30:00+08:00", code: String = jincheng,
                     name: String = "金华市锦程机械制造有限公司", version: String = "2026.1") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <selfcheck xmlns="urn:checkup:selfcheck:1" checklist="gm-general" checklist-version="\(version)">
          <enterprise credit-code="\(code)" name="\(name)" township="孝顺镇" industry="机械"/>
          <performed-at>\(performedAt)</performed-at>
          <performed-by>王建华</performed-by>
          <profile>no-ammonia</profile>
        \(results)
        </selfcheck>

        """
    }

    /// Rows of `table` (session, selfcheck_file or enterprise), through the public API.
    func count(_ table: String) throws -> Int {
        switch table {
        case "session": return try store.sessions(enterprise: nil, checklistID: nil, kind: nil, status: nil).count
        case "selfcheck_file": return try store.selfCheckFiles(enterprise: nil).count
        case "enterprise": return try store.enterprises(township: nil).count
        default: return -1
        }
    }
}

@Suite("Self-check import")
struct SelfCheckImportTests {
    @Test(arguments: ImportBackend.all)
    func aGoodFileBecomesACompletedSelfCheckSessionWithItsFindings(backend: ImportBackend) throws {
        let station = try SelfCheckStation(backend: backend)
        let path = try station.sample("02-jincheng-2026-11-02.xml")
        let (outcomes, summary) = try station.importing([path])
        #expect(summary.imported == 1 && summary.files == 1)
        let id = try #require(outcomes.first?.outcome.session)
        let session = try #require(try station.store.session(id))
        let performed = Timestamp.parse("2026-11-02T09:30:00+08:00")
        #expect(session.kind == .selfCheck && session.status == .completed)
        #expect(session.startedAt == performed && session.completedAt == performed)
        #expect(session.inspectors == ["王建华"] && session.profileID == "no-ammonia")
        #expect(session.checklistID == "gm-general" && session.checklistVersion == "2026.1")
        #expect(try station.store.snapshot(hash: session.checklistHash) != nil)
        let document = try SelfCheckReader.read(file: path, schema: nil)
        let findings = try station.store.findings(session: id)
        #expect(findings.map(\.answer) == document.results.map(\.answer))
        #expect(findings.allSatisfy { $0.recordedBy == "王建华" && $0.recordedAt == performed })
        let ledger = try station.store.selfCheckFiles(enterprise: SelfCheckStation.jincheng)
        #expect(ledger.count == 1 && ledger[0].sessionID == id && ledger[0].fileName == path)
        #expect(ledger[0].contentHash == ContentHash.sha256([UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))))
    }

    @Test(arguments: ImportBackend.all)
    func aPerformerNameWithQuotesAndBackslashesIsKeptExactly(backend: ImportBackend) throws {
        let station = try SelfCheckStation(backend: backend)
        let name = #"王"五\ <安全员>"#
        let text = SelfCheckStation.text().replacingOccurrences(of: "<performed-by>王建华</performed-by>",
                                                                with: "<performed-by>王&quot;五\\ &lt;安全员&gt;</performed-by>")
        let (outcomes, _) = try station.importing([try station.write("q.xml", text)])
        let id = try #require(outcomes.first?.outcome.session)
        #expect(try station.store.session(id)?.inspectors == [name])
    }

    @Test(arguments: ImportBackend.all)
    func theSameFileImportedTwiceIsADuplicateTheSecondTime(backend: ImportBackend) throws {
        let station = try SelfCheckStation(backend: backend)
        let path = try station.sample("02-jincheng-2026-11-02.xml")
        let first = try station.importing([path])
        let copy = try station.write("copy/again.xml", bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
        let second = try station.importing([path, copy])
        let session = try #require(first.outcomes.first?.outcome.session)
        #expect(second.outcomes.map(\.outcome) == [.duplicate(session: session), .duplicate(session: session)])
        #expect(second.summary.duplicates == 2)
        #expect(try station.count("session") == 1)
    }

    @Test(arguments: ImportBackend.all)
    func twoCopiesInOneRunAreImportedOnce(backend: ImportBackend) throws {
        let station = try SelfCheckStation(backend: backend)
        let path = try station.sample("02-jincheng-2026-11-02.xml")
        let copy = try station.write("z-copy.xml", bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
        let (outcomes, _) = try station.importing([path, copy])
        #expect(outcomes.map(\.outcome.status) == ["imported", "duplicate"])
        #expect(try station.count("session") == 1)
    }

    @Test(arguments: ImportBackend.all)
    func aCorrectedResubmissionSupersedesTheEarlierOneAndKeepsIt(backend: ImportBackend) throws {
        let station = try SelfCheckStation(backend: backend)
        let original = try station.sample("02-jincheng-2026-11-02.xml")
        let corrected = try station.sample("03-jincheng-2026-11-02-corrected.xml")
        let first = try station.importing([original])
        let second = try station.importing([corrected])
        let old = try #require(first.outcomes.first?.outcome.session)
        guard case .superseded(let new, let replaced) = second.outcomes.first?.outcome else {
            Issue.record("expected superseded, got \(second.outcomes)")
            return
        }
        #expect(replaced == old && new != old)
        #expect(try station.store.session(old)?.status == .superseded)
        #expect(try station.store.session(new)?.status == .completed)
        #expect(try station.store.findings(session: old).count > 0)
        let ledger = try station.store.selfCheckFiles(enterprise: SelfCheckStation.jincheng)
        #expect(ledger.map(\.supersededBy) == [ledger.last?.id, nil])
        #expect(second.summary.superseded == 1)
    }

    @Test(arguments: ImportBackend.all)
    func aSelfCheckOnAnotherDayIsAnotherSelfCheck(backend: ImportBackend) throws {
        let station = try SelfCheckStation(backend: backend)
        let (outcomes, _) = try station.importing([try station.sample("01-jincheng-2026-10-08.xml"),
                                                   try station.sample("02-jincheng-2026-11-02.xml")])
        #expect(outcomes.map(\.outcome.status) == ["imported", "imported"])
    }

    @Test(arguments: ImportBackend.all)
    func theSampleFolderImportsInEveryEncoding(backend: ImportBackend) throws {
        let station = try SelfCheckStation(backend: backend)
        let samples = SelfCheckStation.repository.appendingPathComponent("samples/selfchecks").path
        let (outcomes, summary) = try station.importing([samples])
        #expect(summary.refused == 0, "\(outcomes.filter { !$0.outcome.errors.isEmpty })")
        #expect(summary.imported == 7 && summary.superseded == 1)
        let gbk = try #require(outcomes.first { $0.file.hasSuffix("-gbk.xml") }?.outcome.session)
        #expect(try station.store.findings(session: gbk).contains { $0.answer.note == "应急预案未报镇应急办备案" })
    }

    @Test(arguments: ImportBackend.all)
    func aRefusedFileLeavesNothingBehind(backend: ImportBackend) throws {
        let station = try SelfCheckStation(backend: backend)
        let bad = try station.write("bad.xml", SelfCheckStation.text(
            results: #"  <result item="mgmt-01" status="pass"/>  <result item="mgmt-99" status="pass"/>"#,
            code: "91330703MA2HKL1P7M"))
        let (outcomes, summary) = try station.importing([bad], register: true)
        #expect(summary.refused == 1)
        #expect(outcomes.first?.outcome.errors.map(\.description) == ["\(bad):7:43: 检查表 gm-general 2026.1 中没有检查项“mgmt-99”"])
        #expect(try station.count("session") == 0 && station.count("selfcheck_file") == 0)
    }

    @Test(arguments: ImportBackend.all)
    func anUnregisteredEnterpriseIsRefusedWithoutRegister(backend: ImportBackend) throws {
        let station = try SelfCheckStation(register: false, backend: backend)
        let path = try station.write("new.xml", SelfCheckStation.text())
        let (outcomes, _) = try station.importing([path])
        let errors = try #require(outcomes.first?.outcome.errors)
        #expect(errors.map(\.description) == [
            "\(path):3:3: 企业 91330703MA2HJ4C8XD（金华市锦程机械制造有限公司）未登记；请先登记（checkup enterprise add），或导入时加 --register",
        ])
        #expect(try station.count("enterprise") == 0 && station.count("session") == 0)
    }

    @Test(arguments: ImportBackend.all)
    func registerAddsTheEnterpriseFromTheFile(backend: ImportBackend) throws {
        let station = try SelfCheckStation(register: false, backend: backend)
        let path = try station.write("new.xml", SelfCheckStation.text())
        let (outcomes, _) = try station.importing([path], register: true)
        #expect(outcomes.first?.outcome.status == "imported")
        let enterprise = try #require(try station.store.enterprise(SelfCheckStation.jincheng))
        #expect(enterprise.name == "金华市锦程机械制造有限公司" && enterprise.township == "孝顺镇" && enterprise.industry == "机械")
    }

    @Test(arguments: ImportBackend.all)
    func registerDoesNotAddTheEnterpriseOfARefusedFile(backend: ImportBackend) throws {
        let station = try SelfCheckStation(register: false, backend: backend)
        let path = try station.write("new.xml", SelfCheckStation.text(results: #"  <result item="mgmt-03" status="pass"/>"#))
        let (outcomes, _) = try station.importing([path], register: true)
        #expect(outcomes.first?.outcome.errors.first?.message.contains("只适用于 冶金, 有色 行业") == true)
        #expect(try station.count("enterprise") == 0)
    }

    @Test func aFileOver64MBIsRefusedBySizeWithoutBeingRead() throws {
        let station = try SelfCheckStation()
        let path = station.inbox.appendingPathComponent("huge.xml").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 200 * 1_048_576)   // sparse: no disk used
        try handle.close()
        let (outcomes, _) = try station.importing([path])
        #expect(outcomes.first?.outcome.errors.map(\.message) == ["文件大小 200 MB，超过 64 MB 的上限"])
    }

    @Test(arguments: ImportBackend.all)
    func aFileOverFourMegabytesIsStreamedFromDiskAndImports(backend: ImportBackend) throws {
        let station = try SelfCheckStation(backend: backend)
        let padding = "<!-- " + String(repeating: "自查记录附注 ", count: 300_000) + "-->\n"
        let text = SelfCheckStation.text().replacingOccurrences(of: "</selfcheck>", with: padding + "</selfcheck>")
        let path = try station.write("big.xml", text)
        #expect(text.utf8.count > 4 * 1_048_576)
        let (outcomes, _) = try station.importing([path])
        #expect(outcomes.first?.outcome.status == "imported", "\(outcomes)")
        let ledger = try station.store.selfCheckFiles(enterprise: nil)
        #expect(ledger.first?.contentHash == ContentHash.sha256(Array(text.utf8)))
    }

    @Test func aDeclaredGBKFileImportsAndAnUndeclaredOneIsRefusedWithAHint() throws {
        let station = try SelfCheckStation()
        let (outcomes, _) = try station.importing([try station.fixture("gbk.xml"), try station.fixture("gbk-undeclared.xml")])
        #expect(outcomes.map(\.outcome.status) == ["imported", "refused"])
        let error = try #require(outcomes.last?.outcome.errors.first)
        #expect(error.message.hasPrefix("text is not valid UTF-8; if the file is GBK or GB18030, declare it"))
        #expect(error.location.line == 3)
    }

    @Test(arguments: ["xxe.xml", "bomb.xml"])
    func entityPayloadsAreRefused(name: String) throws {
        let station = try SelfCheckStation()
        let (outcomes, _) = try station.importing([try station.fixture(name)])
        #expect(outcomes.first?.outcome.errors.first?.message.hasPrefix("不允许 DTD 实体声明") == true)
    }

    @Test func aFileThatIsNotThereIsRefusedAndTheOthersImport() throws {
        let station = try SelfCheckStation()
        let missing = station.inbox.appendingPathComponent("missing.xml").path
        let (outcomes, summary) = try station.importing([missing, try station.sample("04-hengyuan-2026-11-05.xml")])
        #expect(outcomes.first?.outcome.errors.first?.message == "无法读取：no such file or directory")
        #expect(summary.imported == 1 && summary.refused == 1)
    }

    /// The issue's directory case: 1,000 files, three bad, in small batches so that refusals
    /// fall inside batches that commit.
    @Test(arguments: ImportBackend.all)
    func aDirectoryOf1000FilesWithThreeBadOnesImports997(backend: ImportBackend) throws {
        let station = try SelfCheckStation(backend: backend)
        let start = try #require(Timestamp.parse("2026-06-01T08:00:00+08:00"))
        var bad: [String: String] = [:]
        for n in 0..<1000 {
            let at = Timestamp.iso(start.addingTimeInterval(Double(n) * 3600))
            let name = String(format: "township/%02d/%04d.xml", n / 100, n)
            var text = SelfCheckStation.text(results: """
                  <result item="mgmt-01" status="pass"/>
                  <result item="mgmt-02" status="fail"><note>第\(n)号：证书过期</note></result>
                """, performedAt: at)
            switch n {
            case 137:
                text = text.replacingOccurrences(of: #"item="mgmt-01""#, with: #"item="mgmt-02""#)
                bad[name] = "检查项 mgmt-02 出现两次"
            case 512:
                text = text.replacingOccurrences(of: SelfCheckStation.jincheng, with: "91330703MA2HJ4C8X0")
                bad[name] = "无效：校验码应为"
            case 999:
                text = String(text.prefix(300))
                bad[name] = ""   // truncated: the parser's own message
            default:
                break
            }
            try station.write(name, text)
        }
        let (outcomes, summary) = try station.importing([station.inbox.appendingPathComponent("township").path], batchFiles: 64)
        #expect(summary.imported == 997 && summary.refused == 3 && summary.files == 1000)
        let refused = outcomes.filter { $0.outcome.status == "refused" }
        #expect(refused.count == 3)
        for outcome in refused {
            let key = try #require(bad.keys.first { outcome.file.hasSuffix($0) })
            let error = try #require(outcome.outcome.errors.first)
            let expected = bad[key] ?? ""
            #expect(expected.isEmpty ? !error.message.isEmpty : error.message.contains(expected), "\(error)")
            #expect(error.location.line > 0 && error.location.file == outcome.file)
        }
        #expect(outcomes.map(\.file) == outcomes.map(\.file).sorted())
        #expect(try station.count("session") == 997)
        // Running it again changes nothing.
        let again = try station.importing([station.inbox.appendingPathComponent("township").path])
        #expect(again.summary.duplicates == 997 && again.summary.refused == 3)
        #expect(try station.count("session") == 997)
    }

    /// Refusals found by the readers and by the store, duplicates and imports, across batch
    /// boundaries, come out in input order and each batch stores only its good files.
    @Test(arguments: ImportBackend.all)
    func outcomesKeepInputOrderAcrossBatches(backend: ImportBackend) throws {
        let station = try SelfCheckStation(backend: backend)
        var paths: [String] = []
        for n in 0..<9 {
            let at = "2026-10-0\(n + 1)T09:00:00+08:00"
            switch n % 3 {
            case 0: paths.append(try station.write("\(n).xml", SelfCheckStation.text(performedAt: at)))
            case 1: paths.append(try station.write("\(n).xml", SelfCheckStation.text(performedAt: at, code: "91350100M000100Y43")))
            default: paths.append(try station.write("\(n).xml", "<not-xml"))
            }
        }
        paths.append(paths[0])
        let (outcomes, summary) = try station.importing(paths, threads: 2, batchFiles: 2)
        #expect(outcomes.map(\.file) == paths)
        #expect(outcomes.map(\.outcome.status) == ["imported", "refused", "refused", "imported", "refused", "refused",
                                                   "imported", "refused", "refused", "duplicate"])
        #expect(summary.imported == 3 && summary.refused == 6 && summary.duplicates == 1)
        #expect(try station.count("session") == 3)
    }

    /// A byte budget smaller than any file still lets one file through at a time: the import
    /// neither stalls nor loses order.
    @Test(arguments: ImportBackend.all)
    func aByteWindowSmallerThanAFileStillImportsEverythingInOrder(backend: ImportBackend) throws {
        let station = try SelfCheckStation(backend: backend)
        var paths: [String] = []
        for n in 0..<6 {
            paths.append(try station.write("\(n).xml", SelfCheckStation.text(performedAt: "2026-10-0\(n + 1)T09:00:00+08:00")))
        }
        let (outcomes, summary) = try station.importing(paths, threads: 3, batchFiles: 2, window: 4, windowBytes: 1)
        #expect(outcomes.map(\.file) == paths)
        #expect(summary.imported == 6)
        #expect(try station.count("session") == 6)
    }

    @Test func progressIsReportedForEveryFile() throws {
        let station = try SelfCheckStation()
        let paths = try ["01-jincheng-2026-10-08.xml", "04-hengyuan-2026-11-05.xml"].map { try station.sample($0) }
        let importer = SelfCheckImporter(catalog: try SelfCheckCatalog(catalog: station.catalog), store: station.store,
                                         options: .init(now: SelfCheckStation.now))
        var seen: [Int] = []
        try importer.run(paths: paths, outcome: { _ in }, progress: { done, total in
            seen.append(done)
            #expect(total == 2)
        })
        #expect(seen == [1, 2])
    }

    /// The import copies the write-ahead log into the database file on a thread of its own:
    /// the database file alone, without its log, holds what was imported.
    @Test func theImportedRowsReachTheDatabaseFileItself() throws {
        let station = try SelfCheckStation()
        let (outcomes, _) = try station.importing([try station.sample("02-jincheng-2026-11-02.xml")])
        let session = try #require(outcomes.first?.outcome.session)
        let copy = station.directory.appendingPathComponent("copy.sqlite")
        try FileManager.default.copyItem(at: station.directory.appendingPathComponent("station.sqlite"), to: copy)
        let alone = try SQLiteStationStore(path: copy.path)
        #expect(try alone.session(session)?.kind == .selfCheck)
        #expect(try alone.findings(session: session) == station.store.findings(session: session))
    }

    @Test func theImportLeavesTheConnectionsSettingsAsItFoundThem() throws {
        let station = try SelfCheckStation()
        let before = try ["wal_autocheckpoint", "synchronous", "foreign_keys", "cache_size", "temp_store"].map {
            try station.sqlite.pragma($0)
        }
        _ = try station.importing([try station.sample("02-jincheng-2026-11-02.xml")])
        let after = try ["wal_autocheckpoint", "synchronous", "foreign_keys", "cache_size", "temp_store"].map {
            try station.sqlite.pragma($0)
        }
        #expect(after == before)
    }

    /// The original and its correction in one run (one batch): the correction supersedes the
    /// original, whose hazards nobody has acted on are withdrawn, as when they come in two runs.
    @Test(arguments: ImportBackend.all)
    func aResubmissionInTheSameBatchSupersedesTheEarlierFile(backend: ImportBackend) throws {
        let station = try SelfCheckStation(backend: backend)
        let original = try station.sample("02-jincheng-2026-11-02.xml")
        let corrected = try station.sample("03-jincheng-2026-11-02-corrected.xml")
        let (outcomes, summary) = try station.importing([original, corrected])
        guard case .imported(let old) = outcomes.first?.outcome,
              case .superseded(let new, let replaced) = outcomes.last?.outcome else {
            Issue.record("expected imported then superseded, got \(outcomes)")
            return
        }
        #expect(replaced == old && new > old)
        #expect(summary.imported == 1 && summary.superseded == 1)
        #expect(try station.store.session(old)?.status == .superseded)
        #expect(try station.store.session(new)?.status == .completed)
        #expect(try station.store.hazards(HazardFilter(session: old)).isEmpty)
        #expect(try station.store.hazards(HazardFilter(session: new)).map(\.itemID) == ["special-ops-01", "equipment-02"])
        #expect(try station.store.findings(session: old).count > 0)
        let ledger = try station.store.selfCheckFiles(enterprise: SelfCheckStation.jincheng)
        #expect(ledger.map(\.supersededBy) == [ledger.last?.id, nil])
    }

    /// A stored submission, then two corrections of it in one run: each replaces the one before,
    /// so the chain runs stored → first correction → second, and only the last is in force.
    @Test(arguments: ImportBackend.all)
    func twoCorrectionsInOneRunReplaceEachOtherInOrder(backend: ImportBackend) throws {
        let station = try SelfCheckStation(backend: backend)
        let at = "2026-11-03T10:00:00+08:00"
        func text(_ note: String?) -> String {
            SelfCheckStation.text(results: note.map { #"  <result item="mgmt-02" status="fail"><note>\#($0)</note></result>"# }
                                  ?? #"  <result item="mgmt-02" status="pass"/>"#, performedAt: at)
        }
        let first = try station.importing([try station.write("a.xml", text("证书过期"))])
        let stored = try #require(first.outcomes.first?.outcome.session)
        let (outcomes, _) = try station.importing([try station.write("b.xml", text(nil)),
                                                   try station.write("c.xml", text("证书\t过期\\补办中"))])
        guard case .superseded(let b, let replacedByB) = outcomes.first?.outcome,
              case .superseded(let c, let replacedByC) = outcomes.last?.outcome else {
            Issue.record("expected two supersedings, got \(outcomes)")
            return
        }
        #expect(replacedByB == stored && replacedByC == b)
        #expect(try [stored, b, c].map { try station.store.session($0)?.status } == [.superseded, .superseded, .completed])
        #expect(try station.store.hazards(HazardFilter(session: stored)).isEmpty)
        let kept = try station.store.hazards(HazardFilter(session: c))
        #expect(kept.map(\.description) == ["证书\t过期\\补办中"])
        #expect(try station.store.hazardHistory(try #require(kept.first?.id)).count == 1)
        let ledger = try station.store.selfCheckFiles(enterprise: SelfCheckStation.jincheng)
        #expect(ledger.map(\.supersededBy) == [ledger[1].id, ledger[2].id, nil])
    }

    @Test func hiddenFilesAndOtherExtensionsInADirectoryAreSkipped() throws {
        let station = try SelfCheckStation()
        try station.sample("04-hengyuan-2026-11-05.xml")
        try station.write("._04-hengyuan-2026-11-05.xml", bytes: [0, 5, 22, 7])
        try station.write("notes.txt", "备注")
        try station.write(".trash/old.xml", "x")
        let (outcomes, _) = try station.importing([station.inbox.path])
        #expect(outcomes.map { URL(fileURLWithPath: $0.file).lastPathComponent } == ["04-hengyuan-2026-11-05.xml"])
    }
}
