/// Inline SVG bar charts for HTML reports: grouped or stacked bars over named categories, with a
/// y axis, a legend and value labels.
///
/// The output is plain SVG markup meant to be pasted into an HTML page: no scripts, no event
/// attributes, no external references (fonts come from the page's CSS font stack). Every piece
/// of text (title, categories, series names) is XML-escaped here, and colours are accepted only
/// in `#rgb`/`#rrggbb` form, so the markup is safe to embed unescaped even if a label came from
/// user data. The chart scales to its container (`width="100%"` with a `viewBox`), so it never
/// overflows an A4 page.
public struct SVGBarChart: Sendable, Equatable {
    /// One series of values, one value per category.
    public struct Series: Sendable, Equatable {
        /// Legend text.
        public var name: String
        /// Fill colour, `#rgb` or `#rrggbb` (anything else is drawn grey).
        public var color: String
        /// One value per category; missing values count as 0, negative and non-finite ones as 0.
        public var values: [Double]

        /// Creates a series.
        public init(name: String, color: String, values: [Double]) {
            self.name = name
            self.color = color
            self.values = values
        }
    }

    /// Caption above the plot.
    public var title: String
    /// Category labels along the x axis.
    public var categories: [String]
    /// The series drawn for each category.
    public var series: [Series]
    /// Stack the series in one bar per category instead of side by side.
    public var stacked: Bool
    /// Width of the drawing in user units (the SVG scales to its container).
    public var width: Int
    /// Height of the drawing in user units.
    public var height: Int

    /// Creates a chart.
    public init(title: String, categories: [String], series: [Series], stacked: Bool = false,
                width: Int = 680, height: Int = 250) {
        self.title = title
        self.categories = categories
        self.series = series
        self.stacked = stacked
        self.width = width
        self.height = height
    }

    /// The font stack used for chart text (same as the reports' CSS).
    public static let fontFamily = "'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei',sans-serif"

    /// The chart as an `<svg>` element.
    public func svg() -> String {
        let left = 48.0, right = 12.0, top = 46.0, bottom = 34.0
        let plotWidth = max(10, Double(width) - left - right)
        let plotHeight = max(10, Double(height) - top - bottom)
        let totals = categories.indices.map { index -> Double in
            stacked ? series.reduce(0) { $0 + value($1, index) } : (series.map { value($0, index) }.max() ?? 0)
        }
        let scale = Self.axisScale(max: totals.max() ?? 0)
        let y: (Double) -> Double = { top + plotHeight - plotHeight * $0 / scale.max }

        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"100%\" "
        out += "viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(Self.escape(title))\" "
        out += "font-family=\"\(Self.fontFamily)\" font-size=\"11\">"
        out += "<title>\(Self.escape(title))</title>"
        out += "<text x=\"\(Self.n(left))\" y=\"16\" font-size=\"13\" font-weight=\"bold\" fill=\"#222\">\(Self.escape(title))</text>"
        // Legend.
        var legendX = left
        for entry in series {
            out += "<rect x=\"\(Self.n(legendX))\" y=\"25\" width=\"10\" height=\"10\" fill=\"\(Self.color(entry.color))\"/>"
            out += "<text x=\"\(Self.n(legendX + 14))\" y=\"34\" fill=\"#333\">\(Self.escape(entry.name))</text>"
            legendX += 14 + Double(Self.textWidth(entry.name)) * 6.5 + 16
        }
        // Grid and y axis.
        var tick = 0.0
        while tick <= scale.max + scale.step / 2 {
            let ty = y(tick)
            out += "<line x1=\"\(Self.n(left))\" y1=\"\(Self.n(ty))\" x2=\"\(Self.n(left + plotWidth))\" y2=\"\(Self.n(ty))\" "
            out += "stroke=\"\(tick == 0 ? "#555" : "#ddd")\" stroke-width=\"1\"/>"
            out += "<text x=\"\(Self.n(left - 6))\" y=\"\(Self.n(ty + 4))\" text-anchor=\"end\" fill=\"#555\">\(Self.label(tick))</text>"
            tick += scale.step
        }
        // Bars.
        let count = max(1, categories.count)
        let slot = plotWidth / Double(count)
        let groupWidth = slot * 0.72
        let barsPerGroup = stacked ? 1 : max(1, series.count)
        let barWidth = groupWidth / Double(barsPerGroup)
        let labelEvery = max(1, Int((Double(categories.count) / 12).rounded(.up)))
        // Value labels shrink to fit their bar (about 0.6 em per digit) and are left out when they
        // would be unreadably small; the reports print the figures in a table as well.
        let labelWidth = stacked ? groupWidth : barWidth
        let widest = categories.indices.map { index -> Int in
            stacked ? Self.label(totals[index]).count : (series.map { Self.label(value($0, index)).count }.max() ?? 1)
        }.max() ?? 1
        let valueFont = min(11, (labelWidth * 1.1) / (Double(max(1, widest)) * 0.6))
        let showValues = valueFont >= 6.5
        for (index, category) in categories.enumerated() {
            let groupX = left + slot * Double(index) + (slot - groupWidth) / 2
            var base = 0.0
            for (seriesIndex, entry) in series.enumerated() {
                let v = value(entry, index)
                let x = stacked ? groupX : groupX + barWidth * Double(seriesIndex)
                let y0 = y(base + v)
                let h = y(base) - y0
                if v > 0 {
                    out += "<rect x=\"\(Self.n(x))\" y=\"\(Self.n(y0))\" width=\"\(Self.n(max(1, barWidth - 1)))\" "
                    out += "height=\"\(Self.n(h))\" fill=\"\(Self.color(entry.color))\"/>"
                }
                if !stacked && showValues {
                    out += "<text x=\"\(Self.n(x + barWidth / 2))\" y=\"\(Self.n(y0 - 3))\" text-anchor=\"middle\" "
                    out += "font-size=\"\(Self.n(valueFont))\" fill=\"#333\">\(Self.label(v))</text>"
                }
                if stacked { base += v }
            }
            if stacked && showValues {
                out += "<text x=\"\(Self.n(groupX + groupWidth / 2))\" y=\"\(Self.n(y(base) - 3))\" text-anchor=\"middle\" "
                out += "font-size=\"\(Self.n(valueFont))\" fill=\"#333\">\(Self.label(base))</text>"
            }
            if index % labelEvery == 0 {
                out += "<text x=\"\(Self.n(left + slot * (Double(index) + 0.5)))\" y=\"\(Self.n(top + plotHeight + 18))\" "
                out += "text-anchor=\"middle\" fill=\"#333\">\(Self.escape(category))</text>"
            }
        }
        out += "</svg>"
        return out
    }

    private func value(_ series: Series, _ index: Int) -> Double {
        guard index < series.values.count else { return 0 }
        let v = series.values[index]
        return v.isFinite && v > 0 ? v : 0
    }

    /// A y-axis maximum and tick step (1, 2 or 5 × 10ⁿ) covering `max` with at most 5 steps;
    /// an empty chart gets the axis 0…1.
    static func axisScale(max: Double) -> (max: Double, step: Double) {
        guard max.isFinite, max > 0 else { return (1, 1) }
        var magnitude = 1.0
        while magnitude * 10 <= max { magnitude *= 10 }
        while magnitude > max { magnitude /= 10 }
        for factor in [0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0] {
            let step = Swift.max(factor * magnitude, max < 5 ? 1 : 0)
            if (max / step).rounded(.up) <= 5 {
                return ((max / step).rounded(.up) * step, step)
            }
        }
        return (max, max)
    }

    /// Escapes text for SVG/XML content and attribute values.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\r", "\t": out += " "
            default:
                // Control characters are not allowed in XML 1.0.
                if scalar.value < 0x20 { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `color` if it is `#rgb` or `#rrggbb`, else a neutral grey.
    static func color(_ color: String) -> String {
        let hex = color.dropFirst()
        let valid = color.hasPrefix("#") && (hex.count == 3 || hex.count == 6) && hex.allSatisfy(\.isHexDigit)
        return valid ? color : "#888888"
    }

    /// A coordinate with at most one decimal.
    static func n(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// A value label: whole numbers without decimals, others to one decimal.
    static func label(_ value: Double) -> String {
        n(value)
    }

    /// Rough display width in columns (CJK counts 2), for legend spacing.
    static func textWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) }
    }
}
