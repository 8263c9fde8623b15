import CheckupCore

/// Drawing helpers shared by the score reports: terminal bars for layer scores and the way
/// figures are printed (3 decimals, percentages, "—" for undefined).
///
/// Labels are padded by display columns (`TextWidth`), so 人防/物防 (4 columns) and
/// `technical` (9 columns) line up the same way.
public enum LayerBars {
    /// Width of a bar in columns.
    public static let width = 20
    /// A filled column.
    static let full: Character = "█"
    /// An empty column of a covered layer.
    static let empty: Character = "░"
    /// A column of a layer that is not covered (no applicable items).
    static let absent: Character = "·"

    /// A bar of `width` columns for a score in [0, 1]: filled in proportion, rounded to the
    /// nearest column; `nil` (not covered) draws a dotted bar.
    public static func bar(_ score: Double?, width: Int = LayerBars.width) -> String {
        let columns = max(0, width)
        guard let score, score.isFinite else { return String(repeating: absent, count: columns) }
        let clamped = min(1, max(0, score))
        let filled = Int((clamped * Double(columns)).rounded(.toNearestOrAwayFromZero))
        return String(repeating: full, count: filled) + String(repeating: empty, count: columns - filled)
    }

    /// One line per layer, labels padded to a common width:
    /// `人防  █████████████░░░░░░░  0.667  覆盖 100%  符合 67%`.
    public static func lines(_ score: DefenceScore, language: Language, indent: String = "") -> [String] {
        let labelWidth = Layer.allCases.map { TextWidth.of($0.name(language)) }.max() ?? 0
        return Layer.allCases.map { layer in
            let layerScore = score[layer]
            let label = TextWidth.pad(layer.name(language), to: labelWidth)
            var line = "\(indent)\(label)  \(bar(layerScore.score))  "
            guard layerScore.isCovered else {
                return line + TextWidth.pad("—", to: 5, alignment: .trailing) + "  "
                    + ScoreReportText.notCovered.text(in: language)
            }
            line += number(layerScore.score)
            line += ScoreReportText.coverage.text(in: language)
            line += TextWidth.pad(percent(layerScore.coverage), to: 4, alignment: .trailing)
            line += ScoreReportText.compliance.text(in: language)
            line += TextWidth.pad(percent(layerScore.compliance), to: 4, alignment: .trailing)
            return line
        }
    }

    /// The level headline: `防控等级 L = 1.111（1.0 → 2.0）`.
    public static func headline(level: Double?, language: Language, mean: Bool = false) -> String {
        let value = level.map(number) ?? "—"
        switch language {
        case .zh: return (mean ? "平均防控等级 L = " : "防控等级 L = ") + value + "（1.0 → 2.0）"
        case .en: return (mean ? "Mean defence level L = " : "Defence level L = ") + value + "  (1.0 → 2.0)"
        }
    }

    /// A figure to 3 decimals (`0.667`), or `—` when undefined (`ScoreFigures.number`).
    public static func number(_ value: Double?) -> String {
        ScoreFigures.number(value)
    }

    /// A signed gain to 3 decimals (`+0.333`).
    public static func signed(_ value: Double) -> String {
        "+" + number(value)
    }

    /// A weight or sum as written in a checklist: `2`, `1.5`, `0.333` (`ScoreFigures.weight`).
    public static func weight(_ value: Double) -> String {
        ScoreFigures.weight(value)
    }

    /// A ratio as a whole percentage (`67%`), or `—` when undefined (`ScoreFigures.percent`).
    public static func percent(_ value: Double?) -> String {
        ScoreFigures.percent(value)
    }

    /// `value` with exactly `decimals` decimals, without Foundation's locale-dependent formatting.
    static func formatted(_ value: Double, decimals: Int) -> String {
        ScoreFigures.fixed(value, decimals: decimals)
    }
}
