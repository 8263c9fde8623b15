/// A quarter-wide band of the defence level, used to count enterprises in township reports.
///
/// Bands are half-open, [1.00, 1.25) [1.25, 1.50) [1.50, 1.75), except the last which is
/// closed: [1.75, 2.00]. The raw value is the label used in reports and JSON.
public enum LevelBand: String, CaseIterable, Sendable, Hashable, Codable, Comparable, CodingKeyRepresentable {
    /// 1.00 ≤ L < 1.25.
    case b100to125 = "1.00-1.25"
    /// 1.25 ≤ L < 1.50.
    case b125to150 = "1.25-1.50"
    /// 1.50 ≤ L < 1.75.
    case b150to175 = "1.50-1.75"
    /// 1.75 ≤ L ≤ 2.00.
    case b175to200 = "1.75-2.00"

    /// The band containing `level`.
    ///
    /// A level within 1e-9 below a boundary counts as on the boundary, so a level that is
    /// mathematically 1.25 but computed as 1.2499999999999998 is placed in the band its
    /// rounded display ("1.250") suggests. Values below 1 (or NaN) fall in the lowest band,
    /// values above 2 in the highest.
    public static func of(_ level: Double) -> LevelBand {
        let value = level + DefenceScore.tolerance
        if value >= 1.75 { return .b175to200 }
        if value >= 1.5 { return .b150to175 }
        if value >= 1.25 { return .b125to150 }
        return .b100to125
    }

    /// The lower bound of the band.
    public var lowerBound: Double {
        switch self {
        case .b100to125: 1.0
        case .b125to150: 1.25
        case .b150to175: 1.5
        case .b175to200: 1.75
        }
    }

    /// Bands order by their lower bound.
    public static func < (lhs: LevelBand, rhs: LevelBand) -> Bool { lhs.lowerBound < rhs.lowerBound }
}
