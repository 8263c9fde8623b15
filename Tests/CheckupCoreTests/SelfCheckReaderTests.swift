import CheckupXML
import Foundation
import Testing
@testable import CheckupCore

/// Shared inputs of the self-check specifications: the repository's schema and checklist, the
/// fixtures in Fixtures/selfcheck, and small documents built from text.
enum SelfCheckFixtures {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The compiled selfcheck-1.xsd.
    static func schema() throws -> XMLSchema {
        try XMLSchema(path: repository.appendingPathComponent("checklists/schema/selfcheck-1.xsd").path)
    }

    /// The shipped gm-general checklist in the edition the fixtures name (`checklist-version="2026.1"`), kept as shipped
    /// in `checklists/previous/`.
    static func gmGeneral() throws -> Checklist {
        let schema = try XMLSchema(path: repository.appendingPathComponent("checklists/schema/checklist-1.xsd").path)
        let document = try SecureXML.parse(file: repository.appendingPathComponent("checklists/previous/gm-general-2026.1.xml").path,
                                           root: ChecklistLoader.rootName, schema: schema)
        return try ChecklistLoader.load(document)
    }

    static func path(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: "Fixtures/selfcheck/\(name)", withExtension: nil) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return url.path
    }

    /// A self-check of 金华市锦程机械制造有限公司 on gm-general with `results` (raw XML lines).
    static func text(results: String, performedAt: String = "2026-11-02T09:30:00+08:00", profile: String? = "no-ammonia",
                     version: String = "2026.1", checklist: String = "gm-general",
                     code: String = "91330703MA2HJ4C8XD") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <selfcheck xmlns="urn:checkup:selfcheck:1" checklist="\(checklist)" checklist-version="\(version)">
          <enterprise credit-code="\(code)" name="金华市锦程机械制造有限公司" township="孝顺镇" industry="机械"/>
          <performed-at>\(performedAt)</performed-at>
          <performed-by>王建华</performed-by>
        \(profile.map { "  <profile>\($0)</profile>" } ?? "")
        \(results)
        </selfcheck>

        """
    }

    static func read(_ text: String, schema: XMLSchema? = nil) throws -> SelfCheckDocument {
        try SelfCheckReader.read(bytes: Array(text.utf8), file: "t.xml", schema: schema)
    }

    static let now = Timestamp.parse("2026-11-29T09:00:00+08:00") ?? Date()
}

@Suite("Self-check reader")
struct SelfCheckReaderTests {
    @Test func readsEveryPartOfAFileWithLocations() throws {
        let document = try SelfCheckReader.read(file: SelfCheckFixtures.path("good.xml"),
                                                schema: SelfCheckFixtures.schema())
        #expect(document.checklistID == "gm-general" && document.checklistVersion == "2026.1")
        #expect(document.enterprise.creditCode == "91330703MA2HJ4C8XD")
        #expect(document.enterprise.industry == "机械")
        #expect(document.performedAt == Timestamp.parse("2026-11-02T09:30:00+08:00"))
        #expect(document.performedBy == "王建华")
        #expect(document.profileID == "no-ammonia")
        let fail = try #require(document.results.first { $0.itemID == "special-ops-01" })
        #expect(fail.status == .fail && fail.note == "两名焊工特种作业操作证已过期，正在安排复审")
        #expect(document.results.first?.location.line == 7)
        #expect(document.locations.enterprise.line == 3)
    }

    @Test func notesAreTrimmedAndBlankNotesAreNone() throws {
        let document = try SelfCheckFixtures.read(SelfCheckFixtures.text(results: """
              <result item="mgmt-01" status="pass"><note>
                 　已查阅  </note></result>
              <result item="mgmt-02" status="pass"><note/></result>
              <result item="mgmt-04" status="pass"><note>   </note></result>
            """))
        #expect(document.results.map(\.note) == ["已查阅", nil, nil])
    }

    @Test func aBlankStatusIsReadAsNotAnswered() throws {
        let document = try SelfCheckFixtures.read(SelfCheckFixtures.text(results: #"<result item="mgmt-01" status=""/>"#),
                                                  schema: SelfCheckFixtures.schema())
        #expect(document.results.first?.status == .unchecked)
    }

    @Test func aFileOfAnotherNamespaceIsRefusedAtItsRoot() throws {
        let text = SelfCheckFixtures.text(results: "").replacingOccurrences(of: "urn:checkup:selfcheck:1", with: "urn:other:1")
        #expect {
            _ = try SelfCheckFixtures.read(text, schema: SelfCheckFixtures.schema())
        } throws: { error in
            guard case XMLError.wrongRoot(let location, let found, _) = error else { return false }
            return location.line == 2 && found.namespace == "urn:other:1"
        }
    }

    @Test func textThatIsNotXMLIsRefusedWithTheParsersMessage() throws {
        #expect {
            _ = try SelfCheckFixtures.read("credit_code,name\n91330703MA2HJ4C8XD,锦程\n", schema: SelfCheckFixtures.schema())
        } throws: { error in
            guard case XMLError.malformed(let diagnostic) = error else { return false }
            return diagnostic.message.contains("not an XML document")
        }
    }

    @Test func aTruncatedFileIsRefusedAtTheLineWhereItEnds() throws {
        let text = SelfCheckFixtures.text(results: #"<result item="mgmt-01" status="pass"/>"#)
        let cut = String(text.prefix(text.count - 30))
        #expect {
            _ = try SelfCheckFixtures.read(cut, schema: SelfCheckFixtures.schema())
        } throws: { error in
            guard case XMLError.malformed(let diagnostic) = error else { return false }
            // Cut inside a tag: libxml2's own message about that tag.
            return diagnostic.message != "not well-formed XML" && diagnostic.location.line >= 7
        }
    }

    @Test func aFileCutBetweenElementsSaysSo() throws {
        let text = SelfCheckFixtures.text(results: #"<result item="mgmt-01" status="pass"/>"#)
        guard let end = text.range(of: "</selfcheck>") else { Issue.record("fixture has no end tag"); return }
        let cut = String(text[..<end.lowerBound])
        #expect {
            _ = try SelfCheckFixtures.read(cut, schema: SelfCheckFixtures.schema())
        } throws: { error in
            guard case XMLError.malformed(let diagnostic) = error else { return false }
            return diagnostic.message.hasPrefix("the file ends before the document does (1 element still open)")
        }
    }

    @Test(arguments: ["xxe.xml", "bomb.xml"])
    func entityDeclarationsAreRefusedWhereTheyAre(name: String) throws {
        #expect {
            _ = try SelfCheckReader.read(file: SelfCheckFixtures.path(name), schema: SelfCheckFixtures.schema())
        } throws: { error in
            guard case XMLError.entitiesRefused(let location) = error else { return false }
            return location.line == 3 && location.column == 3
        }
    }

    @Test func anExternalDTDIsRefused() throws {
        #expect {
            _ = try SelfCheckReader.read(file: SelfCheckFixtures.path("external-dtd.xml"), schema: SelfCheckFixtures.schema())
        } throws: { error in
            guard case XMLError.externalDTDRefused(let location) = error else { return false }
            return location.line == 2 && location.column == 1
        }
    }

    @Test func aDeclaredGBKFileIsRead() throws {
        let document = try SelfCheckReader.read(file: SelfCheckFixtures.path("gbk.xml"), schema: SelfCheckFixtures.schema())
        #expect(document.enterprise.name == "金华鑫达化工贸易有限公司")
        #expect(document.results.contains { $0.note == "乙醇桶装储存区围堰高度不足，未配吸附棉" })
    }

    @Test func anUndeclaredGBKFileIsRefusedWithTheHintToDeclareIt() throws {
        #expect {
            _ = try SelfCheckReader.read(file: SelfCheckFixtures.path("gbk-undeclared.xml"), schema: SelfCheckFixtures.schema())
        } throws: { error in
            guard case XMLError.malformed(let diagnostic) = error else { return false }
            return diagnostic.message.contains(#"encoding="GBK""#) && diagnostic.location.line == 3
        }
    }

    @Test(arguments: ["utf16.xml", "bom.xml"])
    func utf16AndUTF8WithAByteOrderMarkAreRead(name: String) throws {
        let document = try SelfCheckReader.read(file: SelfCheckFixtures.path(name), schema: SelfCheckFixtures.schema())
        #expect(document.enterprise.township == "孝顺镇")
        #expect(!document.results.isEmpty)
    }

    @Test func schemaViolationsAreAllReportedInPlainWords() throws {
        let text = SelfCheckFixtures.text(results: """
              <result item="mgmt-01" status="PASS"/>
              <result item="mgmt-02" status="ok"/>
            """, performedAt: "2026-11-02T09:30:00")
        #expect {
            _ = try SelfCheckFixtures.read(text, schema: SelfCheckFixtures.schema())
        } throws: { error in
            guard case XMLError.invalid(let problems) = error else { return false }
            let messages = SelfCheckMessages.clarify(problems).map(\.message)
            return messages.count == 3
                && messages.contains { $0.hasPrefix("performed-at “2026-11-02T09:30:00” 不是带时区的日期时间") }
                && messages.contains("status “PASS” 不是 pass、fail 或 na（小写）")
        }
    }
}
