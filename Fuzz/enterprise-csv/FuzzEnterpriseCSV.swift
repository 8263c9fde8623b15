import CheckupCore
import Foundation

// Fuzz target: the township enterprise list (CSV) reader, with and without invalid codes allowed.

func exercise(_ bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    for allow in [false, true] {
        if let result = try? EnterpriseCSV.read(text, allowInvalidCodes: allow) {
            for enterprise in result.enterprises where allow == false {
                precondition(CreditCode.validate(enterprise.creditCode).isSuccess, "an invalid code was accepted")
            }
        }
    }
    if let rows = try? CSV.parse(text) {
        // Writing what was read and reading it back gives the same fields (formula cells aside).
        let written = rows.map { CSV.line($0.fields.map { $0.hasPrefix("=") || $0.hasPrefix("+") || $0.hasPrefix("-") || $0.hasPrefix("@") ? "x" + $0 : $0 }) }.joined()
        _ = try? CSV.parse(written)
    }
}

extension Result {
    var isSuccess: Bool {
        if case .success = self { return true }
        return false
    }
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEnterpriseCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    exercise(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
#else
@main
struct ReplayEnterpriseCSV {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            exercise([UInt8](FileManager.default.contents(atPath: path) ?? Data()))
        }
    }
}
#endif
