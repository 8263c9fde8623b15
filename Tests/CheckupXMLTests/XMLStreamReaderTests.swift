import Foundation
import Testing
@testable import CheckupXML

@Suite("Streaming reader")
struct XMLStreamReaderTests {
    /// Reads every start tag's id attribute and text.
    func items(_ reader: XMLStreamReader) throws -> [(String, String)] {
        var out: [(String, String)] = []
        var current: String?
        var text = ""
        while try reader.read() {
            switch reader.node {
            case .startElement where reader.localName == "item":
                current = reader.attribute("id")
                text = ""
            case .text:
                text += reader.text
            case .endElement where reader.localName == "item":
                out.append((current ?? "", text))
            default:
                break
            }
        }
        return out
    }

    @Test func streamsElementsAttributesAndText() throws {
        let reader = try XMLStreamReader(file: Fixture.path("good.xml"))
        let found = try items(reader)
        #expect(found.map(\.0) == ["a", "b", "c"])
        #expect(found[0].1 == "安全出口畅通")
    }

    @Test func validatesWhileStreamingAndReportsEveryViolation() throws {
        let schema = try XMLSchema(path: Fixture.path("simple.xsd"))
        let reader = try XMLStreamReader(file: Fixture.path("invalid.xml"), schema: schema)
        #expect {
            _ = try items(reader)
        } throws: { error in
            guard case XMLError.invalid(let problems) = error else { return false }
            return problems.count >= 3
        }
    }

    @Test func refusesEntityDeclarations() throws {
        for name in ["xxe.xml", "bomb.xml"] {
            let reader = try XMLStreamReader(file: Fixture.path(name))
            #expect(throws: XMLError.self) { _ = try items(reader) }
        }
    }

    @Test func stopsAtTheFirstParseError() throws {
        let reader = try XMLStreamReader(file: Fixture.path("malformed.xml"))
        #expect {
            _ = try items(reader)
        } throws: { error in
            guard case XMLError.malformed(let diagnostic) = error else { return false }
            return diagnostic.location.line == 4
        }
    }

    @Test func readsGB18030() throws {
        let reader = try XMLStreamReader(file: Fixture.path("gb18030.xml"))
        #expect(try items(reader).first?.1 == EncodingTests.expected)
    }

    @Test func streamsFromMemory() throws {
        let reader = try XMLStreamReader(bytes: try Fixture.bytes("good.xml"), file: "mem.xml")
        #expect(try items(reader).count == 3)
    }

    @Test func refusesOversizedInput() {
        #expect(throws: XMLError.self) {
            try XMLStreamReader(bytes: Array("<a/>".utf8), file: "x.xml", limits: XMLLimits(maxBytes: 2, maxDepth: 4))
        }
    }

    @Test func refusesDeepNesting() throws {
        let bytes = Array((String(repeating: "<a>", count: 10) + String(repeating: "</a>", count: 10)).utf8)
        let reader = try XMLStreamReader(bytes: bytes, file: "deep.xml", limits: XMLLimits(maxBytes: 1000, maxDepth: 5))
        #expect(throws: XMLError.self) { _ = try items(reader) }
    }
}

@Suite("Writer")
struct XMLStreamWriterTests {
    @Test func writesEscapedWellFormedXMLThatParsesBack() throws {
        let writer = try XMLStreamWriter()
        writer.startElement("root", namespace: "urn:test:1")
        writer.comment("检查项 -- 说明 -")
        writer.element("item", text: "<script>alert(1)</script> & \"引号\"", attributes: [("id", "a\"b<")])
        let data = try writer.finish()
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
        #expect(!text.contains("<script>"))
        let doc = try SecureXML.parse(bytes: [UInt8](data), file: "out.xml")
        #expect(doc.root.children.first?.text == "<script>alert(1)</script> & \"引号\"")
        #expect(doc.root.children.first?[attribute: "id"] == "a\"b<")
    }

    @Test func dropsControlCharactersXMLCannotCarry() throws {
        let writer = try XMLStreamWriter()
        writer.element("root", text: "a\u{1}b\tc")
        let doc = try SecureXML.parse(bytes: [UInt8](try writer.finish()), file: "out.xml")
        #expect(doc.root.text == "ab\tc")
    }
}
