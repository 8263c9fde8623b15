/// One checklist item as the scoring model sees it: which layer it belongs to, how much it
/// weighs and what was recorded for it.
///
/// The scoring model is deliberately independent of checklists, sessions and storage so that
/// it can be tested and reasoned about as plain arithmetic. Callers build these values from a
/// session; items outside the session's profile are either left out or passed with result
/// `.na` — both give identical scores.
public struct ScoringItem: Sendable, Hashable, Codable {
    /// The checklist item id (for example `"P-03"`); used to name and order gains.
    public var id: String
    /// The defence layer the item belongs to.
    public var layer: Layer
    /// The item's weight within its layer. Negative, NaN or infinite weights are treated as 0
    /// so that a bad checklist value cannot push the defence level outside [1, 2].
    public var weight: Double
    /// The recorded answer. A fail that was fixed on site is still `.fail` for scoring.
    public var result: ItemResult
    /// Human-readable title, carried through to the "what raises the level most" ranking.
    public var title: String

    /// Creates an item; the weight defaults to 1 and the title to empty.
    public init(id: String, layer: Layer, weight: Double = 1, result: ItemResult, title: String = "") {
        self.id = id
        self.layer = layer
        self.weight = weight
        self.result = result
        self.title = title
    }

    /// The weight actually used in the sums: the item weight if finite and positive, else 0.
    public var effectiveWeight: Double { ScoringItem.sanitized(weight) }

    /// Maps non-finite and negative weights to 0; shared by item and layer weights.
    static func sanitized(_ weight: Double) -> Double {
        weight.isFinite && weight > 0 ? weight : 0
    }
}

/// How much each 2.0 layer (物防 physical, 技防 technical, 联防 joint) counts in the defence level.
///
/// The human layer (人防) is the 1.0 baseline and is reported on its own, so its weight is
/// always 0. Defaults are 1 for each layer, i.e. the level is the plain mean of the three
/// layer scores plus one.
public struct LayerWeights: Sendable, Hashable, Codable {
    /// Weight of the physical layer (物防) in the level.
    public var physical: Double
    /// Weight of the technical layer (技防) in the level.
    public var technical: Double
    /// Weight of the joint layer (联防) in the level.
    public var joint: Double

    /// Creates layer weights; every layer weighs 1 unless given.
    public init(physical: Double = 1, technical: Double = 1, joint: Double = 1) {
        self.physical = physical
        self.technical = technical
        self.joint = joint
    }

    /// The configured weight of `layer`; `human` is always 0 because it is not part of the level.
    public subscript(layer: Layer) -> Double {
        switch layer {
        case .human: 0
        case .physical: physical
        case .technical: technical
        case .joint: joint
        }
    }

    /// The weight used in the level: the configured weight if finite and positive, else 0.
    public func effective(_ layer: Layer) -> Double {
        ScoringItem.sanitized(self[layer])
    }

    /// Σ of the effective weights of the three 2.0 layers (the level's denominator).
    public var effectiveTotal: Double {
        Layer.twoPointZeroLayers.reduce(0) { $0 + effective($1) }
    }
}
