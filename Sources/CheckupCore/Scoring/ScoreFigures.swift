/// How every score figure is printed, in every output that shows one (`checkup score`, the
/// reports, the closing summary of `inspect` and `selfcheck fill`): scores and levels to three
/// decimals (`0.917`, `1.500`), coverage and compliance as whole percentages (`92%`), weight
/// sums as a checklist writes them (`2`, `1.5`), and `—` for a figure that is undefined.
///
/// One place, so the shell's summary and `score` never disagree on the same number.
public enum ScoreFigures {
    /// Shown where a figure is undefined (a layer with nothing applicable).
    public static let undefined = "—"

    /// A score or level to 3 decimals (`0.667`), or `—` when undefined.
    public static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return undefined }
        return fixed(value.roundedTo(places: 3), decimals: 3)
    }

    /// A ratio as a whole percentage (`67%`), or `—` when undefined.
    public static func percent(_ value: Double?) -> String {
        guard let value, value.isFinite else { return undefined }
        return "\(Int((value * 100).rounded(.toNearestOrAwayFromZero)))%"
    }

    /// A weight or a sum of weights as written in a checklist: `2`, `1.5`, `0.333`.
    public static func weight(_ value: Double) -> String {
        let rounded = value.roundedTo(places: 3)
        if rounded == rounded.rounded() && abs(rounded) < 1e15 { return String(Int(rounded)) }
        var text = fixed(rounded, decimals: 3)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// `value` with exactly `decimals` decimals, rounded half away from zero, without
    /// Foundation's locale-dependent formatting.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<max(0, decimals) { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard value.isFinite, scaled < 9e15 else { return "\(value)" }
        let units = Int64(scaled)
        let divisor = Int64(scale)
        let whole = units / divisor
        var fraction = String(units % divisor)
        while fraction.count < decimals { fraction = "0" + fraction }
        let sign = value < 0 && units != 0 ? "-" : ""
        return decimals > 0 ? "\(sign)\(whole).\(fraction)" : "\(sign)\(whole)"
    }
}
