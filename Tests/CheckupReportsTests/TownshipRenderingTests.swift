import CheckupCore
import CheckupReports
import Foundation
import Testing

@Suite("Township report: formats")
struct TownshipRenderingTests {
    @Test("JSON matches the golden file")
    func jsonGolden() throws {
        try ReportGolden.check(try JSONOutput.string(try ReportStation().township().json()), "township/township.zh.json")
    }

    @Test("HTML matches the golden file")
    func htmlGolden() throws {
        try ReportGolden.check(try ReportStation().township().html(), "township/township.zh.html")
    }

    @Test("JSON keys are stable and always present, undefined figures null")
    func jsonKeys() throws {
        let data = try JSONOutput.encode(try ReportStation().township().json())
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["township", "from", "to", "generated_at", "enterprises", "sessions", "hazards",
                                     "levels", "reliability", "trend", "not_inspected", "unreported_major"])
        let hazards = try #require(object["hazards"] as? [String: Any])
        let total = try #require(hazards["total"] as? [String: Any])
        #expect(Set(total.keys) == ["found", "rectified", "awaiting_verification", "verified", "fixed_on_site", "closed",
                                    "open", "overdue", "closed_on_time", "rectification_rate", "on_time_rate"])
        let levels = try #require(object["levels"] as? [String: Any])
        #expect(Set(levels.keys) == ["count", "mean_level", "mean_layers", "covered", "bands", "reached_2_0"])
        #expect(Set((levels["bands"] as? [String: Any])?.keys ?? [:].keys) == ["1.00-1.25", "1.25-1.50", "1.50-1.75", "1.75-2.00"])
    }

    @Test("the HTML is one self-contained A4 page: inline CSS and SVG, no scripts, no external files")
    func htmlSelfContained() throws {
        let html = try ReportStation().township().html()
        #expect(html.contains("@page { size: A4; margin: 18mm 16mm; }"))
        #expect(html.contains("\"Noto Sans CJK SC\",\"Noto Serif CJK SC\",\"Source Han Sans SC\",\"Microsoft YaHei\",sans-serif"))
        #expect(html.contains("thead { display: table-header-group; }"))
        let lower = html.lowercased()
        for forbidden in ["<script", "<link", "<iframe", "<img", "src=", "href=", "@import", "url(", "https://", "onload="] {
            #expect(!lower.contains(forbidden), "found \(forbidden)")
        }
        // The only http:// is the SVG namespace, which is a name, not a fetch.
        #expect(lower.components(separatedBy: "http://").count - 1 == lower.components(separatedBy: "xmlns=\"http://www.w3.org/2000/svg\"").count - 1)
    }

    @Test("the HTML has the three charts: hazards by layer, level distribution, monthly trend")
    func charts() throws {
        let html = try ReportStation().township().html()
        #expect(html.components(separatedBy: "<svg ").count - 1 == 3)
        for title in ["各防控层隐患数", "防控等级分布（企业数）", "月度发现与销号隐患数"] {
            #expect(html.contains("<title>\(title)</title>"), "missing chart \(title)")
        }
    }

    @Test("the HTML has every section")
    func sections() throws {
        let html = try ReportStation().township().html()
        for text in ["一、总体情况", "二、隐患排查治理", "三、防控等级（1.0 → 2.0）", "四、月度趋势", "五、企业自查可靠性（最低 5 家）",
                     "六、期间内未体检的企业", "口径说明", "整改率", "按期整改率", "金华恒源五金制品有限公司"] {
            #expect(html.contains(text), "missing \(text)")
        }
    }

    @Test("the shipped township template inserts text escaped; only the generated charts use triple braces")
    func templateEscapes() throws {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/CheckupReports/Templates/township.html.mustache")
        let text = try String(contentsOf: source, encoding: .utf8)
        let triples = text.matches(of: /\{\{\{([^}]*)\}\}\}/).map { String($0.output.1) }
        // `bar` is the supervision section's four-colour bar, an SVGBarChart like the charts.
        #expect(triples == ["charts.byLayer", "charts.bands", "bar", "charts.trend"])
        #expect(!text.contains("{{&") && !text.contains("{{%") && !text.contains("{{="))
    }
}

/// Hostile enterprise names and township names come out inert in both township formats.
@Suite("Township report: hostile text")
struct TownshipHostileTextTests {
    static func hostileStation() throws -> ReportStation {
        let fixture = try ReportStation()
        // Make the hostile enterprise appear in the not-inspected list and the reliability table.
        try fixture.station.store.saveEnterprise(
            Enterprise(creditCode: "91330703MA2HQ3T517", name: "<img src=x onerror=alert(1)>\n=HYPERLINK(\"y\") | \"&'",
                       township: ReportStation.township), update: false, now: ReportStation.now)
        return fixture
    }

    @Test("HTML: names are entity-escaped, no tag is injected")
    func html() throws {
        let html = try Self.hostileStation().township().html()
        #expect(!html.contains("<img"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;\n=HYPERLINK(&quot;y&quot;) | &quot;&amp;&#39;"))
    }

    @Test("JSON: names come back exactly as written")
    func json() throws {
        let data = try JSONOutput.encode(try Self.hostileStation().township().json())
        let decoded = try JSONDecoder().decode(TownshipReport.JSON.self, from: data)
        #expect(decoded.not_inspected.map(\.name).contains("<img src=x onerror=alert(1)>\n=HYPERLINK(\"y\") | \"&'"))
    }
}
