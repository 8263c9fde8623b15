extension Double {
    /// This value rounded to `places` decimal places, halves away from zero (1.1115 style
    /// binary representation issues aside), for the 3-decimal figures in reports and JSON.
    ///
    /// `places` is clamped to 0…15; NaN and infinities are returned unchanged.
    public func roundedTo(places: Int) -> Double {
        guard isFinite else { return self }
        let clamped = Swift.min(15, Swift.max(0, places))
        var scale = 1.0
        for _ in 0..<clamped { scale *= 10 }
        let scaled = self * scale
        guard scaled.isFinite else { return self }
        return (scaled.rounded(.toNearestOrAwayFromZero)) / scale
    }
}
