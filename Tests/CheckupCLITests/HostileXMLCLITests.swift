import Foundation
import Testing

/// The hostile XML files of issue 14 through the real binary: `checkup import`,
/// `selfcheck fill --resume` and `checklist validate` refuse each with one located line (exit 1)
/// or read it correctly; never a crash, never data the file did not hold.
@Suite("Hostile XML end to end")
struct HostileXMLCLITests {
    /// Sample 01 (锦程, gm-general) with its mgmt-04 result replaced by `result`.
    static func jincheng(result: String) throws -> String {
        try SelfCheckCLIStation.sample("01-jincheng-2026-10-08.xml", replacing: [
            ("<result item=\"mgmt-04\" status=\"fail\"><note>新入职3名装配工未完成三级安全教育</note></result>", result),
        ])
    }

    /// Sample 01 with a 2 MiB note, or 1.1 MiB of white space before a result: between the
    /// 1 MiB text limit and the 4 MiB up to which the importer parses from memory.
    static func longText() throws -> [String] {
        [
            try jincheng(result: "<result item=\"mgmt-04\" status=\"fail\"><note>"
                         + String(repeating: "未", count: 700_000) + "</note></result>"),
            try jincheng(result: String(repeating: " ", count: 1_153_434)
                         + "<result item=\"mgmt-04\" status=\"fail\"><note>未培训</note></result>"),
        ]
    }

    @Test(arguments: 0..<2)
    func aLongTextIsRefusedAtItsLineAndTheGoodFilesOfTheRunAreStored(kind: Int) throws {
        let station = try SelfCheckCLIStation.make()
        try SelfCheckCLIStation.write(station, "in/a-good.xml", try SelfCheckCLIStation.sample("04-hengyuan-2026-11-05.xml"))
        let bad = try SelfCheckCLIStation.write(station, "in/b-long.xml", try Self.longText()[kind])
        let size = try #require(try FileManager.default.attributesOfItem(atPath: bad)[.size] as? Int)
        #expect(size > 1_048_576 && size < 4 * 1_048_576)
        let result = try station.run(["import", station.directory.appendingPathComponent("in").path],
                                     now: SelfCheckCLIStation.now)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("\(bad):9:") && result.stderr.contains("两个标签之间的文本超过 1.0 MB"),
                "\(result)")
        #expect(result.stdout.contains("共 2 个文件：导入 1，更正替代 0，重复跳过 0，拒收 1"), "\(result)")
    }

    @Test func fillResumeRefusesALongTextWithOneLine() throws {
        let station = try SelfCheckCLIStation.make()
        let form = try SelfCheckCLIStation.write(station, "long.xml", try Self.longText()[0])
        let before = try Data(contentsOf: URL(fileURLWithPath: form))
        let result = try station.run(["selfcheck", "fill", "--resume", form], now: SelfCheckCLIStation.now)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("\(form):9:") && result.stderr.contains("两个标签之间的文本超过 1.0 MB"),
                "\(result)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: form)) == before, "the file is left as it was")
    }

    @Test func checklistValidateRefusesALongTextWithOneLine() throws {
        let station = try TemporaryStation(checklists: ["mini.xml"])
        var text = try String(contentsOf: try TemporaryStation.fixture("mini.xml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "<title>责任制</title>",
                                         with: "<title>" + String(repeating: "题", count: 400_000) + "</title>")
        let url = station.directory.appendingPathComponent("long.xml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        let result = try station.runner.run(["checklist", "validate", "--catalog", station.catalog.path, url.path])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("long.xml:") && result.stderr.contains("两个标签之间的文本超过 1.0 MB"),
                "\(result)")
        #expect(result.stderr.components(separatedBy: "long.xml:").count == 2, "one located line: \(result)")
    }

    // MARK: Item 3: CDATA is text

    @Test func aNoteWithCDATAIsStoredWhole() throws {
        let station = try SelfCheckCLIStation.make()
        let file = try SelfCheckCLIStation.write(station, "cdata.xml", try Self.jincheng(
            result: "<result item=\"mgmt-04\" status=\"fail\"><note>灭火器<![CDATA[未]]>过期</note></result>"))
        let result = try station.run(["import", file], now: SelfCheckCLIStation.now)
        #expect(result.status == 0 && result.stdout.contains("导入 1，"), "\(result)")
        let shown = try station.run(["session", "show", "1", "--format", "json"])
        #expect(shown.stdout.contains("灭火器未过期"), "\(shown)")
    }

    @Test func aFailNoteAllInCDATAIsANote() throws {
        let station = try SelfCheckCLIStation.make()
        let file = try SelfCheckCLIStation.write(station, "cdata.xml", try Self.jincheng(
            result: "<result item=\"mgmt-04\" status=\"fail\"><note><![CDATA[三级教育<未完成>]]></note></result>"))
        let result = try station.run(["import", file], now: SelfCheckCLIStation.now)
        #expect(result.status == 0 && result.stdout.contains("导入 1，"), "\(result)")
        let shown = try station.run(["session", "show", "1", "--format", "json"])
        #expect(shown.stdout.contains("三级教育<未完成>") || shown.stdout.contains("三级教育\\u003c未完成\\u003e"), "\(shown)")
    }

    @Test func fillResumeWritesACDATANoteBackAsItsText() throws {
        let station = try SelfCheckCLIStation.make()
        let form = try SelfCheckCLIStation.write(station, "cdata.xml", try Self.jincheng(
            result: "<result item=\"mgmt-04\" status=\"fail\"><note>灭火器<![CDATA[未]]>过期 <![CDATA[a]]>]]&gt;<![CDATA[<b>]]></note></result>"))
        let result = try station.run(["selfcheck", "fill", "--resume", form], now: SelfCheckCLIStation.now,
                                     stdin: Data("y\n".utf8))
        #expect(result.status == 0, "\(result)")
        let text = try String(contentsOfFile: form, encoding: .utf8)
        #expect(text.contains("<note>灭火器未过期 a]]&gt;&lt;b&gt;</note>"), "\(text)")
        let imported = try station.run(["import", form], now: SelfCheckCLIStation.now)
        #expect(imported.status == 0, "\(imported)")
        let shown = try station.run(["session", "show", "1", "--format", "json"])
        #expect(shown.stdout.contains("灭火器未过期 a]]>"), "\(shown)")
    }

    // MARK: Items 4 and 13: a DTD never supplies data, wherever it stands

    /// Sample 01 with `doctype` before its root, and the root start tag replaced by `root` when given.
    static func jincheng(doctype: String, root: String? = nil) throws -> String {
        var text = try SelfCheckCLIStation.sample("01-jincheng-2026-10-08.xml")
        let start = #"<selfcheck xmlns="urn:checkup:selfcheck:1" checklist="gm-general" checklist-version="2026.1">"#
        text = text.replacingOccurrences(of: start, with: doctype + "\n" + (root ?? start))
        return text.replacingOccurrences(of: #"<result item="mgmt-01" status="pass"/>"#, with: #"<result item="mgmt-01"/>"#)
    }

    @Test func aDefaultStatusFromAnInternalSubsetIsRefusedNotAPass() throws {
        let station = try SelfCheckCLIStation.make()
        let file = try SelfCheckCLIStation.write(station, "attlist.xml", try Self.jincheng(
            doctype: #"<!DOCTYPE selfcheck [<!ATTLIST result status CDATA "pass">]>"#))
        let result = try station.run(["import", file], now: SelfCheckCLIStation.now)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("\(file):2:1: 不允许 DTD 内部子集"), "\(result)")
        let sessions = try station.run(["session", "list", "--format", "json"])
        #expect((try JSONSerialization.jsonObject(with: sessions.stdoutData) as? [Any])?.isEmpty == true, "\(sessions)")
    }

    @Test func aRootCompletedFromAnInternalSubsetIsRefused() throws {
        let station = try SelfCheckCLIStation.make()
        let file = try SelfCheckCLIStation.write(station, "root.xml", try Self.jincheng(
            doctype: """
                <!DOCTYPE selfcheck [
                  <!ATTLIST selfcheck xmlns CDATA #FIXED "urn:checkup:selfcheck:1"
                                      checklist CDATA "gm-general" checklist-version CDATA "2026.1">
                ]>
                """, root: "<selfcheck>"))
        let result = try station.run(["import", file], now: SelfCheckCLIStation.now)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("\(file):2:1: 不允许 DTD 内部子集"), "\(result)")
    }

    @Test func anExternalDTDAfter64KBIsRefused() throws {
        let station = try SelfCheckCLIStation.make()
        let file = try SelfCheckCLIStation.write(station, "late.xml", try Self.jincheng(
            doctype: "<!--" + String(repeating: "注", count: 30_000) + "-->\n<!DOCTYPE selfcheck SYSTEM \"http://127.0.0.1:9/x.dtd\">"))
        let result = try station.run(["import", file], now: SelfCheckCLIStation.now)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("\(file):3:1: 不允许引用外部 DTD"), "\(result)")
    }

    @Test func checklistValidateRefusesAnInternalSubset() throws {
        let station = try TemporaryStation(checklists: ["mini.xml"])
        var text = try String(contentsOf: try TemporaryStation.fixture("mini.xml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "<checklist ", with: "<!DOCTYPE checklist [<!ATTLIST item weight CDATA \"9\">]>\n<checklist ")
        let url = station.directory.appendingPathComponent("dtd.xml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        let result = try station.runner.run(["checklist", "validate", "--catalog", station.catalog.path, url.path])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("dtd.xml:2:1: 不允许 DTD 内部子集"), "\(result)")
    }

    // MARK: Items 13 and 16: encodings

    /// Sample 01 as `encoding` bytes, declared as `declared`.
    static func jincheng(declared: String, as encoding: String.Encoding) throws -> Data {
        let text = try SelfCheckCLIStation.sample("01-jincheng-2026-10-08.xml", replacing: [
            (#"encoding="UTF-8""#, "encoding=\"\(declared)\""),
            ("<selfcheck ", "<!DOCTYPE selfcheck SYSTEM \"http://127.0.0.1:9/x.dtd\">\n<selfcheck "),
        ])
        return try #require(text.data(using: encoding, allowLossyConversion: false))
    }

    @Test func encodingsOutsideTheDocumentedSetAreRefusedWithOneLocatedLine() throws {
        let station = try SelfCheckCLIStation.make()
        let utf7 = Data(("<?xml version=\"1.0\" encoding=\"UTF-7\"?>+ADw-!DOCTYPE selfcheck SYSTEM +ACI-x.dtd+ACI-+AD4-\n"
            + "+ADw-selfcheck xmlns=+ACI-urn:checkup:selfcheck:1+ACI-/+AD4-").utf8)
        let files: [(String, Data, String)] = [
            ("utf7.xml", utf7, "UTF-7"),
            ("utf32.xml", try Self.jincheng(declared: "UTF-32", as: .utf32LittleEndian), "UTF-32"),
            ("latin1.xml", try Self.jincheng(declared: "ISO-8859-1", as: .utf8), "ISO-8859-1"),
        ]
        for (name, data, encoding) in files {
            let url = station.directory.appendingPathComponent(name)
            try data.write(to: url)
            let result = try station.run(["import", url.path], now: SelfCheckCLIStation.now)
            #expect(result.status == 1, "\(result)")
            #expect(result.stderr == "\(url.path):1:1: 不接受的字符编码 \(encoding)：自查文件须为 UTF-8（可带 BOM）、带 BOM 的 UTF-16，"
                    + "或声明为 GBK / GB2312 / GB18030；请另存为 UTF-8\n", "\(result)")
        }
    }

    @Test func bytesNotInTheDeclaredEncodingGiveOneLocatedLineAndNoRawLibxml2Output() throws {
        let station = try SelfCheckCLIStation.make()
        let text = try SelfCheckCLIStation.sample("01-jincheng-2026-10-08.xml", replacing: [(#"encoding="UTF-8""#, #"encoding="GBK""#)])
        let file = try SelfCheckCLIStation.write(station, "gbk-bad.xml", text)
        let result = try station.run(["import", file], now: SelfCheckCLIStation.now)
        #expect(result.status == 1, "\(result)")
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].hasPrefix("\(file):3:") && lines[0].contains("不符合文件声明的字符编码"), "\(result)")
        #expect(!result.stderr.contains("encoding error") && !result.stdout.contains("encoding error"), "\(result)")
    }

    @Test func aChecklistInGBKIsRefused() throws {
        let station = try TemporaryStation(checklists: ["mini.xml"])
        let text = try String(contentsOf: try TemporaryStation.fixture("mini.xml"), encoding: .utf8)
            .replacingOccurrences(of: #"encoding="UTF-8""#, with: #"encoding="GB18030""#)
        let url = station.directory.appendingPathComponent("gb.xml")
        // Refused from its declaration, before a byte of the text is decoded.
        try text.write(to: url, atomically: true, encoding: .utf8)
        let result = try station.runner.run(["checklist", "validate", "--catalog", station.catalog.path, url.path])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("gb.xml:1:1: 不接受的字符编码 GB18030：检查表须为 UTF-8 编码"), "\(result)")
    }
}
