/// How much the defence level would rise if one failed or unchecked item were passed.
///
/// This answers the township official's question "what raises L most?". Human (人防) items
/// always have `deltaLevel` 0 because the human layer is not part of the level; they are
/// still listed, and `deltaLayerScore` shows how much they raise their own layer's score.
public struct LevelGain: Sendable, Hashable, Codable {
    /// The checklist item id.
    public var itemId: String
    /// The item title, for display.
    public var title: String
    /// The item's layer.
    public var layer: Layer
    /// The item's current result: `.fail` or `.unchecked`.
    public var result: ItemResult
    /// The item weight as given (see `ScoringItem.weight`).
    public var weight: Double
    /// ΔL: the level with this item passed minus the current level.
    public var deltaLevel: Double
    /// The increase of the item's own layer score (得分) if it were passed.
    public var deltaLayerScore: Double

    /// Creates a gain entry.
    public init(
        itemId: String, title: String, layer: Layer, result: ItemResult,
        weight: Double, deltaLevel: Double, deltaLayerScore: Double
    ) {
        self.itemId = itemId
        self.title = title
        self.layer = layer
        self.result = result
        self.weight = weight
        self.deltaLevel = deltaLevel
        self.deltaLayerScore = deltaLayerScore
    }

    /// The snake_case keys documented in docs/scoring.md ("JSON keys", `gains[]`).
    private enum CodingKeys: String, CodingKey {
        case itemId = "item"
        case title, layer, result, weight
        case deltaLevel = "delta_level"
        case deltaLayerScore = "delta_layer_score"
    }
}

extension DefenceScore {
    /// Every failed or unchecked item with the level gain of passing it alone, largest ΔL
    /// first, ties broken by item id (ascending).
    ///
    /// Passing an item of weight w in layer d leaves A_d unchanged and adds w to P_d, so the
    /// layer score rises by w/A_d and the level by W_d·(w/A_d)/Σ W. This is computed from one
    /// pass of per-layer sums — O(n) plus the sort — rather than rescoring n times.
    public static func gains(items: [ScoringItem], weights: LayerWeights = .init()) -> [LevelGain] {
        let sums = LayerSums(items: items)
        let total = weights.effectiveTotal
        var gains: [LevelGain] = []
        for item in items where item.result == .fail || item.result == .unchecked {
            let index = item.layer.ordinal
            let applicable = sums.applicable[index]
            let passed = sums.passed[index]
            let weight = item.effectiveWeight
            var deltaLayerScore = 0.0
            if applicable > 0 {
                deltaLayerScore = (passed + weight) / applicable - passed / applicable
            }
            var deltaLevel = 0.0
            if total > 0 && item.layer != .human {
                deltaLevel = weights.effective(item.layer) * deltaLayerScore / total
            }
            gains.append(LevelGain(
                itemId: item.id, title: item.title, layer: item.layer, result: item.result,
                weight: item.weight, deltaLevel: deltaLevel, deltaLayerScore: deltaLayerScore
            ))
        }
        return gains.sorted { lhs, rhs in
            if lhs.deltaLevel != rhs.deltaLevel { return lhs.deltaLevel > rhs.deltaLevel }
            return lhs.itemId < rhs.itemId
        }
    }
}
