import CheckupCore
import Foundation

// MARK: - Open hazards

/// Open hazards (未整改隐患) of one session, by severity.
public struct OpenHazardCount: Codable, Equatable, Sendable {
    /// 重大隐患.
    public var major: Int
    /// 一般隐患.
    public var general: Int

    /// Creates a count.
    public init(major: Int = 0, general: Int = 0) {
        self.major = major
        self.general = general
    }
}

extension OpenHazardCount {
    /// The open hazards among `hazards` (the hazard table): every hazard not yet verified and
    /// closed by the station — open, rectifying or rectified — by its severity.
    public static func counted(from hazards: [Hazard]) -> OpenHazardCount {
        var count = OpenHazardCount()
        for hazard in hazards where hazard.status != .verified {
            switch hazard.severity {
            case .major: count.major += 1
            case .general: count.general += 1
            }
        }
        return count
    }

    /// The open hazards a session's findings make, for when there is no hazard table entry to
    /// count: a session still open (hazards are created on completion, so this previews them),
    /// or one completed before the hazard lifecycle existed. Every `fail` is open unless an
    /// inspector fixed it on site (a self-check's own "fixed" is not verified); it is major when
    /// the answer or the checklist item is marked major, otherwise general — the rule
    /// `HazardRules.hazards` applies on completion.
    public static func countedFromSessionFindings(_ findings: [Finding], checklist: Checklist? = nil,
                                                  kind: SessionKind = .inspection) -> OpenHazardCount {
        var count = OpenHazardCount()
        for finding in findings where finding.answer.result == .fail {
            if finding.answer.fixedOnSite && kind == .inspection { continue }
            let major = finding.answer.major || (checklist?.item(finding.itemID)?.major ?? false)
            if major { count.major += 1 } else { count.general += 1 }
        }
        return count
    }

    /// THE rule for `hazards.open` in the score reports: the session's hazards from the hazard
    /// table when it has any, else the count from its findings
    /// (`countedFromSessionFindings`).
    public static func forSession(_ session: Session, checklist: Checklist, findings: [Finding],
                                  hazards: [Hazard]) -> OpenHazardCount {
        let own = hazards.filter { $0.sessionID == session.id }
        if !own.isEmpty { return counted(from: own) }
        return countedFromSessionFindings(findings, checklist: checklist, kind: session.kind)
    }
}

// MARK: - One session

/// `checkup score SESSION`: the layer scores, the defence level, open hazards and the ranking of
/// what raises the level most, for one session. See docs/scoring.md for the model and the keys.
public struct ScoreReport: Sendable {
    /// The session scored.
    public let session: Session
    /// The checklist it snapshotted.
    public let checklist: Checklist
    /// The enterprise checked.
    public let enterprise: Enterprise
    /// Current answers.
    public let findings: [Finding]
    /// Output language (item titles, text).
    public let language: Language
    /// The scoring inputs: every applicable item with its result.
    public let items: [ScoringItem]
    /// Layer scores and level.
    public let score: DefenceScore
    /// Failed and unchecked items ranked by ΔL.
    public let gains: [LevelGain]
    /// Open hazards by severity.
    public let openHazards: OpenHazardCount

    /// Scores a session read from the station, counting its open hazards from the hazard table.
    public init(_ data: SessionData, language: Language = .zh) {
        self.init(session: data.session, checklist: data.checklist, enterprise: data.enterprise,
                  findings: data.findings, language: language,
                  openHazards: OpenHazardCount.forSession(data.session, checklist: data.checklist,
                                                          findings: data.findings, hazards: data.hazards))
    }

    /// Scores a session. `openHazards` defaults to the count from the findings
    /// (`OpenHazardCount.countedFromSessionFindings`); `init(_:language:)` passes the hazard table's.
    public init(session: Session, checklist: Checklist, enterprise: Enterprise, findings: [Finding],
                language: Language = .zh, openHazards: OpenHazardCount? = nil) {
        self.session = session
        self.checklist = checklist
        self.enterprise = enterprise
        self.findings = findings
        self.language = language
        let items = SessionRules.scoringItems(checklist: checklist, session: session, findings: findings,
                                              industry: enterprise.industry, language: language)
        self.items = items
        self.score = DefenceScore.compute(items: items, weights: checklist.layerWeights)
        self.gains = DefenceScore.gains(items: items, weights: checklist.layerWeights)
        self.openHazards = openHazards
            ?? OpenHazardCount.countedFromSessionFindings(findings, checklist: checklist, kind: session.kind)
    }

    // MARK: JSON

    /// Stable JSON of a session's score (docs/scoring.md, "One session"). Undefined figures are
    /// `null`, never left out.
    public struct JSON: Codable, Equatable, Sendable {
        public var session: Int64
        public var kind: String
        public var status: String
        public var enterprise: EnterpriseRef
        public var checklist: ChecklistRef
        public var started_at: String
        @NullEncoded public var completed_at: String? = nil
        public var level: Double
        public var band: String
        public var reached_2_0: Bool
        public var layers: LayersJSON
        public var weights: WeightsJSON
        public var hazards: HazardsJSON
        public var gains: [GainJSON]
    }

    /// The checklist snapshot used.
    public struct ChecklistRef: Codable, Equatable, Sendable {
        public var id: String
        public var version: String
    }

    /// All four layers, always present.
    public struct LayersJSON: Codable, Equatable, Sendable {
        public var human: LayerJSON
        public var physical: LayerJSON
        public var technical: LayerJSON
        public var joint: LayerJSON

        /// The layers of `score`, rounded.
        public init(_ score: DefenceScore) {
            human = LayerJSON(score[.human])
            physical = LayerJSON(score[.physical])
            technical = LayerJSON(score[.technical])
            joint = LayerJSON(score[.joint])
        }

        /// The entry of `layer`.
        public subscript(layer: Layer) -> LayerJSON {
            switch layer {
            case .human: human
            case .physical: physical
            case .technical: technical
            case .joint: joint
            }
        }
    }

    /// One layer's sums and ratios.
    public struct LayerJSON: Codable, Equatable, Sendable {
        public var applicable: Double
        public var examined: Double
        public var passed: Double
        @NullEncoded public var coverage: Double? = nil
        @NullEncoded public var compliance: Double? = nil
        @NullEncoded public var score: Double? = nil
        public var covered: Bool

        /// `layer` rounded to 3 decimals.
        public init(_ layer: LayerScore) {
            applicable = layer.applicable.roundedTo(places: 3)
            examined = layer.examined.roundedTo(places: 3)
            passed = layer.passed.roundedTo(places: 3)
            coverage = layer.coverage?.roundedTo(places: 3)
            compliance = layer.compliance?.roundedTo(places: 3)
            score = layer.score?.roundedTo(places: 3)
            covered = layer.isCovered
        }
    }

    /// The layer weights W used for L.
    public struct WeightsJSON: Codable, Equatable, Sendable {
        public var physical: Double
        public var technical: Double
        public var joint: Double

        /// `weights` rounded to 3 decimals.
        public init(_ weights: LayerWeights) {
            physical = weights.physical.roundedTo(places: 3)
            technical = weights.technical.roundedTo(places: 3)
            joint = weights.joint.roundedTo(places: 3)
        }
    }

    /// `hazards.open.major|general`.
    public struct HazardsJSON: Codable, Equatable, Sendable {
        public var open: OpenHazardCount
    }

    /// One entry of the ΔL ranking.
    public struct GainJSON: Codable, Equatable, Sendable {
        public var item: String
        public var title: String
        public var layer: String
        public var result: String
        public var weight: Double
        public var delta_level: Double
        public var delta_layer_score: Double

        /// `gain` rounded to 3 decimals.
        public init(_ gain: LevelGain) {
            item = gain.itemId
            title = gain.title
            layer = gain.layer.rawValue
            result = gain.result.rawValue
            weight = gain.weight.roundedTo(places: 3)
            delta_level = gain.deltaLevel.roundedTo(places: 3)
            delta_layer_score = gain.deltaLayerScore.roundedTo(places: 3)
        }
    }

    /// The JSON value.
    public func json() -> JSON {
        JSON(session: session.id, kind: session.kind.rawValue, status: session.status.rawValue,
             enterprise: EnterpriseRef(enterprise),
             checklist: ChecklistRef(id: session.checklistID, version: session.checklistVersion),
             started_at: Timestamp.iso(session.startedAt), completed_at: session.completedAt.map(Timestamp.iso),
             level: score.level.roundedTo(places: 3), band: score.band.rawValue,
             reached_2_0: score.reachesTwoPointZero, layers: LayersJSON(score),
             weights: WeightsJSON(score.weights), hazards: HazardsJSON(open: openHazards),
             gains: gains.map(GainJSON.init))
    }

    // MARK: Text

    /// The score card for a terminal: headline level, one bar per layer, hazards, and what
    /// raises the level most.
    public func text() -> String {
        lines().joined(separator: "\n") + "\n"
    }

    /// The lines of `text()`, each prefixed by `indent` (for embedding in other reports).
    public func lines(indent: String = "") -> [String] {
        var lines: [String] = []
        lines.append(ScoreReportText.session.text(in: language) + "\(session.id)  \(ScoreText.kind(session.kind, language))  "
                     + ScoreText.status(session.status, language))
        lines.append("\(enterprise.name)  \(enterprise.creditCode)  \(enterprise.township)")
        lines.append("\(checklist.title.text(language))  \(session.checklistID) \(session.checklistVersion)"
                     + (session.profileID.map { "  [\($0)]" } ?? "") + "  " + Timestamp.minute(session.startedAt))
        lines.append("")
        lines.append(LayerBars.headline(level: score.level, language: language))
        lines.append(ScoreReportText.band.text(in: language) + score.band.rawValue + "    "
                     + ScoreReportText.reaches20.text(in: language) + ScoreText.yesNo(score.reachesTwoPointZero, language))
        lines.append("")
        lines.append(contentsOf: LayerBars.lines(score, language: language, indent: "  "))
        let weights = score.weights
        lines.append("  " + ScoreReportText.layerWeightsW.text(in: language)
                     + Layer.twoPointZeroLayers.map { "\($0.name(language)) \(LayerBars.weight(weights[$0]))" }
                        .joined(separator: "  ")
                     + ScoreReportText.humanIsThe10.text(in: language))
        lines.append("")
        lines.append(ScoreReportText.openHazardsMajor.text(in: language) + "\(openHazards.major)"
                     + ScoreReportText.general.text(in: language) + "\(openHazards.general)")
        lines.append("")
        if gains.isEmpty {
            lines.append(ScoreReportText.noFailedOrUncheckedItems.text(in: language))
        } else {
            lines.append(ScoreReportText.whatRaisesLMostL.text(in: language))
            let idWidth = gains.map { TextWidth.of($0.itemId) }.max() ?? 0
            let layerWidth = Layer.allCases.map { TextWidth.of($0.name(language)) }.max() ?? 0
            let resultWidth = [ItemResult.fail, .unchecked].map { TextWidth.of(ScoreText.result($0, language)) }.max() ?? 0
            let rankWidth = String(gains.count).count + 1
            for (index, gain) in gains.enumerated() {
                let rank = TextWidth.pad("\(index + 1).", to: rankWidth, alignment: .trailing)
                lines.append("  \(rank) \(TextWidth.pad(gain.itemId, to: idWidth))  "
                             + "\(TextWidth.pad(gain.layer.name(language), to: layerWidth))  "
                             + "\(TextWidth.pad(ScoreText.result(gain.result, language), to: resultWidth))  "
                             + "ΔL \(LayerBars.signed(gain.deltaLevel)) → L \(LayerBars.number(score.level + gain.deltaLevel))  "
                             + ScoreReportText.layerScore.text(gain.layer.name(language), in: language)
                             + "\(LayerBars.signed(gain.deltaLayerScore))  \(gain.title)")
            }
        }
        return lines.map { $0.isEmpty ? $0 : indent + $0 }
    }
}

/// Words shared by the score reports' text output.
enum ScoreText {
    static func kind(_ kind: SessionKind, _ language: Language) -> String {
        switch (kind, language) {
        case (.inspection, .zh): "检查"
        case (.selfCheck, .zh): "企业自查"
        case (.inspection, .en): "inspection"
        case (.selfCheck, .en): "self-check"
        }
    }

    static func status(_ status: SessionStatus, _ language: Language) -> String {
        switch (status, language) {
        case (.open, .zh): "进行中"
        case (.completed, .zh): "已完成"
        case (.superseded, .zh): "已被替代"
        case (let s, .en): s.rawValue
        }
    }

    static func result(_ result: ItemResult, _ language: Language) -> String {
        switch (result, language) {
        case (.pass, .zh): "合格"
        case (.fail, .zh): "不合格"
        case (.na, .zh): "不适用"
        case (.unchecked, .zh): "未检查"
        case (let r, .en): r.rawValue
        }
    }

    static func yesNo(_ value: Bool, _ language: Language) -> String {
        switch (value, language) {
        case (true, .zh): "是"
        case (false, .zh): "否"
        case (true, .en): "yes"
        case (false, .en): "no"
        }
    }
}
