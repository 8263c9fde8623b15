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

    @Test func theChecklistsAreTheRepositorysFiles() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("checklists").path)
            .filter { $0.hasSuffix(".xml") }.sorted()
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
}
