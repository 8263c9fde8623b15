import CheckupCore
import CheckupReports
import Foundation
import Testing

@Suite("Rectification notice: formats and templates")
struct NoticeRenderingTests {
    @Test("Markdown matches the golden file")
    func markdownGolden() throws {
        try ReportGolden.check(try ReportStation().notice().markdown(), "notice/notice-2.zh.md")
    }

    @Test("JSON matches the golden file")
    func jsonGolden() throws {
        try ReportGolden.check(try JSONOutput.string(try ReportStation().notice().json()), "notice/notice-2.zh.json")
    }

    @Test("HTML matches the golden file")
    func htmlGolden() throws {
        try ReportGolden.check(try ReportStation().notice().html(), "notice/notice-2.zh.html")
    }

    @Test("English Markdown matches the golden file")
    func englishMarkdownGolden() throws {
        try ReportGolden.check(try ReportStation().notice(language: .en).markdown(), "notice/notice-2.en.md")
    }

    @Test("the HTML is an A4 print page with the CJK font stack and table headers repeated on each page")
    func htmlIsPrintReady() throws {
        let html = try ReportStation().notice().html()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<html lang=\"zh-CN\">"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("@page { size: A4; margin: 18mm 16mm; }"))
        #expect(html.contains("\"Noto Sans CJK SC\",\"Noto Serif CJK SC\",\"Source Han Sans SC\",\"Microsoft YaHei\",sans-serif"))
        #expect(html.contains("thead { display: table-header-group; }"))
        #expect(html.contains("tr { break-inside: avoid;"))
    }

    @Test("the HTML is self-contained: no scripts, no external files, no fixed widths wider than A4")
    func htmlIsSelfContained() throws {
        let html = try ReportStation().notice().html().lowercased()
        for forbidden in ["<script", "<link", "<iframe", "<img", "src=", "href=", "@import", "url(", "http://", "https://"] {
            #expect(!html.contains(forbidden), "found \(forbidden)")
        }
        // Widths are in % or in mm within the 178 mm text block of A4 with 16 mm margins; none in px.
        #expect(html.firstMatch(of: /width: ?[0-9.]+px/) == nil)
        for match in html.matches(of: /width: ?([0-9.]+)mm/) {
            #expect((Double(match.output.1) ?? 999) <= 178)
        }
    }

    @Test("the HTML has every section: hazards, major hazards, scorecard, signatures, receipt")
    func htmlSections() throws {
        let html = try ReportStation().notice().html()
        for text in ["一、事故隐患及整改要求", "二、重大事故隐患（五落实）", "三、本次体检防控等级（四层记分卡）",
                     "检查人员（签字）", "企业负责人（签收）", "回　执", "金东安体〔2026〕第0001号",
                     "91330703MA2HJ4C8XD", "<div>张伟　", "<div>李娜　", "防控等级 L = "] {
            #expect(html.contains(text), "missing \(text)")
        }
        #expect(html.components(separatedBy: "<tbody class=\"hazard\">").count - 1 == 4)
        #expect(html.components(separatedBy: "<div class=\"major-block\">").count - 1 == 2)
    }

    @Test("a station's own template is used with the same names")
    func customTemplate() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("notice-\(UUID().uuidString).mustache")
        try "<h1>{{labels.title}} {{number}}</h1>{{#hazards}}<p>{{no}} {{itemID}} {{deadline}}</p>{{/hazards}}"
            .write(to: file, atomically: true, encoding: .utf8)
        let html = try ReportStation().notice().html(template: try ReportTemplate.file(file.path, escaping: .html))
        #expect(html == "<h1>安全生产隐患整改通知书 金东安体〔2026〕第0001号</h1><p>1 m2 2026-11-25</p>"
                + "<p>2 p1 2027-01-09</p><p>3 p2 已现场整改</p><p>4 t1 2027-01-09</p>")
    }

    @Test("a station's template that could turn escaping off is refused, with file and line",
          arguments: ["{{{enterprise.name}}}", "{{& enterprise.name}}", "{{% CONTENT_TYPE: TEXT}}", "{{=<% %>=}}"])
    func unsafeTemplateRefused(tag: String) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("notice-\(UUID().uuidString).mustache")
        try "<h1>{{number}}</h1>\n<p>\(tag)</p>\n".write(to: file, atomically: true, encoding: .utf8)
        #expect {
            _ = try ReportTemplate.file(file.path, escaping: .html)
        } throws: { error in
            guard case TemplateError.unescapedTag(let path, let line, _) = error else { return false }
            return path == file.path && line == 2
        }
    }

    @Test("a missing template file is refused with its path")
    func missingTemplate() {
        #expect {
            _ = try ReportTemplate.file("/nonexistent/notice.mustache", escaping: .html)
        } throws: { error in
            "\(error)".hasPrefix("/nonexistent/notice.mustache: cannot read template")
        }
    }

    @Test("the shipped notice templates insert every value escaped: no triple braces, no ampersand tags")
    func shippedNoticeTemplatesEscape() throws {
        for name in ["notice.html.mustache", "notice.md.mustache"] {
            let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Sources/CheckupReports/Templates/\(name)")
            let text = try String(contentsOf: source, encoding: .utf8)
            #expect(!text.contains("{{{") && !text.contains("{{&") && !text.contains("{{%") && !text.contains("{{="), "\(name)")
        }
    }
}

@Suite("Markdown escaping")
struct NoticeMarkdownEscapingTests {
    @Test("markup, pipes and inline punctuation become inert text", arguments: [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("a | b", "a \\| b"),
        ("*强调* _x_ `code` [链接](javascript:x) ~~删~~", "\\*强调\\* \\_x\\_ \\`code\\` \\[链接\\](javascript:x) \\~\\~删\\~\\~"),
        ("A & B", "A &amp; B"),
        ("back\\slash", "back\\\\slash"),
    ])
    func inline(input: String, expected: String) {
        #expect(MarkdownEscaping.escape(input) == expected)
    }

    @Test("a value cannot start a heading, list, rule or code block", arguments: [
        ("# 标题", "\\# 标题"),
        ("- 项", "\\- 项"),
        ("+ 项", "\\+ 项"),
        ("=HYPERLINK(\"x\")", "\\=HYPERLINK(\"x\")"),
        ("1. 项", "1\\. 项"),
        ("12) 项", "12\\) 项"),
        ("   # 标题", "   \\# 标题"),
        ("  3. 项", "  3\\. 项"),
    ])
    func leading(input: String, expected: String) {
        #expect(MarkdownEscaping.escape(input) == expected)
    }

    @Test("numbers, dates and dashes inside text stay readable")
    func readable() {
        #expect(MarkdownEscaping.escape("0.667") == "0.667")
        #expect(MarkdownEscaping.escape("2026-11-25") == "2026-11-25")
        #expect(MarkdownEscaping.escape("L = 1.5 (1.0 → 2.0)") == "L = 1.5 (1.0 → 2.0)")
    }

    @Test("line breaks become <br>, so a value stays in its table cell")
    func lineBreaks() {
        #expect(MarkdownEscaping.escape("一\n二\r\n三\r四") == "一<br>二<br>三<br>四")
    }
}
