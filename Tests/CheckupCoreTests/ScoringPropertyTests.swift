import Testing
@testable import CheckupCore

/// Properties of the scoring model checked on many seeded random sessions, so that a failure
/// is reproducible from the case number it reports.
@Suite("Scoring properties")
struct ScoringPropertyTests {
    static let caseCount = 500
    static let tolerance = 1e-9

    @Test func levelLiesBetweenOneAndTwo() {
        var random = SplitMix64(seed: 1)
        for index in 0..<Self.caseCount {
            let items = random.items()
            let score = DefenceScore.compute(items: items, weights: random.layerWeights())
            #expect(score.level >= 1 && score.level <= 2, "case \(index): level \(score.level)")
        }
    }

    @Test func layerScoresLieBetweenZeroAndOne() {
        var random = SplitMix64(seed: 2)
        for index in 0..<Self.caseCount {
            let score = DefenceScore.compute(items: random.items())
            for layer in Layer.allCases {
                let layerScore = score[layer]
                for ratio in [layerScore.coverage, layerScore.compliance, layerScore.score].compactMap({ $0 }) {
                    #expect(ratio >= 0 && ratio <= 1, "case \(index): \(layer) ratio \(ratio)")
                }
            }
        }
    }

    @Test func passingAFailedItemNeverLowersTheLevelOrAnyLayerScore() {
        var random = SplitMix64(seed: 3)
        for index in 0..<Self.caseCount {
            let items = random.items()
            let weights = random.layerWeights()
            guard let failed = items.indices.filter({ items[$0].result == .fail }).randomElement(using: &random) else {
                continue
            }
            var fixed = items
            fixed[failed].result = .pass
            let before = DefenceScore.compute(items: items, weights: weights)
            let after = DefenceScore.compute(items: fixed, weights: weights)
            #expect(after.level >= before.level - Self.tolerance, "case \(index)")
            for layer in Layer.allCases {
                #expect(after[layer].scoreOrZero >= before[layer].scoreOrZero - Self.tolerance, "case \(index): \(layer)")
            }
        }
    }

    @Test func passingAnUncheckedItemNeverLowersTheLevel() {
        var random = SplitMix64(seed: 4)
        for index in 0..<Self.caseCount {
            let items = random.items()
            guard let open = items.indices.filter({ items[$0].result == .unchecked }).randomElement(using: &random) else {
                continue
            }
            var checked = items
            checked[open].result = .pass
            let before = DefenceScore.compute(items: items).level
            let after = DefenceScore.compute(items: checked).level
            #expect(after >= before - Self.tolerance, "case \(index)")
        }
    }

    @Test func scalingTheWeightsOfALayerLeavesItsScoreUnchanged() {
        var random = SplitMix64(seed: 5)
        for index in 0..<Self.caseCount {
            let items = random.items()
            let layer = Layer.allCases.randomElement(using: &random) ?? .physical
            let factor = 0.01 + random.unit() * 100
            let scaled = items.map { item in
                var copy = item
                if copy.layer == layer { copy.weight *= factor }
                return copy
            }
            let before = DefenceScore.compute(items: items)
            let after = DefenceScore.compute(items: scaled)
            #expect(close(after[layer].score, before[layer].score), "case \(index): \(layer) ×\(factor)")
            #expect(close(after[layer].coverage, before[layer].coverage), "case \(index)")
            #expect(close(after[layer].compliance, before[layer].compliance), "case \(index)")
            #expect(abs(after.level - before.level) <= Self.tolerance, "case \(index)")
        }
    }

    @Test func gainEqualsTheRecomputedLevelDifference() {
        var random = SplitMix64(seed: 6)
        for index in 0..<Self.caseCount {
            let items = random.items()
            let weights = random.layerWeights()
            let base = DefenceScore.compute(items: items, weights: weights)
            for gain in DefenceScore.gains(items: items, weights: weights) {
                let passed = items.map { item in
                    var copy = item
                    if copy.id == gain.itemId { copy.result = .pass }
                    return copy
                }
                let after = DefenceScore.compute(items: passed, weights: weights)
                #expect(abs(gain.deltaLevel - (after.level - base.level)) <= Self.tolerance, "case \(index): \(gain.itemId)")
                let layerDelta = after[gain.layer].scoreOrZero - base[gain.layer].scoreOrZero
                #expect(abs(gain.deltaLayerScore - layerDelta) <= Self.tolerance, "case \(index): \(gain.itemId)")
            }
        }
    }

    @Test func gainsAreSortedByDescendingDeltaThenId() {
        var random = SplitMix64(seed: 7)
        for index in 0..<Self.caseCount {
            let gains = DefenceScore.gains(items: random.items())
            for (earlier, later) in zip(gains, gains.dropFirst()) {
                let ordered = earlier.deltaLevel > later.deltaLevel
                    || (earlier.deltaLevel == later.deltaLevel && earlier.itemId < later.itemId)
                #expect(ordered, "case \(index): \(earlier.itemId) before \(later.itemId)")
            }
        }
    }

    @Test func notApplicableItemsAreTheSameAsOmittedItems() {
        var random = SplitMix64(seed: 8)
        for index in 0..<Self.caseCount {
            let items = random.items()
            let applicable = items.filter { $0.result != .na }
            #expect(DefenceScore.compute(items: items) == DefenceScore.compute(items: applicable), "case \(index)")
        }
    }

    @Test func meanLevelFollowsFromMeanLayerScoresUnderCommonWeights() {
        var random = SplitMix64(seed: 9)
        for index in 0..<100 {
            let weights = random.layerWeights()
            let scores = (0..<Int(random.next() % 20)).map { _ in DefenceScore.compute(items: random.items(), weights: weights) }
            let aggregate = AggregateScore.aggregate(scores)
            guard let meanLevel = aggregate.meanLevel else {
                #expect(scores.isEmpty)
                continue
            }
            let level = DefenceScore.level(weights: weights) { aggregate.meanScore($0) ?? 0 }
            #expect(abs(meanLevel - level) <= Self.tolerance, "case \(index)")
        }
    }

    private func close(_ lhs: Double?, _ rhs: Double?) -> Bool {
        switch (lhs, rhs) {
        case (nil, nil): true
        case let (lhs?, rhs?): abs(lhs - rhs) <= Self.tolerance
        default: false
        }
    }
}

/// SplitMix64 (Steele, Lea & Flood 2014): a tiny, fast, seedable generator so that random
/// cases are identical on every run and platform.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform value in [0, 1).
    mutating func unit() -> Double {
        Double(next() >> 11) / Double(1 << 53)
    }

    /// A random weight: mostly small integers, sometimes fractional, sometimes 0.
    mutating func weight() -> Double {
        switch next() % 10 {
        case 0: 0
        case 1, 2: 0.05 + unit() * 5
        default: Double(1 + next() % 5)
        }
    }

    /// A random session of 0–40 items with unique ids over all layers and results.
    mutating func items() -> [ScoringItem] {
        let count = Int(next() % 41)
        return (0..<count).map { index in
            ScoringItem(
                id: "i\(1000 + index)",
                layer: Layer.allCases.randomElement(using: &self) ?? .human,
                weight: weight(),
                result: ItemResult.allCases.randomElement(using: &self) ?? .na,
                title: "item \(index)"
            )
        }
    }

    /// Random layer weights, occasionally with a zero layer.
    mutating func layerWeights() -> LayerWeights {
        LayerWeights(physical: weight(), technical: weight(), joint: weight())
    }
}
