import CheckupCore
@testable import CheckupStore
import Foundation
import Testing

/// The copies built into the binary are the repository's files, byte for byte
/// (scripts/embed-builtins.py writes them).
@Suite("Built-in files")
struct BuiltInFilesTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func file(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func theSchemasAreTheRepositorysFiles() throws {
        #expect(BuiltInFiles.checklistSchema == (try Self.file("checklists/schema/checklist-1.xsd")))
        #expect(BuiltInFiles.selfCheckSchema == (try Self.file("checklists/schema/selfcheck-1.xsd")))
        #expect(BuiltInFiles.supervisionPolicySchema == (try Self.file("checklists/schema/supervision-policy-1.xsd")))
    }

    @Test func theDefaultSupervisionPolicyIsTheRepositorysFile() throws {
        #expect(BuiltInFiles.defaultSupervisionPolicy == (try Self.file("policies/supervision-default.xml")))
    }

    /// The XML files of `checklists/` (or one of its folders), by name, sorted.
    static func xmlFiles(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent(folder).path)
            .filter { $0.hasSuffix(".xml") }.sorted()
    }

    @Test func theChecklistsAreTheRepositorysFiles() throws {
        let names = try Self.xmlFiles("checklists") + Self.xmlFiles("checklists/previous").map { "previous/\($0)" }
        #expect(BuiltInFiles.checklists.map(\.name) == names)
        for (name, text) in BuiltInFiles.checklists {
            #expect(text == (try Self.file("checklists/\(name)")), "\(name) differs: run python3 scripts/embed-builtins.py")
        }
    }

    @Test func aCatalogWithoutADirectoryHoldsTheShippedChecklists() throws {
        let (loaded, problems) = try ChecklistCatalog(directory: nil).all()
        #expect(problems.isEmpty)
        #expect(Set(loaded.map(\.checklist.id)) == ["gm-general", "hazchem", "small-premises"])
        #expect(loaded.allSatisfy { $0.path.hasPrefix(ChecklistCatalog.builtInPrefix) })
    }

    /// A self-check file names the edition it was made from; the editions kept in
    /// `checklists/previous/` are built in so that such files still import after an upgrade.
    @Test func theEarlierEditionsAreBuiltInBesideTheCurrentOnes() throws {
        let (loaded, problems) = try ChecklistCatalog(directory: nil).all()
        #expect(problems.isEmpty)
        let editions = Set(loaded.map { "\($0.checklist.id) \($0.checklist.version)" })
        for id in ["gm-general", "hazchem", "small-premises"] {
            #expect(editions.isSuperset(of: ["\(id) 2026.1", "\(id) 2026.2"]), "\(editions)")
        }
    }

    @Test func anIdWithoutAVersionResolvesToTheNewestEdition() throws {
        let catalog = try ChecklistCatalog(directory: nil)
        #expect(try catalog.resolve("gm-general").checklist.version == "2026.2")
        #expect(try catalog.resolve("gm-general", version: "2026.1").checklist.version == "2026.1")
    }

    /// A previous edition is a copy of what shipped, never edited: a self-check imported on it
    /// then shares the snapshot (keyed by content hash) of the sessions started when it was
    /// current. These are the hashes of the 2026.1 files as shipped (commit a31556c).
    @Test func thePreviousEditionsAreByteForByteWhatShipped() throws {
        let shipped = [
            "previous/gm-general-2026.1.xml": "42bfc03d7fa81ea389d28d05652dd0147eeca5a6549015c9ba90b06ebb78a309",
            "previous/hazchem-2026.1.xml": "1e3a72d08e92032d80b7603690acfb066da2a4ef927188e73b4793408f041ef7",
            "previous/small-premises-2026.1.xml": "fa445ae9015ba553e9f1d745468f537db79f789611fd7e5d4803221dfe3a8f8a",
        ]
        for (name, hash) in shipped {
            let text = try #require(BuiltInFiles.checklists.first { $0.name == name }?.text, "\(name) is not built in")
            #expect(ContentHash.sha256(Array(text.utf8)) == hash, "\(name) was edited after it shipped")
        }
    }

    @Test func eachPreviousEditionIsOlderThanTheCurrentEditionOfItsChecklist() throws {
        let (loaded, _) = try ChecklistCatalog(directory: nil).all()
        let current = loaded.filter { !$0.path.contains("/previous/") }
        for previous in loaded where previous.path.contains("/previous/") {
            let now = try #require(current.first { $0.checklist.id == previous.checklist.id })
            #expect(ChecklistCatalog.versionLess(previous.checklist.version, now.checklist.version),
                    "\(previous.path) \(previous.checklist.version) is not older than \(now.checklist.version)")
            #expect(previous.path == "\(ChecklistCatalog.builtInPrefix)previous/\(previous.checklist.id)-\(previous.checklist.version).xml")
        }
    }
}
