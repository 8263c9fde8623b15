import CheckupCore
import Foundation

// Fuzz target: the small parsers the CLI applies to what people type: ISO 8601 dates (--now,
// --from, --deadline) and unified social credit codes.

func exercise(_ bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    if let date = Timestamp.parse(text) {
        // A parsed date prints and parses back to the same moment (to the second).
        let again = Timestamp.parse(Timestamp.iso(date))
        precondition(again.map { abs($0.timeIntervalSince(date)) < 1 } ?? false, "date did not round-trip: \(text)")
    }
    switch CreditCode.validate(text) {
    case .success(let code):
        precondition(code.value.count == 18, "a valid code has 18 characters")
        precondition(CreditCode.expectedCheckCharacter(for: String(code.value.prefix(17))) == code.value.last,
                     "check character mismatch")
    case .failure(let error):
        _ = error.message(for: text)
    }
    _ = CreditCode(unchecked: text).isValid
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParsers(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    exercise(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
#else
@main
struct ReplayParsers {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            exercise([UInt8](FileManager.default.contents(atPath: path) ?? Data()))
        }
    }
}
#endif
