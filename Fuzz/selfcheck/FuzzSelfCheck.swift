import CheckupCore
import CheckupImport
import CheckupStore
import CheckupXML
import Foundation

// Fuzz target: the self-check loader and the importer's semantic checks — the streaming parser
// with XSD validation, then the checks against the shipped catalog (checklist and version,
// items, profile, industry, credit code, dates).

/// The repository's catalog with its schemas, loaded once.
let catalog: SelfCheckCatalog? = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    guard let checklists = try? ChecklistCatalog(directory: root.appendingPathComponent("checklists").path) else { return nil }
    return try? SelfCheckCatalog(catalog: checklists)
}()

let now = Timestamp.parse("2026-11-30T12:00:00+08:00") ?? Date()

func exercise(_ bytes: [UInt8]) {
    guard let catalog else { fatalError("the catalog did not load; run from the repository") }
    for schema in [catalog.schema, nil] as [XMLSchema?] {
        do {
            let document = try SelfCheckReader.read(bytes: bytes, file: "fuzz.xml", schema: schema)
            let (match, entry) = catalog.match(id: document.checklistID, version: document.checklistVersion)
            let problems = SelfCheckRules.check(document, checklist: match, now: now)
            for problem in problems { _ = problem.description }
            if problems.isEmpty, let entry {
                _ = SelfCheckRules.checkIndustry(document, checklist: entry.index, industry: document.enterprise.industry)
            }
        } catch {
            _ = "\(error)"
        }
    }
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSelfCheck(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    exercise(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
#else
@main
struct ReplaySelfCheck {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            exercise([UInt8](FileManager.default.contents(atPath: path) ?? Data()))
        }
    }
}
#endif
