import CheckupCore
import Foundation
import Testing

/// `JSONString`, the one writer of JSON strings, writes what `JSONEncoder` writes.
@Suite("JSON strings")
struct JSONStringTests {
    static func encoded(_ value: String) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return String(decoding: try encoder.encode([value]), as: UTF8.self).dropFirst().dropLast().description
    }

    static let samples: [String] = {
        var texts = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }
        texts += ["\"", "\\", "/", "\u{7F}", "灭火器过期", "𝒳 and 🧯 beyond the BMP", "", "a", "plain ascii, long enough"]
        // Escapes at every position of a word, so the word-at-a-time check sees each lane.
        for position in 0..<17 {
            var scalars = Array(repeating: Character("x"), count: 17)
            scalars[position] = "\u{1B}"
            texts.append(String(scalars))
            scalars[position] = "\""
            texts.append(String(scalars))
            scalars[position] = "\\"
            texts.append(String(scalars))
        }
        texts.append("隐患\t整改\n复查\r\"销号\"\\\u{0}")
        return texts
    }()

    @Test(arguments: samples)
    func writesWhatJSONEncoderWrites(_ text: String) throws {
        #expect(JSONString.quoted(text) == (try Self.encoded(text)))
    }

    @Test func appendsToWhatIsThere() {
        var out = Array("[".utf8)
        JSONString.append("a\"b", to: &out)
        #expect(String(decoding: out, as: UTF8.self) == #"["a\"b""#)
    }
}
