import CheckupCore
import CheckupXML
import Foundation

// Fuzz target: the checklist loader — secure parse, XSD validation, the format's rules.
// Built with scripts/fuzz.sh (libFuzzer); built normally it replays the files it is given, which
// is how the regression test runs the reproducers in Fuzz/regressions/checklist/.

/// The shipped checklist schema, compiled once.
let schema: XMLSchema? = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    return try? XMLSchema(path: root.appendingPathComponent("checklists/schema/checklist-1.xsd").path)
}()

func exercise(_ bytes: [UInt8]) {
    do {
        let document = try SecureXML.parse(bytes: bytes, file: "fuzz.xml", root: ChecklistLoader.rootName, schema: schema)
        let checklist = try ChecklistLoader.load(document)
        for profile in [nil] + checklist.profiles {
            let items = checklist.applicableItems(profile: profile)
            _ = DefenceScore.compute(items: items.map { ScoringItem(id: $0.id, layer: $0.layer, weight: $0.weight, result: .pass) },
                                     weights: checklist.layerWeights)
        }
    } catch {
        _ = "\(error)"
    }
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzChecklist(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    exercise(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
#else
@main
struct ReplayChecklist {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            exercise([UInt8](FileManager.default.contents(atPath: path) ?? Data()))
        }
    }
}
#endif
