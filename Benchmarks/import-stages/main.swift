import CheckupCore
import CheckupImport
import CheckupStore
import CheckupXML
import Foundation

// Benchmark: what one self-check file costs on an importing thread, stage by stage, on one
// thread with every file already in memory (no disk, no database). `scripts/bench-import.sh`
// runs it on its corpus after the import; run it by hand with
//
//     .build-release/release/bench-import-stages CATALOG_DIR FILE_LIST [ROUNDS]
//
// Each stage adds to the one before, so the differences are what each step costs:
// hashing, the bare libxml2 SAX parse, the schema plugged into it, collecting the answers,
// the checks against the checklist, and preparing the rows the store writes.

/// A handler that keeps nothing: the parser's own cost.
final class NoHandler: XMLEventHandler {
    func startElement(_ element: XMLStartTag) throws(XMLError) -> Bool { false }
    func endElement(text: UnsafeBufferPointer<UInt8>?) {}
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("bench-import-stages: \(message)\n".utf8))
    exit(2)
}

let arguments = CommandLine.arguments
guard arguments.count >= 3 else { fail("usage: bench-import-stages CATALOG_DIR FILE_LIST [ROUNDS]") }
let rounds = arguments.count > 3 ? max(1, Int(arguments[3]) ?? 3) : 3
let catalog: SelfCheckCatalog
do {
    catalog = try SelfCheckCatalog(catalog: try ChecklistCatalog(directory: arguments[1]))
} catch {
    fail("cannot load the catalog: \(error)")
}
guard let list = try? String(contentsOfFile: arguments[2], encoding: .utf8) else { fail("cannot read \(arguments[2])") }
let paths = list.split(separator: "\n").map(String.init)
let files: [[UInt8]] = paths.compactMap { FileManager.default.contents(atPath: $0).map { [UInt8]($0) } }
guard files.count == paths.count, !files.isEmpty else { fail("cannot read every file of \(arguments[2])") }
let bytes = files.reduce(0) { $0 + $1.count }
let now = Date()

/// Runs `body` on every file `rounds` times and returns the best round's microseconds per file.
func measure(_ body: (Int) throws -> Void) rethrows -> Double {
    var best = Double.infinity
    for _ in 0..<rounds {
        let start = DispatchTime.now().uptimeNanoseconds
        for index in files.indices { try body(index) }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1000
        best = min(best, elapsed / Double(files.count))
    }
    return best
}

var sink = 0
let schema = catalog.schema
let stages: [(String, (Int) throws -> Void)] = [
    ("SHA-256 of the bytes", { sink &+= ContentHash.sha256(files[$0]).utf8.count }),
    ("SAX parse, no schema", { try XMLEventParser.parse(bytes: files[$0], file: paths[$0], handler: NoHandler()) }),
    ("SAX parse + XSD validation", {
        try XMLEventParser.parse(bytes: files[$0], file: paths[$0], schema: schema, handler: NoHandler())
    }),
    ("+ collecting the answers (SelfCheckReader)", {
        sink &+= try SelfCheckReader.read(bytes: files[$0], file: paths[$0], schema: schema).results.count
    }),
    ("+ checks against the checklist (SelfCheckRules)", {
        let document = try SelfCheckReader.read(bytes: files[$0], file: paths[$0], schema: schema)
        let (match, _) = catalog.match(id: document.checklistID, version: document.checklistVersion)
        sink &+= SelfCheckRules.check(document, checklist: match, now: now).count
    }),
    ("+ rows for the store (SelfCheckSubmission)", {
        let document = try SelfCheckReader.read(bytes: files[$0], file: paths[$0], schema: schema)
        let (match, entry) = catalog.match(id: document.checklistID, version: document.checklistVersion)
        sink &+= SelfCheckRules.check(document, checklist: match, now: now).count
        guard let entry, let performedAt = document.performedAt else { fail("\(paths[$0]) is refused") }
        let submission = SelfCheckSubmission(file: paths[$0], contentHash: "", document: document,
                                             performedAt: performedAt, checklist: entry.loaded, index: entry.index)
        sink &+= submission.document.results.count
    }),
]

print(String(format: "%d files, %.1f MB, best of %d rounds, one thread", files.count,
             Double(bytes) / 1_048_576, rounds))
// The first stage stands alone; each later one includes the one before it.
var previous = 0.0
for (position, (name, body)) in stages.enumerated() {
    let micros: Double
    do {
        micros = try measure(body)
    } catch {
        fail("\(name): \(error)")
    }
    let step = position <= 1 ? micros : micros - previous
    let label = name.padding(toLength: 48, withPad: " ", startingAt: 0)
    print(label + String(format: " %8.1f µs/file  (this step %6.1f µs)", micros, step))
    previous = micros
}
if sink == 42 { print("") }
