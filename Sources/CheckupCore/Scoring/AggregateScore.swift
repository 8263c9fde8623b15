/// Township-level summary of many sessions' scores (one per enterprise, typically the latest
/// inspection of each).
///
/// Means are plain (unweighted) means over the units. A layer that is not covered in a unit
/// counts as score 0 in `meanLayerScores` — the same convention as in the level — so that,
/// when every unit uses the same layer weights, `meanLevel` = 1 + Σ W_d·mean_d / Σ W_d. How
/// many units actually cover each layer is reported separately in `coveredCounts`.
public struct AggregateScore: Sendable, Hashable, Codable {
    /// Number of scored units.
    public let count: Int
    /// Mean defence level; `nil` when there are no units.
    public let meanLevel: Double?
    /// Mean layer score (not covered counted as 0) for all four layers; each `nil` when
    /// there are no units.
    public let meanLayerScores: [Layer: Double?]
    /// Number of units in which each layer is covered (A > 0); all four layers present.
    public let coveredCounts: [Layer: Int]
    /// Number of units per level band; all four bands present, zero included.
    public let bands: [LevelBand: Int]
    /// Number of units meeting the 2.0 criterion (`DefenceScore.reachesTwoPointZero`).
    public let reachedTwoPointZero: Int

    /// Creates an aggregate from already computed parts.
    public init(
        count: Int, meanLevel: Double?, meanLayerScores: [Layer: Double?],
        coveredCounts: [Layer: Int], bands: [LevelBand: Int], reachedTwoPointZero: Int
    ) {
        self.count = count
        self.meanLevel = meanLevel
        self.meanLayerScores = meanLayerScores
        self.coveredCounts = coveredCounts
        self.bands = bands
        self.reachedTwoPointZero = reachedTwoPointZero
    }

    /// Summarises `scores`: count, mean level, mean layer scores, band counts and how many
    /// reach 2.0. An empty input gives count 0, `nil` means and zero counts.
    public static func aggregate(_ scores: [DefenceScore]) -> AggregateScore {
        var levelSum = 0.0
        var layerSums: [Layer: Double] = [:]
        var coveredCounts: [Layer: Int] = [:]
        var bands: [LevelBand: Int] = [:]
        for layer in Layer.allCases {
            layerSums[layer] = 0
            coveredCounts[layer] = 0
        }
        for band in LevelBand.allCases {
            bands[band] = 0
        }
        var reached = 0
        for score in scores {
            levelSum += score.level
            for layer in Layer.allCases {
                let layerScore = score[layer]
                layerSums[layer, default: 0] += layerScore.scoreOrZero
                if layerScore.isCovered { coveredCounts[layer, default: 0] += 1 }
            }
            bands[score.band, default: 0] += 1
            if score.reachesTwoPointZero { reached += 1 }
        }
        let count = scores.count
        var means: [Layer: Double?] = [:]
        for layer in Layer.allCases {
            means[layer] = count > 0 ? .some((layerSums[layer] ?? 0) / Double(count)) : .some(nil)
        }
        return AggregateScore(
            count: count,
            meanLevel: count > 0 ? levelSum / Double(count) : nil,
            meanLayerScores: means,
            coveredCounts: coveredCounts,
            bands: bands,
            reachedTwoPointZero: reached
        )
    }

    /// The mean score of `layer`, flattening the dictionary's double optional.
    public func meanScore(_ layer: Layer) -> Double? {
        meanLayerScores[layer] ?? nil
    }

    /// The snake_case keys of the township JSON documented in docs/scoring.md.
    private enum CodingKeys: String, CodingKey {
        case count
        case meanLevel = "mean_level"
        case meanLayerScores = "mean_layers"
        case coveredCounts = "covered"
        case bands
        case reachedTwoPointZero = "reached_2_0"
    }

    /// Decodes an aggregate whose layer dictionaries are objects keyed by layer name.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let means = try container.decode([String: Double?].self, forKey: .meanLayerScores)
        let covered = try container.decode([String: Int].self, forKey: .coveredCounts)
        self.init(
            count: try container.decode(Int.self, forKey: .count),
            meanLevel: try container.decodeIfPresent(Double.self, forKey: .meanLevel),
            meanLayerScores: try LayerKeyed.decode(means, codingPath: container.codingPath + [CodingKeys.meanLayerScores]),
            coveredCounts: try LayerKeyed.decode(covered, codingPath: container.codingPath + [CodingKeys.coveredCounts]),
            bands: try container.decode([LevelBand: Int].self, forKey: .bands),
            reachedTwoPointZero: try container.decode(Int.self, forKey: .reachedTwoPointZero)
        )
    }

    /// Encodes layer dictionaries as objects keyed by layer name, null for undefined means.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(count, forKey: .count)
        try container.encode(meanLevel, forKey: .meanLevel)
        try container.encode(LayerKeyed.encode(meanLayerScores), forKey: .meanLayerScores)
        try container.encode(LayerKeyed.encode(coveredCounts), forKey: .coveredCounts)
        try container.encode(bands, forKey: .bands)
        try container.encode(reachedTwoPointZero, forKey: .reachedTwoPointZero)
    }
}
