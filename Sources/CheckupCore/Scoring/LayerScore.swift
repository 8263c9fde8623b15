/// The sums and ratios of one defence layer in one session.
///
/// With A = applicable weight (result ≠ na), E = examined weight (pass or fail) and
/// P = passed weight: coverage 覆盖率 = E/A, compliance 符合率 = P/E, score 得分 = P/A.
/// A ratio is `nil` when its denominator is 0. The ratios are derived from the sums when
/// the value is created (and when decoded), so they can never disagree with them.
public struct LayerScore: Sendable, Hashable, Codable {
    /// A: total weight of items that apply (pass, fail or unchecked).
    public let applicable: Double
    /// E: total weight of items actually examined (pass or fail).
    public let examined: Double
    /// P: total weight of passed items.
    public let passed: Double
    /// 覆盖率 E/A: how much of what applies was looked at; `nil` when nothing applies.
    public let coverage: Double?
    /// 符合率 P/E: how much of what was looked at complies; `nil` when nothing was examined.
    public let compliance: Double?
    /// 得分 P/A: the layer score used in the level; `nil` when nothing applies.
    public let score: Double?

    /// Creates a layer score from its three sums and derives the ratios.
    public init(applicable: Double, examined: Double, passed: Double) {
        self.applicable = applicable
        self.examined = examined
        self.passed = passed
        self.coverage = applicable > 0 ? examined / applicable : nil
        self.compliance = examined > 0 ? passed / examined : nil
        self.score = applicable > 0 ? passed / applicable : nil
    }

    /// A layer with no applicable items.
    public static let notCovered = LayerScore(applicable: 0, examined: 0, passed: 0)

    /// Whether any applicable weight exists (A > 0). A layer that is not covered counts
    /// as score 0 in the defence level.
    public var isCovered: Bool { applicable > 0 }

    /// The score as it enters the level: `score`, or 0 when the layer is not covered.
    public var scoreOrZero: Double { score ?? 0 }

    private enum CodingKeys: String, CodingKey {
        case applicable, examined, passed, coverage, compliance, score, covered
    }

    /// Decodes the three sums and recomputes the ratios (encoded ratios are informative only).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            applicable: try container.decode(Double.self, forKey: .applicable),
            examined: try container.decode(Double.self, forKey: .examined),
            passed: try container.decode(Double.self, forKey: .passed)
        )
    }

    /// Encodes the sums, the ratios (null when undefined) and `covered`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(applicable, forKey: .applicable)
        try container.encode(examined, forKey: .examined)
        try container.encode(passed, forKey: .passed)
        try container.encode(coverage, forKey: .coverage)
        try container.encode(compliance, forKey: .compliance)
        try container.encode(score, forKey: .score)
        try container.encode(isCovered, forKey: .covered)
    }
}

/// Running per-layer sums, indexed by `Layer.ordinal`; the single pass behind both
/// `DefenceScore.compute` and `DefenceScore.gains`.
struct LayerSums {
    var applicable: [Double] = [0, 0, 0, 0]
    var examined: [Double] = [0, 0, 0, 0]
    var passed: [Double] = [0, 0, 0, 0]

    init(items: [ScoringItem]) {
        for item in items {
            let index = item.layer.ordinal
            let weight = item.effectiveWeight
            switch item.result {
            case .na:
                continue
            case .unchecked:
                applicable[index] += weight
            case .fail:
                applicable[index] += weight
                examined[index] += weight
            case .pass:
                applicable[index] += weight
                examined[index] += weight
                passed[index] += weight
            }
        }
    }

    func score(_ layer: Layer) -> LayerScore {
        let index = layer.ordinal
        return LayerScore(applicable: applicable[index], examined: examined[index], passed: passed[index])
    }
}
