/// Texts of the score reports (checkup score) a person reads.
public enum ScoreReportText: String, CatalogMessage {
    /// Shown as `Session` in English.
    case session
    /// Shown as `Band` in English.
    case band
    /// Shown as `Reaches 2.0:` in English.
    case reaches20
    /// Shown as `Layer weights W:` in English.
    case layerWeightsW
    /// Shown as `(human is the 1.0 baseline, not in L)` in English.
    case humanIsThe10
    /// Shown as `Open hazards: major` in English.
    case openHazardsMajor
    /// Shown as `general` in English.
    case general
    /// Shown as `No failed or unchecked items.` in English.
    case noFailedOrUncheckedItems
    /// Shown as `What raises L most (ΔL if the item passed):` in English.
    case whatRaisesLMostL
    /// Shown as `{0} score` in English.
    case layerScore
    /// Shown as `{0}  defence level summary` in English.
    case defenceLevelSummary
    /// Shown as `beginning` in English.
    case beginning
    /// Shown as `now` in English.
    case now
    /// Shown as `inspections and self-checks` in English.
    case inspectionsAndSelfChecks
    /// Shown as `inspections only` in English.
    case inspectionsOnly
    /// Shown as `Period: {0} to {1} ({2})` in English.
    case periodTo
    /// Shown as `Registered {0}  inspected {1}  not inspected {2}` in English.
    case registeredInspectedNotInspected
    /// Shown as `Mean layer scores (not covered counts as 0):` in English.
    case meanLayerScoresNotCovered
    /// Shown as `covered by` in English.
    case coveredBy
    /// Shown as `Level bands:` in English.
    case levelBands
    /// Shown as `Reached 2.0:` in English.
    case reached20
    /// Shown as `Enterprises (latest in the period):` in English.
    case enterprisesLatestInThePeriod
    /// Shown as `session` in English.
    case sessionInline
    /// Shown as `Not inspected in the period:` in English.
    case notInspectedInThePeriod
    /// Shown as `Latest inspection:` in English.
    case latestInspection
    /// Shown as `No completed inspection yet.` in English.
    case noCompletedInspectionYet
    /// Shown as `Inspection trend (oldest first):` in English.
    case inspectionTrendOldestFirst
    /// Shown as `Self-checks: none completed.` in English.
    case selfChecksNoneCompleted
    /// Shown as `Self-checks (reported apart from inspections):` in English.
    case selfChecksReportedApartFrom
    /// Shown as `Latest: session` in English.
    case latestSession
    /// Shown as `session` in English.
    case sessionColumn
    /// Shown as `date` in English.
    case date
    /// Shown as `not covered` in English.
    case notCovered
    /// Shown as `coverage` in English.
    case coverage
    /// Shown as `compliance` in English.
    case compliance

    public var zh: String {
        switch self {
        case .session: "会话 "
        case .band: "等级区间 "
        case .reaches20: "达到 2.0："
        case .layerWeightsW: "层权重 W："
        case .humanIsThe10: "（人防为 1.0 基线，不计入 L）"
        case .openHazardsMajor: "未整改隐患：重大 "
        case .general: "  一般 "
        case .noFailedOrUncheckedItems: "没有不合格或未检查的项目。"
        case .whatRaisesLMostL: "提升 L 最多的项目（ΔL：该项合格后 L 的增量）："
        case .layerScore: "{0}得分 "
        case .defenceLevelSummary: "{0}  防控等级汇总"
        case .beginning: "最早"
        case .now: "至今"
        case .inspectionsAndSelfChecks: "检查及企业自查"
        case .inspectionsOnly: "仅检查"
        case .periodTo: "期间：{0} 至 {1}（{2}）"
        case .registeredInspectedNotInspected: "登记企业 {0}  已检查 {1}  未检查 {2}"
        case .meanLayerScoresNotCovered: "各层平均得分（未覆盖计 0）："
        case .coveredBy: "  覆盖企业 "
        case .levelBands: "等级分布："
        case .reached20: "达到 2.0："
        case .enterprisesLatestInThePeriod: "各企业（期间内最近一次）："
        case .sessionInline: "会话 "
        case .notInspectedInThePeriod: "期间内未检查的企业："
        case .latestInspection: "最近一次检查："
        case .noCompletedInspectionYet: "尚无已完成的检查。"
        case .inspectionTrendOldestFirst: "检查趋势（按时间先后）："
        case .selfChecksNoneCompleted: "企业自查：无已完成的自查。"
        case .selfChecksReportedApartFrom: "企业自查（单独列出，不计入检查）："
        case .latestSession: "最近一次 会话 "
        case .sessionColumn: "会话"
        case .date: "日期"
        case .notCovered: "未覆盖"
        case .coverage: "  覆盖 "
        case .compliance: "  符合 "
        }
    }

    public var en: String {
        switch self {
        case .session: "Session "
        case .band: "Band "
        case .reaches20: "Reaches 2.0: "
        case .layerWeightsW: "Layer weights W: "
        case .humanIsThe10: "  (human is the 1.0 baseline, not in L)"
        case .openHazardsMajor: "Open hazards: major "
        case .general: "  general "
        case .noFailedOrUncheckedItems: "No failed or unchecked items."
        case .whatRaisesLMostL: "What raises L most (ΔL if the item passed):"
        case .layerScore: "{0} score "
        case .defenceLevelSummary: "{0}  defence level summary"
        case .beginning: "beginning"
        case .now: "now"
        case .inspectionsAndSelfChecks: "inspections and self-checks"
        case .inspectionsOnly: "inspections only"
        case .periodTo: "Period: {0} to {1} ({2})"
        case .registeredInspectedNotInspected: "Registered {0}  inspected {1}  not inspected {2}"
        case .meanLayerScoresNotCovered: "Mean layer scores (not covered counts as 0):"
        case .coveredBy: "  covered by "
        case .levelBands: "Level bands:"
        case .reached20: "Reached 2.0: "
        case .enterprisesLatestInThePeriod: "Enterprises (latest in the period):"
        case .sessionInline: "session "
        case .notInspectedInThePeriod: "Not inspected in the period:"
        case .latestInspection: "Latest inspection:"
        case .noCompletedInspectionYet: "No completed inspection yet."
        case .inspectionTrendOldestFirst: "Inspection trend (oldest first):"
        case .selfChecksNoneCompleted: "Self-checks: none completed."
        case .selfChecksReportedApartFrom: "Self-checks (reported apart from inspections):"
        case .latestSession: "Latest: session "
        case .sessionColumn: "session"
        case .date: "date"
        case .notCovered: "not covered"
        case .coverage: "  coverage "
        case .compliance: "  compliance "
        }
    }
}
