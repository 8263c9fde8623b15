import Foundation
import Testing
@testable import CheckupXML

/// Collects every `<item id>` and its text, the way a handler keeps only what it needs.
final class ItemCollector: XMLEventHandler {
    var items: [(String, String)] = []
    var elements = 0
    var ends = 0
    private var current: String?
    var refuse: String?

    func startElement(_ element: XMLStartTag) throws(XMLError) -> Bool {
        elements += 1
        if element.localName == refuse {
            throw .invalid([XMLDiagnostic(location: element.location, message: "refused \(element.localName)")])
        }
        guard element.hasLocalName("item") else { return false }
        current = element.attribute("id")
        return true
    }

    func endElement(text: UnsafeBufferPointer<UInt8>?) {
        ends += 1
        if let text { items.append((current ?? "", String(decoding: text, as: UTF8.self))) }
    }
}

@Suite("Event parser")
struct XMLEventParserTests {
    func items(file name: String, schema: XMLSchema? = nil) throws -> [(String, String)] {
        let collector = ItemCollector()
        try XMLEventParser.parse(file: Fixture.path(name), schema: schema, handler: collector)
        return collector.items
    }

    @Test func streamsElementsAttributesAndText() throws {
        let found = try items(file: "good.xml")
        #expect(found.map(\.0) == ["a", "b", "c"])
        #expect(found[0].1 == "安全出口畅通")
    }

    @Test func memoryAndFileGiveTheSameEvents() throws {
        let collector = ItemCollector()
        try XMLEventParser.parse(bytes: try Fixture.bytes("good.xml"), file: "mem.xml", handler: collector)
        let fromFile = try items(file: "good.xml")
        #expect(collector.items.map(\.0) == fromFile.map(\.0))
        #expect(collector.items.map(\.1) == fromFile.map(\.1))
    }

    @Test func readsAFileLargerThanOneChunkInPieces() throws {
        let count = 20_000
        var text = "<list>"
        for index in 0..<count { text += "<item id=\"i\(index)\">第\(index)项</item>\n" }
        text += "</list>"
        #expect(text.utf8.count > 4 * XMLEventParser.chunkSize)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("chunks-\(UUID().uuidString).xml").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let collector = ItemCollector()
        try XMLEventParser.parse(file: path, handler: collector)
        #expect(collector.items.count == count)
        #expect(collector.items.last?.0 == "i\(count - 1)")
        #expect(collector.items.last?.1 == "第\(count - 1)项")
    }

    @Test func validatesInTheSamePassAndReportsEveryViolation() throws {
        let schema = try XMLSchema(path: Fixture.path("simple.xsd"))
        #expect {
            _ = try items(file: "invalid.xml", schema: schema)
        } throws: { error in
            guard case XMLError.invalid(let problems) = error else { return false }
            return problems.count >= 3 && problems.allSatisfy { $0.location.line >= 1 }
        }
    }

    @Test func reportsEveryEndTagButTextOnlyWhereAskedFor() throws {
        let text = "<list><item id=\"a\">一<b>二</b>三</item><other>不要</other><item id=\"e\"/></list>"
        let collector = ItemCollector()
        try XMLEventParser.parse(bytes: Array(text.utf8), file: "t.xml", handler: collector)
        #expect(collector.elements == 5)
        #expect(collector.ends == 5)
        #expect(collector.items.map(\.0) == ["a", "e"])
        #expect(collector.items.map(\.1) == ["一二三", ""])
    }

    @Test func findsAttributesByBytesWithoutMakingStrings() throws {
        final class Probe: XMLEventHandler {
            var seen: [String] = []
            func startElement(_ element: XMLStartTag) throws(XMLError) -> Bool {
                if element.hasLocalName("item") {
                    seen.append(element.withAttribute("id") { String(decoding: $0, as: UTF8.self) } ?? "-")
                    seen.append(element.withAttribute("i") { _ in "prefix of id matched" } ?? "-")
                    seen.append(element.withAttribute("idx") { _ in "longer name matched" } ?? "-")
                }
                #expect(!element.hasLocalName("ite"))
                #expect(!element.hasLocalName("items"))
                return false
            }
            func endElement(text: UnsafeBufferPointer<UInt8>?) {}
        }
        let probe = Probe()
        try XMLEventParser.parse(bytes: Array("<list><item id=\"甲&amp;乙\"/></list>".utf8), file: "t.xml", handler: probe)
        #expect(probe.seen == ["甲&乙", "-", "-"])
    }

    @Test func attributeValuesArriveAsTheDocumentMeansThem() throws {
        let text = #"<list><item id="A&amp;B &#38; &lt;&gt;&quot;&apos; &#x4E2D;&#22269; &amp;#38;"/></list>"#
        let collector = ItemCollector()
        try XMLEventParser.parse(bytes: Array(text.utf8), file: "t.xml", handler: collector)
        #expect(collector.items.first?.0 == "A&B & <>\"' 中国 &#38;")
    }

    @Test func aValidDocumentPassesItsSchema() throws {
        let schema = try XMLSchema(path: Fixture.path("simple.xsd"))
        #expect(try items(file: "good.xml", schema: schema).count == 3)
    }

    @Test func refusesEntityDeclarations() throws {
        for name in ["xxe.xml", "bomb.xml"] {
            #expect {
                _ = try items(file: name)
            } throws: { error in
                guard case XMLError.entitiesRefused = error else { return false }
                return true
            }
        }
    }

    @Test func refusesEntityDeclarationsWithASchemaPlugged() throws {
        let schema = try XMLSchema(path: Fixture.path("simple.xsd"))
        for name in ["xxe.xml", "bomb.xml"] {
            #expect {
                _ = try items(file: name, schema: schema)
            } throws: { error in
                guard case XMLError.entitiesRefused = error else { return false }
                return true
            }
        }
    }

    @Test func stopsAtTheFirstParseErrorWithItsLine() throws {
        #expect {
            _ = try items(file: "malformed.xml")
        } throws: { error in
            guard case XMLError.malformed(let diagnostic) = error else { return false }
            return diagnostic.location.line == 4
        }
    }

    @Test func aSecondRootIsStillExtraContent() throws {
        #expect {
            try XMLEventParser.parse(bytes: Array("<a/><b/>".utf8), file: "two.xml", handler: ItemCollector())
        } throws: { error in
            guard case XMLError.malformed(let diagnostic) = error else { return false }
            return diagnostic.message.hasPrefix("Extra content at the end of the document")
        }
    }

    @Test func givesTheParserMessageEvenWithASchema() throws {
        let schema = try XMLSchema(path: Fixture.path("simple.xsd"))
        #expect {
            _ = try items(file: "malformed.xml", schema: schema)
        } throws: { error in
            guard case XMLError.malformed(let diagnostic) = error else { return false }
            return diagnostic.location.line == 4 && diagnostic.message != "not well-formed XML"
        }
    }

    @Test func readsGB18030() throws {
        #expect(try items(file: "gb18030.xml").first?.1 == EncodingTests.expected)
    }

    @Test func refusesOversizedInput() {
        #expect(throws: XMLError.self) {
            try XMLEventParser.parse(bytes: Array("<a/>".utf8), file: "x.xml", limits: XMLLimits(maxBytes: 2, maxDepth: 4),
                                     handler: ItemCollector())
        }
    }

    @Test func refusesEmptyInput() {
        #expect(throws: XMLError.self) {
            try XMLEventParser.parse(bytes: [], file: "x.xml", handler: ItemCollector())
        }
    }

    @Test func refusesDeepNesting() throws {
        let bytes = Array((String(repeating: "<a>", count: 10) + String(repeating: "</a>", count: 10)).utf8)
        #expect {
            try XMLEventParser.parse(bytes: bytes, file: "deep.xml", limits: XMLLimits(maxBytes: 1000, maxDepth: 5),
                                     handler: ItemCollector())
        } throws: { error in
            guard case XMLError.tooDeep = error else { return false }
            return true
        }
    }

    @Test func refusesALongRunOfTextBetweenTwoTags() throws {
        let text = "<list><item id=\"a\">" + String(repeating: "隐", count: 400_000) + "</item></list>"
        #expect {
            try XMLEventParser.parse(bytes: Array(text.utf8), file: "long.xml", handler: ItemCollector())
        } throws: { error in
            guard case XMLError.textTooLong(let location, let limit) = error else { return false }
            return limit == XMLLimits.stream.maxTextBytes && location.line == 1
        }
    }

    @Test func countsEachRunOfTextOnItsOwn() throws {
        let piece = String(repeating: "隐", count: 200_000)
        let text = "<list><item id=\"a\">" + piece + "<b/>" + piece + "</item></list>"
        let collector = ItemCollector()
        try XMLEventParser.parse(bytes: Array(text.utf8), file: "runs.xml", handler: collector)
        #expect(collector.items.first?.1.utf8.count == 2 * piece.utf8.count)
    }

    /// The gathered text's buffer is reused and grown by hand: each element gets its own
    /// text, however the lengths vary and wherever the chunks of a file end.
    @Test func eachElementGetsItsOwnTextAsTheBufferGrows() throws {
        let texts = (0..<300).map { index in index % 7 == 0 ? "" : String(repeating: "检\(index)", count: (index * 37) % 500) }
        var xml = "<list>"
        for (index, text) in texts.enumerated() { xml += "<item id=\"i\(index)\">\(text)</item>" }
        xml += "</list>"
        let collector = ItemCollector()
        try XMLEventParser.parse(bytes: Array(xml.utf8), file: "texts.xml", handler: collector)
        #expect(collector.items.map(\.1) == texts)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("texts-\(UUID().uuidString).xml").path
        try Data(xml.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let fromFile = ItemCollector()
        try XMLEventParser.parse(file: path, handler: fromFile)
        #expect(fromFile.items.map(\.1) == texts)
    }

    @Test func aHandlerErrorStopsTheParseAndIsRethrown() throws {
        let collector = ItemCollector()
        collector.refuse = "item"
        #expect {
            try XMLEventParser.parse(file: Fixture.path("good.xml"), handler: collector)
        } throws: { error in
            guard case XMLError.invalid(let problems) = error else { return false }
            return problems.first?.message == "refused item"
        }
        #expect(collector.elements == 2)
    }

    @Test func refusesAnExternalDTDBeforeAReferenceToAnEntityItMightDeclare() throws {
        let text = "<?xml version=\"1.0\"?><!DOCTYPE list SYSTEM \"http://example.invalid/x.dtd\"><list><item id=\"a\">&x;</item></list>"
        let collector = ItemCollector()
        #expect {
            try XMLEventParser.parse(bytes: Array(text.utf8), file: "ref.xml", handler: collector)
        } throws: { error in
            guard case XMLError.externalDTDRefused(let location) = error else { return false }
            return location.line == 1 && location.column == 22
        }
        #expect(collector.elements == 0)
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
