import CheckupReports
import Foundation
import Testing

/// `@NullEncoded` keeps an optional key present in report JSON (`null` when there is no value)
/// and still decodes what plain optionals accept.
@Suite("NullEncoded")
struct NullEncodedTests {
    struct Sample: Codable, Equatable {
        var name: String
        @NullEncoded var score: Double? = nil
    }

    @Test("nil is written as null, the key stays")
    func nilIsNull() throws {
        #expect(try JSONOutput.string(Sample(name: "a")) == "{\n  \"name\" : \"a\",\n  \"score\" : null\n}\n")
    }

    @Test("a value is written as the value")
    func valueIsValue() throws {
        #expect(try JSONOutput.string(Sample(name: "a", score: 0.5)) == "{\n  \"name\" : \"a\",\n  \"score\" : 0.5\n}\n")
    }

    @Test("decoding accepts null, a missing key and a value")
    func decoding() throws {
        func decode(_ json: String) throws -> Sample {
            try JSONDecoder().decode(Sample.self, from: Data(json.utf8))
        }
        #expect(try decode(#"{"name": "a", "score": null}"#) == Sample(name: "a"))
        #expect(try decode(#"{"name": "a"}"#) == Sample(name: "a"))
        #expect(try decode(#"{"name": "a", "score": 0.5}"#) == Sample(name: "a", score: 0.5))
    }
}
