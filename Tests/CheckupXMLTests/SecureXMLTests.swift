import Foundation
import Testing
@testable import CheckupXML

@Suite("Secure parsing")
struct SecureXMLTests {
    @Test func parsesElementsAttributesAndChineseText() throws {
        let doc = try SecureXML.parse(file: Fixture.path("good.xml"))
        #expect(doc.root.name == "root")
        #expect(doc.root.namespace == "urn:test:1")
        let items = doc.root.children(named: "item")
        #expect(items.count == 3)
        #expect(items[0][attribute: "id"] == "a")
        #expect(items[0].trimmedText == "安全出口畅通")
        #expect(items[1].lang == "en")
    }

    @Test func locatesEachStartTagEvenWhenSeveralShareALine() throws {
        let doc = try SecureXML.parse(file: Fixture.path("good.xml"))
        let items = doc.root.children(named: "item")
        #expect(items[0].location.line == 3)
        #expect(items[0].location.column == 3)
        #expect(items[1].location.line == 4)
        #expect(items[1].location.column == 3)
        #expect(items[2].location.line == 4)
        #expect(items[2].location.column == 49)
    }

    @Test func locatesAttributes() throws {
        let doc = try SecureXML.parse(file: Fixture.path("good.xml"))
        let weight = try #require(doc.root.children[0].attribute("weight"))
        #expect(weight.location.line == 3)
        #expect(weight.location.column == 16)
    }

    @Test func malformedInputIsRefusedWithFileLineAndColumn() {
        let path = Fixture.path("malformed.xml")
        #expect {
            try SecureXML.parse(file: path)
        } throws: { error in
            guard case XMLError.malformed(let diagnostic) = error else { return false }
            return diagnostic.location.file == path && diagnostic.location.line == 4 && diagnostic.location.column > 0
                && !error.localizedDescription.isEmpty
        }
    }

    @Test func externalEntityIsRefusedAndNothingIsRead() {
        let path = Fixture.path("xxe.xml")
        #expect {
            try SecureXML.parse(file: path)
        } throws: { error in
            guard case XMLError.entitiesRefused(let location) = error else { return false }
            return location.line == 3 && !"\(error)".contains("root:")
        }
    }

    @Test func entityExpansionBombIsRefusedQuickly() {
        let start = ContinuousClock.now
        #expect(throws: XMLError.self) { try SecureXML.parse(file: Fixture.path("bomb.xml")) }
        #expect {
            try SecureXML.parse(file: Fixture.path("bomb.xml"))
        } throws: { error in
            if case XMLError.entitiesRefused = error { return true }
            return false
        }
        // Not a timing assertion on speed, only a guard against expansion: seconds, not minutes.
        #expect(ContinuousClock.now - start < .seconds(30))
    }

    @Test func parameterEntityIsRefused() {
        #expect {
            try SecureXML.parse(file: Fixture.path("parameter-entity.xml"))
        } throws: { error in
            if case XMLError.entitiesRefused = error { return true }
            return false
        }
    }

    @Test func externalDTDIsRefusedAtItsDoctype() throws {
        // Never fetched or read: refused where it is named, before the root element.
        #expect {
            try SecureXML.parse(file: Fixture.path("external-dtd.xml"))
        } throws: { error in
            guard case XMLError.externalDTDRefused(let location) = error else { return false }
            return location.line == 2 && location.column == 1
        }
    }

    @Test func fileThatIsNotXMLIsRefused() {
        #expect {
            try SecureXML.parse(file: Fixture.path("not-xml.csv"))
        } throws: { error in
            guard case XMLError.malformed(let diagnostic) = error else { return false }
            return diagnostic.location.line == 1 && diagnostic.message.contains("not an XML document")
        }
    }

    @Test func emptyInputIsRefused() {
        #expect(throws: XMLError.self) { try SecureXML.parse(bytes: [], file: "empty.xml") }
    }

    @Test func missingFileIsRefused() {
        #expect(throws: XMLError.cannotRead(path: "/nonexistent/checklist.xml", reason: "no such file")) {
            try SecureXML.parse(file: "/nonexistent/checklist.xml")
        }
    }

    @Test func hugeFileIsRefusedBeforeReading() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("huge-\(UUID().uuidString).xml")
        FileManager.default.createFile(atPath: url.path, contents: Data("<root>".utf8))
        defer { try? FileManager.default.removeItem(at: url) }
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 200 * 1_048_576)
        try handle.close()
        #expect {
            try SecureXML.parse(file: url.path)
        } throws: { error in
            guard case XMLError.tooLarge(_, let size, _) = error else { return false }
            return size == 200 * 1_048_576 && "\(error)".contains("200 MB")
        }
    }

    @Test func nestingPastTheLimitIsRefused() {
        let bytes = Array(("<a>" + String(repeating: "<b>", count: 70) + String(repeating: "</b>", count: 70) + "</a>").utf8)
        #expect {
            try SecureXML.parse(bytes: bytes, file: "deep.xml")
        } throws: { error in
            if case XMLError.tooDeep(_, let limit) = error { return limit == XMLLimits.tree.maxDepth }
            return false
        }
    }

    @Test func extremeNestingIsRefusedByTheParser() {
        #expect(throws: XMLError.self) { try SecureXML.parse(file: Fixture.path("deep.xml")) }
    }
}

@Suite("Encodings")
struct EncodingTests {
    static let expected = "金华市金东区孝顺镇安全生产体检站"

    @Test(arguments: ["gb18030.xml", "gbk.xml", "utf16.xml", "utf8-bom.xml"])
    func declaredEncodingsComeOutAsSwiftStrings(file: String) throws {
        let doc = try SecureXML.parse(file: Fixture.path(file))
        #expect(doc.root.children.first?.trimmedText == Self.expected)
    }

    @Test func gbkWithoutDeclarationIsRefusedWithAHint() {
        #expect {
            try SecureXML.parse(file: Fixture.path("gbk-undeclared.xml"))
        } throws: { error in
            guard case XMLError.malformed(let diagnostic) = error else { return false }
            return diagnostic.message.contains("GBK") && diagnostic.location.line == 3
        }
    }

    @Test func gb18030ColumnsCountCharacters() throws {
        let doc = try SecureXML.parse(file: Fixture.path("gb18030.xml"))
        #expect(doc.root.children.first?.location.column == 3)
    }
}

@Suite("Schema validation")
struct SchemaTests {
    @Test func validDocumentPasses() throws {
        let schema = try XMLSchema(path: Fixture.path("simple.xsd"))
        _ = try SecureXML.parse(file: Fixture.path("good.xml"), schema: schema)
    }

    @Test func everyViolationIsReportedNotOnlyTheFirst() throws {
        let schema = try XMLSchema(path: Fixture.path("simple.xsd"))
        #expect {
            try SecureXML.parse(file: Fixture.path("invalid.xml"), schema: schema)
        } throws: { error in
            guard case XMLError.invalid(let problems) = error else { return false }
            let lines = Set(problems.map(\.location.line))
            return problems.count >= 4 && lines.isSuperset(of: [3, 4, 5])
                && problems.allSatisfy { $0.location.column >= 1 && !$0.message.contains("{urn:test:1}") }
        }
    }

    @Test func brokenSchemaIsReported() {
        #expect(throws: XMLError.self) {
            try XMLSchema(data: Data("<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema'><xs:bogus/></xs:schema>".utf8), path: "bad.xsd")
        }
    }
}
