import Foundation
import Testing
@testable import CheckupCore

/// Specification of the scoring model: layer sums and ratios, the defence level, the ranking
/// of gains, level bands and township aggregates. Numbers are those of docs/scoring.md.
@Suite("Scoring model")
struct ScoringTests {
    // MARK: - Worked example (docs/scoring.md)

    /// h1 human w2 pass; h2 human w1 fail; p1 physical w1 pass; p2 physical w1 na;
    /// p3 physical w2 unchecked; t1 technical w1 fail; no joint items.
    static let workedExample: [ScoringItem] = [
        ScoringItem(id: "h1", layer: .human, weight: 2, result: .pass, title: "Safety officer appointed"),
        ScoringItem(id: "h2", layer: .human, weight: 1, result: .fail, title: "Training records"),
        ScoringItem(id: "p1", layer: .physical, weight: 1, result: .pass, title: "Extinguishers"),
        ScoringItem(id: "p2", layer: .physical, weight: 1, result: .na, title: "Gas cylinder cage"),
        ScoringItem(id: "p3", layer: .physical, weight: 2, result: .unchecked, title: "Emergency exits"),
        ScoringItem(id: "t1", layer: .technical, weight: 1, result: .fail, title: "Smoke alarms"),
    ]

    @Test func workedExampleHumanLayerHasFullCoverageAndTwoThirdsCompliance() {
        let human = DefenceScore.compute(items: Self.workedExample)[.human]
        #expect(human.applicable == 3)
        #expect(human.examined == 3)
        #expect(human.passed == 2)
        #expect(approx(human.coverage, 1))
        #expect(approx(human.compliance, 2.0 / 3))
        #expect(approx(human.score, 2.0 / 3))
    }

    @Test func workedExamplePhysicalLayerExcludesNotApplicableAndCountsUncheckedAsNotPassed() {
        let physical = DefenceScore.compute(items: Self.workedExample)[.physical]
        #expect(physical.applicable == 3)
        #expect(physical.examined == 1)
        #expect(physical.passed == 1)
        #expect(approx(physical.coverage, 1.0 / 3))
        #expect(approx(physical.compliance, 1))
        #expect(approx(physical.score, 1.0 / 3))
    }

    @Test func workedExampleTechnicalLayerScoresZero() {
        let technical = DefenceScore.compute(items: Self.workedExample)[.technical]
        #expect(technical.applicable == 1)
        #expect(technical.examined == 1)
        #expect(technical.passed == 0)
        #expect(approx(technical.coverage, 1))
        #expect(approx(technical.compliance, 0))
        #expect(approx(technical.score, 0))
    }

    @Test func workedExampleJointLayerIsNotCovered() {
        let joint = DefenceScore.compute(items: Self.workedExample)[.joint]
        #expect(!joint.isCovered)
        #expect(joint.coverage == nil)
        #expect(joint.compliance == nil)
        #expect(joint.score == nil)
    }

    @Test func workedExampleLevelIsOnePointOneOneOne() {
        let score = DefenceScore.compute(items: Self.workedExample)
        #expect(approx(score.level, 1 + (1.0 / 3) / 3))
        #expect(score.level.roundedTo(places: 3) == 1.111)
    }

    @Test func workedExampleDoesNotReachTwoPointZero() {
        #expect(!DefenceScore.compute(items: Self.workedExample).reachesTwoPointZero)
    }

    // MARK: - Edge cases

    @Test func allLayersArePresentEvenWithoutItems() {
        let score = DefenceScore.compute(items: [])
        #expect(Set(score.layers.keys) == Set(Layer.allCases))
        #expect(score.level == 1)
    }

    @Test func allNotApplicableCoversNothingAndGivesLevelOne() {
        let items = Layer.allCases.map { ScoringItem(id: $0.rawValue, layer: $0, result: .na) }
        let score = DefenceScore.compute(items: items)
        for layer in Layer.allCases {
            #expect(!score[layer].isCovered)
            #expect(score[layer].applicable == 0)
        }
        #expect(score.level == 1)
    }

    @Test func nothingExaminedGivesCoverageZeroAndNoCompliance() {
        let items = [
            ScoringItem(id: "p1", layer: .physical, result: .unchecked),
            ScoringItem(id: "p2", layer: .physical, result: .unchecked),
        ]
        let physical = DefenceScore.compute(items: items)[.physical]
        #expect(physical.isCovered)
        #expect(physical.coverage == 0)
        #expect(physical.compliance == nil)
        #expect(physical.score == 0)
    }

    @Test func missingLayerCountsAsZeroInTheLevel() {
        let items = [ScoringItem(id: "p1", layer: .physical, result: .pass)]
        let score = DefenceScore.compute(items: items)
        #expect(!score[.technical].isCovered)
        #expect(!score[.joint].isCovered)
        #expect(approx(score.level, 1 + 1.0 / 3))
    }

    @Test func itemWeightsWeighTheLayerScore() {
        let items = [
            ScoringItem(id: "t1", layer: .technical, weight: 3, result: .pass),
            ScoringItem(id: "t2", layer: .technical, weight: 0.5, result: .fail),
            ScoringItem(id: "t3", layer: .technical, weight: 1.5, result: .unchecked),
        ]
        let technical = DefenceScore.compute(items: items)[.technical]
        #expect(technical.applicable == 5)
        #expect(technical.examined == 3.5)
        #expect(technical.passed == 3)
        #expect(approx(technical.score, 0.6))
        #expect(approx(technical.compliance, 3 / 3.5))
    }

    @Test func layerWeightsWeighTheLevel() {
        let items = [
            ScoringItem(id: "p1", layer: .physical, result: .pass),
            ScoringItem(id: "t1", layer: .technical, result: .pass),
            ScoringItem(id: "t2", layer: .technical, result: .fail),
            ScoringItem(id: "j1", layer: .joint, result: .fail),
        ]
        let weights = LayerWeights(physical: 1, technical: 2, joint: 1)
        let score = DefenceScore.compute(items: items, weights: weights)
        // (1·1 + 2·0.5 + 1·0) / (1 + 2 + 1) = 0.5
        #expect(approx(score.level, 1.5))
        #expect(score.weights == weights)
    }

    @Test func defaultLayerWeightsAreOneEachAndHumanIsZero() {
        let weights = LayerWeights()
        #expect(weights[.physical] == 1)
        #expect(weights[.technical] == 1)
        #expect(weights[.joint] == 1)
        #expect(weights[.human] == 0)
    }

    @Test func zeroLayerWeightsGiveLevelOne() {
        let items = [ScoringItem(id: "p1", layer: .physical, result: .pass)]
        let score = DefenceScore.compute(items: items, weights: LayerWeights(physical: 0, technical: 0, joint: 0))
        #expect(score.level == 1)
        #expect(score[.physical].score == 1)
    }

    @Test func humanLayerDoesNotMoveTheLevel() {
        let base = [ScoringItem(id: "p1", layer: .physical, result: .pass)]
        let withHuman = base + [ScoringItem(id: "h1", layer: .human, weight: 5, result: .fail)]
        #expect(DefenceScore.compute(items: base).level == DefenceScore.compute(items: withHuman).level)
    }

    @Test func itemsOutsideTheProfileGiveTheSameScoreWhetherOmittedOrNotApplicable() {
        let outside = [
            ScoringItem(id: "x1", layer: .physical, weight: 4, result: .na),
            ScoringItem(id: "x2", layer: .joint, weight: 2, result: .na),
            ScoringItem(id: "x3", layer: .human, weight: 1, result: .na),
        ]
        let omitted = DefenceScore.compute(items: Self.workedExample)
        let passedAsNA = DefenceScore.compute(items: Self.workedExample + outside)
        #expect(omitted == passedAsNA)
        #expect(DefenceScore.gains(items: Self.workedExample) == DefenceScore.gains(items: Self.workedExample + outside))
    }

    @Test func invalidItemWeightsCountAsZero() {
        let items = [
            ScoringItem(id: "p1", layer: .physical, weight: 1, result: .pass),
            ScoringItem(id: "p2", layer: .physical, weight: -5, result: .fail),
            ScoringItem(id: "p3", layer: .physical, weight: .nan, result: .fail),
            ScoringItem(id: "p4", layer: .physical, weight: .infinity, result: .fail),
        ]
        let score = DefenceScore.compute(items: items)
        #expect(score[.physical].applicable == 1)
        #expect(score[.physical].score == 1)
    }

    @Test func fullComplianceInEveryLayerGivesLevelTwoAndReachesTwoPointZero() {
        let items = Layer.allCases.map { ScoringItem(id: $0.rawValue, layer: $0, result: .pass) }
        let score = DefenceScore.compute(items: items)
        #expect(score.level == 2)
        #expect(score.reachesTwoPointZero)
    }

    @Test func twoPointZeroRequiresTheHumanLayerToo() {
        let items = Layer.twoPointZeroLayers.map { ScoringItem(id: $0.rawValue, layer: $0, result: .pass) }
            + [ScoringItem(id: "h1", layer: .human, result: .fail)]
        let score = DefenceScore.compute(items: items)
        #expect(score.level == 2)
        #expect(!score.reachesTwoPointZero)
    }

    @Test func twoPointZeroRequiresEveryLayerCovered() {
        let items = [Layer.human, .physical, .technical].map { ScoringItem(id: $0.rawValue, layer: $0, result: .pass) }
        #expect(!DefenceScore.compute(items: items).reachesTwoPointZero)
    }

    @Test func twoPointZeroAcceptsAScoreOfExactlyPointEight() {
        var items: [ScoringItem] = []
        for layer in Layer.allCases {
            items.append(ScoringItem(id: "\(layer)-a", layer: layer, weight: 0.1, result: .pass))
            items.append(ScoringItem(id: "\(layer)-b", layer: layer, weight: 0.7, result: .pass))
            items.append(ScoringItem(id: "\(layer)-c", layer: layer, weight: 0.2, result: .fail))
        }
        #expect(DefenceScore.compute(items: items).reachesTwoPointZero)
    }

    @Test func twoPointZeroRejectsAScoreJustBelowPointEight() {
        var items: [ScoringItem] = []
        for layer in Layer.allCases {
            items.append(ScoringItem(id: "\(layer)-a", layer: layer, weight: 79, result: .pass))
            items.append(ScoringItem(id: "\(layer)-b", layer: layer, weight: 21, result: .unchecked))
        }
        #expect(!DefenceScore.compute(items: items).reachesTwoPointZero)
    }

    // MARK: - Gains ("what raises L most")

    @Test func gainsOnTheWorkedExampleRankTechnicalThenPhysicalThenHuman() {
        let gains = DefenceScore.gains(items: Self.workedExample)
        #expect(gains.map(\.itemId) == ["t1", "p3", "h2"])
    }

    @Test func passingTheFailedTechnicalItemRaisesTheLevelByOneThird() throws {
        let gain = try #require(DefenceScore.gains(items: Self.workedExample).first { $0.itemId == "t1" })
        #expect(approx(gain.deltaLevel, 1.0 / 3))
        #expect(approx(gain.deltaLayerScore, 1))
        #expect(gain.result == .fail)
        #expect(gain.layer == .technical)
        #expect(gain.title == "Smoke alarms")
    }

    @Test func passingTheUncheckedPhysicalItemRaisesTheLevelByTwoNinths() throws {
        let gain = try #require(DefenceScore.gains(items: Self.workedExample).first { $0.itemId == "p3" })
        #expect(approx(gain.deltaLayerScore, 2.0 / 3))
        #expect(approx(gain.deltaLevel, (2.0 / 3) / 3))
        #expect(gain.result == .unchecked)
        #expect(gain.weight == 2)
    }

    @Test func humanGainsLeaveTheLevelButRaiseTheHumanScore() throws {
        let gain = try #require(DefenceScore.gains(items: Self.workedExample).first { $0.itemId == "h2" })
        #expect(gain.deltaLevel == 0)
        #expect(approx(gain.deltaLayerScore, 1.0 / 3))
    }

    @Test func gainsListOnlyFailedAndUncheckedItems() {
        let results = Set(DefenceScore.gains(items: Self.workedExample).map(\.result))
        #expect(results == [.fail, .unchecked])
        #expect(DefenceScore.gains(items: Self.workedExample).count == 3)
    }

    @Test func equalGainsAreOrderedByItemId() {
        let items = [
            ScoringItem(id: "p9", layer: .physical, result: .fail),
            ScoringItem(id: "p2", layer: .physical, result: .unchecked),
            ScoringItem(id: "h5", layer: .human, result: .fail),
            ScoringItem(id: "h1", layer: .human, weight: 3, result: .fail),
        ]
        #expect(DefenceScore.gains(items: items).map(\.itemId) == ["p2", "p9", "h1", "h5"])
    }

    @Test func gainsFollowTheLayerWeights() {
        let items = [
            ScoringItem(id: "p1", layer: .physical, result: .fail),
            ScoringItem(id: "t1", layer: .technical, result: .fail),
        ]
        let gains = DefenceScore.gains(items: items, weights: LayerWeights(physical: 1, technical: 2, joint: 1))
        #expect(gains.map(\.itemId) == ["t1", "p1"])
        #expect(approx(gains[0].deltaLevel, 0.5))
        #expect(approx(gains[1].deltaLevel, 0.25))
    }

    // MARK: - Level bands

    @Test func levelBandsAreHalfOpenQuarters() {
        #expect(LevelBand.of(1.0) == .b100to125)
        #expect(LevelBand.of(1.249) == .b100to125)
        #expect(LevelBand.of(1.25) == .b125to150)
        #expect(LevelBand.of(1.5) == .b150to175)
        #expect(LevelBand.of(1.75) == .b175to200)
    }

    @Test func levelTwoIsInTheTopBand() {
        #expect(LevelBand.of(2.0) == .b175to200)
    }

    @Test func aLevelOneRoundingErrorBelowABoundaryIsOnTheBoundary() {
        #expect(LevelBand.of(1.25.nextDown) == .b125to150)
    }

    @Test func levelsOutsideTheRangeFallInTheEndBands() {
        #expect(LevelBand.of(0.5) == .b100to125)
        #expect(LevelBand.of(2.5) == .b175to200)
    }

    @Test func levelBandLabelsAreTheReportLabels() {
        #expect(LevelBand.allCases.map(\.rawValue) == ["1.00-1.25", "1.25-1.50", "1.50-1.75", "1.75-2.00"])
    }

    // MARK: - Aggregates

    @Test func aggregateOfNothingHasNoMeansAndZeroCounts() {
        let aggregate = AggregateScore.aggregate([])
        #expect(aggregate.count == 0)
        #expect(aggregate.meanLevel == nil)
        for layer in Layer.allCases {
            #expect(aggregate.meanLayerScores.keys.contains(layer))
            #expect(aggregate.meanScore(layer) == nil)
        }
        #expect(aggregate.bands.count == 4)
        #expect(aggregate.bands.values.allSatisfy { $0 == 0 })
        #expect(aggregate.reachedTwoPointZero == 0)
    }

    @Test func aggregateMeansTreatNotCoveredLayersAsZero() {
        let full = DefenceScore.compute(items: Layer.allCases.map { ScoringItem(id: $0.rawValue, layer: $0, result: .pass) })
        let example = DefenceScore.compute(items: Self.workedExample)
        let aggregate = AggregateScore.aggregate([full, example])
        #expect(aggregate.count == 2)
        #expect(approx(aggregate.meanLevel, (2 + 1 + 1.0 / 9) / 2))
        #expect(approx(aggregate.meanScore(.joint), 0.5))
        #expect(approx(aggregate.meanScore(.physical), (1 + 1.0 / 3) / 2))
        #expect(aggregate.coveredCounts[.joint] == 1)
        #expect(aggregate.coveredCounts[.human] == 2)
    }

    @Test func aggregateCountsBandsAndTwoPointZero() {
        let full = DefenceScore.compute(items: Layer.allCases.map { ScoringItem(id: $0.rawValue, layer: $0, result: .pass) })
        let example = DefenceScore.compute(items: Self.workedExample)
        let aggregate = AggregateScore.aggregate([full, example, example])
        #expect(aggregate.bands == [.b100to125: 2, .b125to150: 0, .b150to175: 0, .b175to200: 1])
        #expect(aggregate.reachedTwoPointZero == 1)
    }

    // MARK: - Encoding and rounding

    @Test func defenceScoreEncodesLayersAsAnObjectKeyedByLayerName() throws {
        let data = try JSONEncoder().encode(DefenceScore.compute(items: Self.workedExample))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let layers = try #require(json["layers"] as? [String: Any])
        #expect(Set(layers.keys) == ["human", "physical", "technical", "joint"])
        let joint = try #require(layers["joint"] as? [String: Any])
        #expect(joint["score"] is NSNull)
        #expect(joint["covered"] as? Bool == false)
    }

    @Test func defenceScoreSurvivesAJSONRoundTrip() throws {
        let score = DefenceScore.compute(items: Self.workedExample, weights: LayerWeights(technical: 2))
        let decoded = try JSONDecoder().decode(DefenceScore.self, from: JSONEncoder().encode(score))
        #expect(decoded == score)
    }

    @Test func aggregateSurvivesAJSONRoundTrip() throws {
        for scores in [[], [DefenceScore.compute(items: Self.workedExample)]] {
            let aggregate = AggregateScore.aggregate(scores)
            let decoded = try JSONDecoder().decode(AggregateScore.self, from: JSONEncoder().encode(aggregate))
            #expect(decoded == aggregate)
        }
    }

    @Test func gainsEncodeWithTheDocumentedJSONKeys() throws {
        let gain = try #require(DefenceScore.gains(items: Self.workedExample).first)
        let data = try JSONEncoder().encode(gain)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(json.keys) == ["item", "title", "layer", "result", "weight", "delta_level", "delta_layer_score"])
        #expect(json["item"] as? String == "t1")
        #expect(try JSONDecoder().decode(LevelGain.self, from: data) == gain)
    }

    @Test func aggregatesEncodeWithTheDocumentedJSONKeys() throws {
        let data = try JSONEncoder().encode(AggregateScore.aggregate([DefenceScore.compute(items: Self.workedExample)]))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(json.keys) == ["count", "mean_level", "mean_layers", "covered", "bands", "reached_2_0"])
        let bands = try #require(json["bands"] as? [String: Int])
        #expect(bands == ["1.00-1.25": 1, "1.25-1.50": 0, "1.50-1.75": 0, "1.75-2.00": 0])
        let means = try #require(json["mean_layers"] as? [String: Double])
        #expect(Set(means.keys) == ["human", "physical", "technical", "joint"])
    }

    @Test func undefinedAggregateMeansEncodeAsNull() throws {
        let data = try JSONEncoder().encode(AggregateScore.aggregate([]))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["mean_level"] is NSNull)
        let means = try #require(json["mean_layers"] as? [String: Any])
        #expect(means["joint"] is NSNull)
    }

    @Test func decodingAnUnknownLayerFails() {
        let json = #"{"layers":{"cosmic":{"applicable":1,"examined":1,"passed":1}},"level":1,"weights":{"physical":1,"technical":1,"joint":1}}"#
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(DefenceScore.self, from: Data(json.utf8))
        }
    }

    @Test func decodedLayerScoresRecomputeTheirRatiosFromTheSums() throws {
        let json = #"{"applicable":4,"examined":2,"passed":1,"coverage":0.9,"compliance":0.9,"score":0.9}"#
        let layer = try JSONDecoder().decode(LayerScore.self, from: Data(json.utf8))
        #expect(layer == LayerScore(applicable: 4, examined: 2, passed: 1))
        #expect(layer.score == 0.25)
    }

    @Test func roundingToThreePlacesMatchesTheReports() {
        #expect((1.0 + 1.0 / 9).roundedTo(places: 3) == 1.111)
        #expect((2.0 / 3).roundedTo(places: 3) == 0.667)
        #expect(0.125.roundedTo(places: 2) == 0.13)
        #expect(Double.nan.roundedTo(places: 3).isNaN)
    }
}

/// Whether `actual` is present and within 1e-9 of `expected`.
private func approx(_ actual: Double?, _ expected: Double, tolerance: Double = 1e-9) -> Bool {
    guard let actual else { return false }
    return abs(actual - expected) <= tolerance
}
