import CheckupReports
import Foundation
import Testing

@Suite("Township report: SVG charts")
struct TownshipChartTests {
    static let chart = SVGBarChart(
        title: "各防控层隐患数", categories: ["人防", "物防"],
        series: [.init(name: "重大", color: "#b00000", values: [1, 3]), .init(name: "一般", color: "#e69b00", values: [2, 0])])

    @Test("the chart is a scalable SVG element with a title, no scripts and no external references")
    func inert() {
        let svg = Self.chart.svg()
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.hasSuffix("</svg>"))
        #expect(svg.contains("width=\"100%\" viewBox=\"0 0 680 250\""))
        #expect(svg.contains("<title>各防控层隐患数</title>"))
        for forbidden in ["<script", "href", " on", "<foreignObject", "url("] {
            #expect(!svg.contains(forbidden), "found \(forbidden)")
        }
    }

    @Test("labels are XML-escaped")
    func escapesLabels() {
        let svg = SVGBarChart(title: "<script>alert(1)</script>", categories: ["a\"b&c"],
                              series: [.init(name: "x'<y>", color: "#123", values: [1])]).svg()
        #expect(!svg.contains("<script"))
        #expect(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(svg.contains("a&quot;b&amp;c"))
        #expect(svg.contains("x&#39;&lt;y&gt;"))
    }

    @Test("colours other than #rgb or #rrggbb are drawn grey, so a colour cannot break out of its attribute")
    func colours() {
        let svg = SVGBarChart(title: "t", categories: ["a"],
                              series: [.init(name: "s", color: "red\" onload=\"x", values: [1])]).svg()
        #expect(svg.contains("fill=\"#888888\""))
        #expect(!svg.contains("onload"))
    }

    @Test("bar heights are proportional to the values")
    func proportional() {
        let svg = SVGBarChart(title: "t", categories: ["a", "b"], series: [.init(name: "s", color: "#000", values: [2, 4])],
                              width: 300, height: 180).svg()
        let heights = svg.matches(of: /<rect x="[0-9.]+" y="[0-9.]+" width="[0-9.]+" height="([0-9.]+)" fill="#000"/)
            .compactMap { Double($0.output.1) }
            .dropFirst() // the legend swatch
            .map { $0 }
        #expect(heights.count == 2)
        #expect(abs(heights[1] - 2 * heights[0]) < 0.2)
    }

    @Test("stacked bars show one total per category")
    func stacked() {
        let svg = SVGBarChart(title: "t", categories: ["a"], series: [.init(name: "x", color: "#000", values: [1]),
                                                                       .init(name: "y", color: "#fff", values: [2])],
                              stacked: true).svg()
        #expect(svg.contains(">3</text>"))
    }

    @Test("an empty chart still draws its axis from 0 to 1")
    func empty() {
        let svg = SVGBarChart(title: "t", categories: ["a", "b"], series: [.init(name: "s", color: "#000", values: [0, 0])]).svg()
        #expect(svg.components(separatedBy: "<rect ").count - 1 == 1) // the legend swatch only
        #expect(svg.contains(">1</text>"))
    }
}
