import CheckupReports
import Foundation

// Fuzz target: a station's own report template (`--template`), checked and rendered as HTML and
// as Markdown against a small notice-like context. A refusal is fine; a crash, a hang or output
// over the bound is a finding.

struct Hazard {
    var item: String
    var note: String
    var evidence: [String]
}

struct Context {
    var title = "整改通知 <b>&</b>"
    var hasHazards = true
    var hazards = (1...4).map { Hazard(item: "m\($0)", note: "灭火器过期 {{x}} \u{1B}]0;x\u{07}", evidence: ["a.jpg", "b.jpg"]) }
    var layers = ["人", "技", "物", "管"]
    var counts = ["total": 4, "major": 1]
}

func exercise(_ bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    for escaping in [ReportTemplate.Escaping.html, .markdown] {
        guard let template = try? ReportTemplate.custom(text: text, source: "fuzz", escaping: escaping) else { continue }
        if let output = try? template.render(Context()) {
            precondition(output.utf8.count <= 32 * 1_048_576, "output over the bound")
        }
    }
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplate(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    exercise(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
#else
@main
struct ReplayTemplate {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            exercise([UInt8](FileManager.default.contents(atPath: path) ?? Data()))
        }
    }
}
#endif
