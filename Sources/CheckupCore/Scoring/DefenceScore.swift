/// The defence level (防控等级) of one session and the scores of its four layers.
///
/// The level is L = 1 + Σ W_d·score_d / Σ W_d over the 2.0 layers d ∈ {physical, technical,
/// joint}, with W_d from `LayerWeights` and a not-covered layer counting as score 0. It lies
/// in [1, 2]: 1 is a station relying on people alone, 2 one whose physical, technical and
/// joint defences all fully comply. Human (人防) is scored but reported on its own as the
/// 1.0 baseline. See docs/scoring.md for the worked example.
public struct DefenceScore: Sendable, Hashable, Codable {
    /// The score of every layer; all four layers are always present (not-covered ones too).
    public let layers: [Layer: LayerScore]
    /// The defence level L ∈ [1, 2].
    public let level: Double
    /// The layer weights the level was computed with.
    public let weights: LayerWeights

    /// Creates a score from already computed parts; layers missing from `layers` are filled
    /// in as not covered so that all four are always present.
    public init(layers: [Layer: LayerScore], level: Double, weights: LayerWeights) {
        var complete = layers
        for layer in Layer.allCases where complete[layer] == nil {
            complete[layer] = .notCovered
        }
        self.layers = complete
        self.level = level
        self.weights = weights
    }

    /// Scores a session: the per-layer sums, ratios and the defence level.
    ///
    /// Pure and O(n). Items with result `.na` contribute nothing, so leaving out-of-profile
    /// items out and passing them as `.na` give the same score.
    public static func compute(items: [ScoringItem], weights: LayerWeights = .init()) -> DefenceScore {
        let sums = LayerSums(items: items)
        var layers: [Layer: LayerScore] = [:]
        for layer in Layer.allCases {
            layers[layer] = sums.score(layer)
        }
        let level = level(weights: weights) { layers[$0]?.scoreOrZero ?? 0 }
        return DefenceScore(layers: layers, level: level, weights: weights)
    }

    /// L = 1 + Σ W_d·s_d / Σ W_d over the 2.0 layers, 1 when Σ W_d = 0, clamped to [1, 2].
    static func level(weights: LayerWeights, score: (Layer) -> Double) -> Double {
        let total = weights.effectiveTotal
        guard total > 0 else { return 1 }
        let weighted = Layer.twoPointZeroLayers.reduce(0) { $0 + weights.effective($1) * score($1) }
        return min(2, max(1, 1 + weighted / total))
    }

    /// The score of `layer` (never missing; `.notCovered` if somehow absent).
    public subscript(layer: Layer) -> LayerScore {
        layers[layer] ?? .notCovered
    }

    /// The score a layer must reach for the 2.0 criterion.
    public static let twoPointZeroThreshold = 0.8

    /// Tolerance for threshold comparisons, so that sums such as 0.1 + 0.7 that land a hair
    /// below 0.8 in binary floating point still count as 0.8.
    static let tolerance = 1e-9

    /// Whether the session meets the 2.0 criterion: every one of the FOUR layers (including
    /// human) is covered and scores at least 0.8.
    public var reachesTwoPointZero: Bool {
        Layer.allCases.allSatisfy { layer in
            let layerScore = self[layer]
            return layerScore.isCovered
                && layerScore.scoreOrZero >= DefenceScore.twoPointZeroThreshold - DefenceScore.tolerance
        }
    }

    /// The level band (1.00-1.25 … 1.75-2.00) this session falls in.
    public var band: LevelBand { LevelBand.of(level) }

    private enum CodingKeys: String, CodingKey {
        case layers, level, weights
    }

    /// Decodes a score whose `layers` is an object keyed by layer name (`human`, …).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let raw = try container.decode([String: LayerScore].self, forKey: .layers)
        self.init(
            layers: try LayerKeyed.decode(raw, codingPath: container.codingPath + [CodingKeys.layers]),
            level: try container.decode(Double.self, forKey: .level),
            weights: try container.decode(LayerWeights.self, forKey: .weights)
        )
    }

    /// Encodes `layers` as an object keyed by layer name rather than as a key/value array.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(LayerKeyed.encode(layers), forKey: .layers)
        try container.encode(level, forKey: .level)
        try container.encode(weights, forKey: .weights)
    }
}

/// Converts `[Layer: V]` to and from `[String: V]` so that dictionaries keyed by layer encode
/// as JSON objects (`{"human": …}`) without adding a module-wide conformance to `Layer`.
enum LayerKeyed {
    static func encode<Value>(_ dictionary: [Layer: Value]) -> [String: Value] {
        var result: [String: Value] = [:]
        for (layer, value) in dictionary {
            result[layer.rawValue] = value
        }
        return result
    }

    static func decode<Value>(_ dictionary: [String: Value], codingPath: [any CodingKey]) throws -> [Layer: Value] {
        var result: [Layer: Value] = [:]
        for (key, value) in dictionary {
            guard let layer = Layer(rawValue: key) else {
                throw DecodingError.dataCorrupted(.init(
                    codingPath: codingPath,
                    debugDescription: "unknown layer \"\(key)\"; expected one of human, physical, technical, joint"
                ))
            }
            result[layer] = value
        }
        return result
    }
}
