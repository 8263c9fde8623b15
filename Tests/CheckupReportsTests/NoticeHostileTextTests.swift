import CheckupCore
import CheckupReports
import Foundation
import Testing

/// Hostile text in names, addresses, inspectors and notes (`<script>`, `=HYPERLINK(…)`, quotes,
/// `&`, pipes, newlines) comes out inert in every format the notice is written in.
@Suite("Rectification notice: hostile text")
struct NoticeHostileTextTests {
    @Test("HTML: every hostile value is entity-escaped; no tag or attribute can be injected")
    func html() throws {
        let html = try ReportStation().notice(3).html()
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;恶意&quot;企业&quot;&amp;&#39;公司&#39;"))
        #expect(html.contains("=HYPERLINK(&quot;http://x&quot;)\n| 第二行 |"))
        #expect(html.contains("张三&lt;b&gt;"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;\n=HYPERLINK(&quot;http://evil&quot;)\n| a | b |\n# 标题 &amp; &quot;引号&quot;"))
        // Attribute values stay closed: every quote in the output belongs to the template.
        #expect(!html.contains("\"恶意"))
    }

    @Test("Markdown: no raw HTML, pipes escaped so every table row keeps its columns, no line starts with a hostile value")
    func markdown() throws {
        let markdown = try ReportStation().notice(3).markdown()
        #expect(!markdown.contains("<script"))
        #expect(!markdown.contains("<b>"))
        #expect(markdown.contains("&lt;script&gt;alert(1)&lt;/script&gt;<br>=HYPERLINK(\"http://evil\")<br>\\| a \\| b \\|<br># 标题 &amp; \"引号\""))
        // Each table keeps a constant number of unescaped pipes per row.
        var columns: Int?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else { columns = nil; continue }
            let pipes = Self.unescapedPipes(line)
            if let columns { #expect(pipes == columns, "row breaks its table: \(line)") }
            columns = pipes
        }
        for line in markdown.split(separator: "\n") {
            #expect(!line.hasPrefix("=") && !line.hasPrefix("# 标题") && !line.hasPrefix("<"), "\(line)")
        }
    }

    @Test("JSON: the hostile values come back exactly as written")
    func json() throws {
        let data = try JSONOutput.encode(try ReportStation().notice(3).json())
        let decoded = try JSONDecoder().decode(RectificationNotice.JSON.self, from: data)
        #expect(decoded.enterprise.name == ReportStation.hostileName)
        #expect(decoded.enterprise.address == ReportStation.hostileAddress)
        #expect(decoded.session.inspectors == [ReportStation.hostileInspector])
        #expect(decoded.hazards.first?.finding == ReportStation.hostileNote)
        // One value per line: newlines inside strings are escaped.
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\\n=HYPERLINK(\\\"http://evil\\\")\\n| a | b |\\n"))
    }

    static func unescapedPipes(_ line: Substring) -> Int {
        var count = 0
        var escaped = false
        for character in line {
            if character == "|" && !escaped { count += 1 }
            escaped = character == "\\" && !escaped
        }
        return count
    }
}

/// The people and places of issue 18 — legal representative, place inspected, person present,
/// a fail's place — hostile as the names are, come out inert in the notice and the record.
@Suite("People and places: hostile text")
struct PeopleHostileTextTests {
    static let escapedPlace = "=SUM(A1)|&lt;i&gt;车间&lt;/i&gt; &amp; &quot;库&quot;"
    static let escapedPerson = "@赵六&lt;script&gt;x&lt;/script&gt;"

    @Test("the notice's HTML escapes the legal representative and the place inspected")
    func noticeHTML() throws {
        let html = try ReportStation().notice(3).html()
        #expect(!html.contains("<i>") && !html.contains("<script"))
        #expect(html.contains("<td>\(Self.escapedPerson)</td>"))
        #expect(html.contains("<td>\(Self.escapedPlace)</td>"))
    }

    @Test("the record's HTML escapes the person present in the table and under the signature line")
    func recordHTML() throws {
        let html = try DocumentStation().record(3).html()
        #expect(!html.contains("<i>") && !html.contains("<script"))
        #expect(html.contains("<div class=\"present\">\(Self.escapedPerson)</div>"))
        #expect(html.contains("<td>\(Self.escapedPlace)</td>"))
    }

    @Test("the record prints a fail's place before its note, escaped, and in its JSON")
    func recordFailPlace() throws {
        let record = try DocumentStation().record(3)
        #expect(try record.html().contains("<span class=\"place\">部位：\(Self.escapedPlace)</span><br>"))
        #expect(record.json().items.first { $0.item == "m1" }?.place == ReportStation.hostilePlace)
        #expect(record.json().items.first { $0.item == "p1" }?.place == nil)
    }

    @Test("the record's Markdown keeps its table rows whole and starts no line with a hostile value")
    func recordMarkdown() throws {
        let markdown = try DocumentStation().record(3).markdown()
        #expect(!markdown.contains("<script") && !markdown.contains("<i>"))
        for line in markdown.split(separator: "\n") where line.hasPrefix("| ") && line.contains("赵六") {
            #expect(!line.contains("|<"), "\(line)")
        }
        for line in markdown.split(separator: "\n") {
            #expect(!line.hasPrefix("=") && !line.hasPrefix("@"), "\(line)")
        }
    }
}
