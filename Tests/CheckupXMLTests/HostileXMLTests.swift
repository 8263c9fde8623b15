import Foundation
import Testing
@testable import CheckupXML

/// The hostile inputs of issue 14 at the parser level: each is refused with one located line or
/// read correctly, by the tree parser and the event parser alike, never a crash.
@Suite("Hostile XML")
struct HostileXMLTests {
    /// `<root xmlns="urn:test:1"><item id="a">TEXT</item></root>` with `text` as the item's text.
    static func document(text: String) -> [UInt8] {
        Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<root xmlns=\"urn:test:1\">\n<item id=\"a\">".utf8)
            + Array(text.utf8) + Array("</item>\n</root>\n".utf8)
    }

    /// Writes `bytes` to a temporary file, runs `body` with its path, then removes it.
    static func withFile<T>(_ bytes: [UInt8], _ body: (String) throws -> T) throws -> T {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString).xml").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try body(path)
    }

    // MARK: Item 1: a run of text over the limit

    /// 1.1 MiB of white space and a 2 MiB text, both over the 1 MiB limit on a run of text.
    static let longRuns = [String(repeating: " ", count: 1_153_434), String(repeating: "x", count: 2 * 1_048_576)]

    @Test(arguments: longRuns.indices)
    func aLongRunOfTextFromMemoryWithASchemaIsRefusedNotACrash(run: Int) throws {
        // Stopping the parse inside the text callback freed the buffer the schema validator read
        // next: SIGSEGV for a document parsed from memory between 1 and 4 MiB.
        let schema = try XMLSchema(path: Fixture.path("simple.xsd"))
        #expect {
            try XMLEventParser.parse(bytes: Self.document(text: Self.longRuns[run]), file: "long.xml", schema: schema,
                                     handler: ItemCollector())
        } throws: { error in
            guard case XMLError.textTooLong(let location, let limit) = error else { return false }
            return location.file == "long.xml" && location.line == 3 && limit == 1_048_576
        }
    }

    @Test(arguments: longRuns.indices)
    func aLongRunOfTextInAFileWithASchemaIsRefused(run: Int) throws {
        let schema = try XMLSchema(path: Fixture.path("simple.xsd"))
        try Self.withFile(Self.document(text: Self.longRuns[run])) { path in
            #expect {
                try XMLEventParser.parse(file: path, schema: schema, handler: ItemCollector())
            } throws: { error in
                guard case XMLError.textTooLong(let location, _) = error else { return false }
                return location.file == path && location.line == 3
            }
        }
    }

    @Test(arguments: longRuns.indices)
    func theTreeParserHoldsTheSameLimitOnARunOfText(run: Int) throws {
        let schema = try XMLSchema(path: Fixture.path("simple.xsd"))
        #expect {
            try SecureXML.parse(bytes: Self.document(text: Self.longRuns[run]), file: "long.xml", schema: schema)
        } throws: { error in
            guard case XMLError.textTooLong(let location, let limit) = error else { return false }
            return location.file == "long.xml" && location.line == 3 && limit == 1_048_576
                && "\(error)" == "long.xml:3:\(location.column): 两个标签之间的文本超过 1.0 MB"
        }
    }

    @Test func textUpToTheLimitIsReadWhole() throws {
        let text = String(repeating: "安", count: 1_048_576 / 3)
        let document = try SecureXML.parse(bytes: Self.document(text: text), file: "ok.xml")
        #expect(document.root.children.first?.text == text)
        let collector = ItemCollector()
        try XMLEventParser.parse(bytes: Self.document(text: text), file: "ok.xml", handler: collector)
        #expect(collector.items.first?.1 == text)
    }

    // MARK: Item 3: CDATA is text

    /// A text with a CDATA section in the middle, and one that is all CDATA with markup in it.
    static let cdataTexts: [(xml: String, text: String)] = [
        ("灭火器<![CDATA[未]]>过期", "灭火器未过期"),
        ("<![CDATA[<b>消防通道</b> & 堵塞]]>", "<b>消防通道</b> & 堵塞"),
    ]

    @Test(arguments: cdataTexts.indices)
    func cdataIsKeptAsTextByTheEventParserWithAndWithoutASchema(index: Int) throws {
        let (xml, text) = Self.cdataTexts[index]
        let schema = try XMLSchema(path: Fixture.path("simple.xsd"))
        for plugged in [schema, nil] as [XMLSchema?] {
            let collector = ItemCollector()
            try XMLEventParser.parse(bytes: Self.document(text: xml), file: "cdata.xml", schema: plugged, handler: collector)
            #expect(collector.items.first?.1 == text, "schema: \(plugged != nil)")
        }
    }

    @Test(arguments: cdataTexts.indices)
    func cdataIsKeptAsTextByTheTreeParser(index: Int) throws {
        let (xml, text) = Self.cdataTexts[index]
        let schema = try XMLSchema(path: Fixture.path("simple.xsd"))
        let document = try SecureXML.parse(bytes: Self.document(text: xml), file: "cdata.xml", schema: schema)
        #expect(document.root.children.first?.text == text)
    }

    // MARK: Items 4 and 13: a DTD never supplies data

    /// Documents whose DTD would supply data, or names an external DTD, each with the line and
    /// column of its DOCTYPE and whether it is the external kind.
    static let doctypes: [(xml: String, line: Int, column: Int, external: Bool)] = [
        // A default attribute value: weight="5" on every item.
        ("<?xml version=\"1.0\"?>\n<!DOCTYPE root [<!ATTLIST item weight CDATA \"5\">]>\n"
            + "<root xmlns=\"urn:test:1\"><item id=\"a\">x</item></root>", 2, 1, false),
        // A default namespace: a root without xmlns completed from the DTD.
        ("<?xml version=\"1.0\"?>\n  <!DOCTYPE root [\n<!ATTLIST root xmlns CDATA #FIXED \"urn:test:1\">\n]>\n"
            + "<root><item id=\"a\">x</item></root>", 2, 3, false),
        // An empty internal subset.
        ("<!DOCTYPE root []><root xmlns=\"urn:test:1\"><item id=\"a\">x</item></root>", 1, 1, false),
        // An external DTD after 70 KB of comment.
        ("<?xml version=\"1.0\"?>\n<!--" + String(repeating: "c", count: 70_000) + "-->\n"
            + "<!DOCTYPE root PUBLIC \"-//X//Y\" \"http://127.0.0.1:9/x.dtd\">\n<root xmlns=\"urn:test:1\"><item id=\"a\">x</item></root>",
            3, 1, true),
    ]

    @Test(arguments: doctypes.indices)
    func aDoctypeThatCouldSupplyDataIsRefusedByBothParsers(index: Int) throws {
        let (xml, line, column, external) = Self.doctypes[index]
        let schema = try XMLSchema(path: Fixture.path("simple.xsd"))
        func refusedAtTheDoctype(_ error: any Error) -> Bool {
            switch error as? XMLError {
            case .externalDTDRefused(let location)?: return external && location.line == line && location.column == column
            case .internalSubsetRefused(let location)?: return !external && location.line == line && location.column == column
            default: return false
            }
        }
        for plugged in [schema, nil] as [XMLSchema?] {
            let collector = ItemCollector()
            #expect(performing: {
                try XMLEventParser.parse(bytes: Array(xml.utf8), file: "dtd.xml", schema: plugged, handler: collector)
            }, throws: refusedAtTheDoctype)
            #expect(collector.elements == 0, "refused before the first element")
            #expect(performing: {
                try SecureXML.parse(bytes: Array(xml.utf8), file: "dtd.xml", schema: plugged)
            }, throws: refusedAtTheDoctype)
        }
    }

    @Test func aDoctypeInUTF16IsFoundToo() throws {
        let xml = "\u{FEFF}<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<!DOCTYPE root SYSTEM \"file:///etc/passwd\">\n"
            + "<root xmlns=\"urn:test:1\"><item id=\"a\">x</item></root>"
        var bytes: [UInt8] = []
        for unit in xml.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect {
            try XMLEventParser.parse(bytes: bytes, file: "dtd.xml", handler: ItemCollector())
        } throws: { error in
            guard case XMLError.externalDTDRefused(let location) = error else { return false }
            return location.line == 2
        }
    }

    @Test func aBareDoctypeIsTolerated() throws {
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE root>\n<root xmlns=\"urn:test:1\"><item id=\"a\">x</item></root>"
        let schema = try XMLSchema(path: Fixture.path("simple.xsd"))
        let collector = ItemCollector()
        try XMLEventParser.parse(bytes: Array(xml.utf8), file: "bare.xml", schema: schema, handler: collector)
        #expect(collector.items.map(\.0) == ["a"])
        #expect(try SecureXML.parse(bytes: Array(xml.utf8), file: "bare.xml", schema: schema).root.children.count == 1)
    }

    // MARK: Items 13 and 16: encodings outside the documented set

    /// Documents in encodings no Checkup format accepts, with the name the refusal gives.
    static func foreignEncodings() -> [(bytes: [UInt8], name: String)] {
        let body = "<root xmlns=\"urn:test:1\"><item id=\"a\">安全</item></root>"
        // UTF-7 hides "<!DOCTYPE" from any byte scan as "+ADw-!DOCTYPE".
        let utf7 = "<?xml version=\"1.0\" encoding=\"UTF-7\"?>+ADw-!DOCTYPE root SYSTEM +ACI-file:///etc/passwd+ACI-+AD4-"
            + "+ADw-root xmlns=+ACI-urn:test:1+ACI-+AD4-+ADw-/root+AD4-"
        let utf32 = "<?xml version=\"1.0\" encoding=\"UTF-32\"?>" + body
        return [
            (Array(utf7.utf8), "UTF-7"),
            ([0x4C, 0x6F, 0xA7, 0x94, 0x93, 0x40, 0xA5, 0x85], "EBCDIC"),
            ([UInt8](utf32.data(using: .utf32LittleEndian) ?? Data()), "UTF-32"),
            ([UInt8](utf32.data(using: .utf32BigEndian) ?? Data()), "UTF-32"),
            ([0xFF, 0xFE, 0x00, 0x00] + [UInt8](utf32.data(using: .utf32LittleEndian) ?? Data()), "UTF-32"),
            (Array(("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + body).utf8), "ISO-8859-1"),
            // Declared past the 1 KB looked at before parsing: refused by the parser's own check.
            (Array(("<?xml version=\"1.0\"" + String(repeating: " ", count: 2_000) + "encoding=\"windows-1252\"?>" + body).utf8),
             "windows-1252"),
        ]
    }

    @Test(arguments: 0..<7)
    func anEncodingOutsideTheSetIsRefusedAtTheStartByBothParsers(index: Int) throws {
        let (bytes, name) = Self.foreignEncodings()[index]
        func refused(_ error: any Error) -> Bool {
            guard case .encodingRefused(let location, let found, _)? = error as? XMLError else { return false }
            return location.line == 1 && location.column == 1 && found.uppercased() == name.uppercased()
        }
        let collector = ItemCollector()
        #expect(performing: { try XMLEventParser.parse(bytes: bytes, file: "enc.xml", handler: collector) }, throws: refused)
        #expect(collector.elements == 0)
        #expect(performing: { try SecureXML.parse(bytes: bytes, file: "enc.xml") }, throws: refused)
    }

    @Test func utf16WithoutAByteOrderMarkIsRefused() throws {
        let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><root xmlns=\"urn:test:1\"><item id=\"a\">x</item></root>"
        let bytes = [UInt8](text.data(using: .utf16LittleEndian) ?? Data())
        #expect {
            try XMLEventParser.parse(bytes: bytes, file: "u16.xml", handler: ItemCollector())
        } throws: { error in
            guard case XMLError.encodingRefused(_, let name, _) = error else { return false }
            return name.contains("UTF-16")
        }
    }

    @Test(arguments: ["gbk.xml", "utf16.xml"])
    func aChecklistIsUTF8Only(file: String) throws {
        #expect {
            try SecureXML.parse(file: Fixture.path(file), limits: .checklist)
        } throws: { error in
            guard case XMLError.encodingRefused(let location, _, let advice) = error else { return false }
            return location.line == 1 && advice.contains("UTF-8")
        }
        #expect(try SecureXML.parse(file: Fixture.path("utf8-bom.xml"), limits: .checklist).root.children.count == 1)
    }

    @Test func bytesThatDoNotDecodeAreRefusedWhereTheyAre() throws {
        // UTF-8 text declared GBK: 金 is E9 87 91; E9 87 reads as one GBK character, then 91 3C
        // ("<") is no GBK pair. libxml2 raises that without a parser context; it is located at
        // the bytes, once.
        let text = "<?xml version=\"1.0\" encoding=\"GBK\"?>\n<root xmlns=\"urn:test:1\">\n<item id=\"a\">ab金</item></root>"
        for parse in [{ try SecureXML.parse(bytes: Array(text.utf8), file: "gbk.xml") as Any },
                      { try XMLEventParser.parse(bytes: Array(text.utf8), file: "gbk.xml", handler: ItemCollector()) as Any }] {
            #expect {
                _ = try parse()
            } throws: { error in
                guard case XMLError.malformed(let diagnostic) = error else { return false }
                return diagnostic.location.line == 3 && diagnostic.message.contains("not valid in the encoding the file declares")
                    || diagnostic.message.contains("不符合文件声明的字符编码")
            }
        }
    }
}
