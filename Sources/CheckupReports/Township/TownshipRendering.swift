import CheckupCore
import Foundation

/// Fixed wording of the township report in one language (`labels.*` in the template).
struct TownshipLabels {
    let title: String
    let period: String
    let generated: String
    let overviewHeading: String
    let registered: String
    let inspected: String
    let notInspectedCount: String
    let inspections: String
    let selfChecks: String
    let found: String
    let rectified: String
    let verified: String
    let fixedOnSite: String
    /// 已销号: verified or fixed on site (the trend's second series).
    let closed: String
    let open: String
    let overdue: String
    let rectificationRate: String
    let onTimeRate: String
    let hazardsHeading: String
    let bySeverity: String
    let byLayer: String
    let bySource: String
    let total: String
    let levelsHeading: String
    let meanLevel: String
    let layer: String
    let meanScore: String
    let coveredBy: String
    let band: String
    let enterprisesCount: String
    let reached: String
    let noLevels: String
    let trendHeading: String
    let month: String
    let reliabilityHeading: String
    let enterprise: String
    let creditCode: String
    let agreedExamined: String
    let reliability: String
    let selfPassInspectorFail: String
    let sessions: String
    let noReliability: String
    let notInspectedHeading: String
    let allInspected: String
    let no: String
    let definitionsHeading: String
    let definitions: [String]
    let chartByLayer: String
    let chartBands: String
    let chartTrend: String
    let rateShort: String
    let onTimeShort: String
    let colon: String

    static func of(_ language: Language) -> TownshipLabels {
        language == .zh ? zh : en
    }

    static let zh = TownshipLabels(
        title: "安全生产体检情况报告", period: "统计期间", generated: "生成时间", overviewHeading: "一、总体情况",
        registered: "登记企业", inspected: "已体检企业", notInspectedCount: "未体检企业", inspections: "体检（检查）次数",
        selfChecks: "企业自查次数", found: TallyText.found.text(in: .zh), rectified: "已整改",
        verified: TallyText.verified.text(in: .zh), fixedOnSite: TallyText.fixedOnSite.text(in: .zh),
        closed: TallyText.closed.text(in: .zh), open: TallyText.notRectified.text(in: .zh),
        overdue: "逾期未销号", rectificationRate: "整改率", onTimeRate: "按期整改率", hazardsHeading: "二、隐患排查治理",
        bySeverity: "按隐患等级", byLayer: "按防控层", bySource: "按来源", total: "合计", levelsHeading: "三、防控等级（1.0 → 2.0）",
        meanLevel: "平均防控等级", layer: "防控层", meanScore: "平均得分（未覆盖计 0）", coveredBy: "覆盖企业数",
        band: "等级区间", enterprisesCount: "企业数", reached: "达到 2.0 标准的企业", noLevels: "期间内没有已完成的检查。",
        trendHeading: "四、月度趋势", month: "月份", reliabilityHeading: "五、企业自查可靠性（最低 5 家）",
        enterprise: "企业名称", creditCode: "统一社会信用代码", agreedExamined: "一致 / 共同检查项", reliability: "可靠性",
        selfPassInspectorFail: "自查合格而检查不合格", sessions: ReportText.sessionDates.text(in: .zh),
        noReliability: "期间内没有同时完成自查和检查（同一检查表）的企业。", notInspectedHeading: "六、期间内未体检的企业",
        allInspected: "登记企业在期间内均已体检。", no: "序号", definitionsHeading: "口径说明",
        definitions: [
            "统计期间按会话开始时间和隐患发现时间计，截止日含当日全天（北京时间）。",
            TallyText.definition.text(in: .zh),
            TallyText.rates.text(in: .zh),
            "防控等级取每家登记企业在期间内最近一次已完成的检查；L = 1 + 物防、技防、联防得分的加权平均，未覆盖的层计 0。",
            "自查可靠性 = 企业自查与检查结论一致的项数 ÷ 双方均检查（合格或不合格）的项数，取期间内同一检查表最近一次自查与检查。",
        ],
        chartByLayer: "各防控层隐患数", chartBands: "防控等级分布（企业数）", chartTrend: "月度发现与销号隐患数", rateShort: "整改率", onTimeShort: "按期率", colon: "：")

    static let en = TownshipLabels(
        title: "Safety checkup report", period: "Period", generated: "Generated", overviewHeading: "1. Overview",
        registered: "Registered enterprises", inspected: "Inspected", notInspectedCount: "Not inspected",
        inspections: "Inspections", selfChecks: "Self-checks", found: TallyText.found.text(in: .en),
        rectified: "Rectified", verified: TallyText.verified.text(in: .en),
        fixedOnSite: TallyText.fixedOnSite.text(in: .en), closed: TallyText.closed.text(in: .en), open: TallyText.notRectified.text(in: .en), overdue: "Overdue", rectificationRate: "Rectification rate",
        onTimeRate: "On-time rate", hazardsHeading: "2. Hazards", bySeverity: "By severity", byLayer: "By layer",
        bySource: "By source", total: "Total", levelsHeading: "3. Defence levels (1.0 → 2.0)",
        meanLevel: "Mean defence level", layer: "Layer", meanScore: "Mean score (not covered = 0)",
        coveredBy: "Covered by", band: "Band", enterprisesCount: "Enterprises", reached: "Enterprises reaching 2.0",
        noLevels: "No completed inspection in the period.", trendHeading: "4. Monthly trend", month: "Month",
        reliabilityHeading: "5. Self-check reliability (worst 5)", enterprise: "Enterprise", creditCode: "Credit code",
        agreedExamined: "Agreed / examined by both", reliability: "Reliability",
        selfPassInspectorFail: "Self-check pass, inspection fail",
        sessions: ReportText.sessionDates.text(in: .en),
        noReliability: "No enterprise completed both a self-check and an inspection on the same checklist in the period.",
        notInspectedHeading: "6. Enterprises not inspected in the period",
        allInspected: "Every registered enterprise was inspected in the period.", no: "No.",
        definitionsHeading: "Definitions",
        definitions: [
            "Sessions count by start time, hazards by the time they were found; the last day of the period is included whole (UTC+8).",
            TallyText.definition.text(in: .en),
            TallyText.rates.text(in: .en),
            "Levels use each registered enterprise's latest completed inspection in the period; L = 1 + weighted mean of the physical, technical and joint scores, a layer not covered counting as 0.",
            "Self-check reliability = items on which self-check and inspection agree ÷ items both examined (pass or fail), latest self-check and inspection on the same checklist in the period.",
        ],
        chartByLayer: "Hazards by layer", chartBands: "Level distribution (enterprises)",
        chartTrend: "Hazards found and verified per month", rateShort: "Rect. rate", onTimeShort: "On time",
        colon: ": ")
}

/// The values the township template sees; all text is inserted with `{{…}}` except the three
/// `charts.*` SVG strings, which `SVGBarChart` generates with every label escaped.
struct TownshipView {
    struct Tile {
        let label: String
        let value: String
    }

    struct CountsRow {
        let name: String
        let found: Int
        let rectified: Int
        let verified: Int
        let fixedOnSite: Int
        let open: Int
        let overdue: Int
        let rate: String
        let onTime: String
    }

    struct LayerRow {
        let name: String
        let mean: String
        let covered: String
        let barPercent: Int
    }

    struct BandRow {
        let band: String
        let count: Int
    }

    struct MonthRow {
        let month: String
        let found: Int
        let verified: Int
    }

    struct ReliabilityRow {
        let name: String
        let creditCode: String
        let agreedExamined: String
        let reliability: String
        let selfPassInspectorFail: Int
        let sessions: String
    }

    struct EnterpriseRow {
        let no: Int
        let name: String
        let creditCode: String
    }

    struct Charts {
        let byLayer: String
        let bands: String
        let trend: String
    }

    let lang: String
    let labels: TownshipLabels
    let township: String
    let period: String
    let generatedAt: String
    let tiles: [Tile]
    let severityRows: [CountsRow]
    let layerRows: [CountsRow]
    let sourceRows: [CountsRow]
    let hasLevels: Bool
    let meanLevel: String
    let meanLayers: [LayerRow]
    let bands: [BandRow]
    let reached: String
    let months: [MonthRow]
    let hasReliability: Bool
    let reliability: [ReliabilityRow]
    let hasNotInspected: Bool
    let notInspected: [EnterpriseRow]
    let charts: Charts
    /// Major hazards not reported in time: the line and the rows (`TownshipReport.UnreportedRow`).
    let unreportedLine: String
    let hasUnreported: Bool
    let unreported: [TownshipReport.UnreportedRow]
    let unreportedItem: String
    let unreportedFound: String
    let unreportedDue: String
    var supervision: TownshipSupervision.View? = nil
}

extension TownshipReport {
    /// `2026-01-01 至 2026-12-31`: the period as given; an open end is the first (or last) day
    /// of the data in the period (`dataSpan`), or the generation day when there is no data.
    var periodText: String {
        let from = period.fromLabel ?? Timestamp.day(dataSpan?.first ?? now)
        let to = period.toLabel ?? Timestamp.day(dataSpan?.last ?? now)
        return ReportText.period.text(from, to, in: language)
    }

    var view: TownshipView {
        let zh = language == .zh
        let labels = TownshipLabels.of(language)
        let aggregate = scores.aggregate
        func row(_ name: String, _ c: HazardCounts) -> TownshipView.CountsRow {
            TownshipView.CountsRow(name: name, found: c.found, rectified: c.rectified, verified: c.verified,
                                   fixedOnSite: c.fixedOnSite, open: c.open, overdue: c.overdue, rate: LayerBars.percent(c.rectificationRate),
                                   onTime: LayerBars.percent(c.onTimeRate))
        }
        let severityRows = HazardSeverity.allCases.map { row(HazardNames.severity($0, language), bySeverity[$0] ?? HazardCounts()) }
            + [row(labels.total, totals)]
        let layerRows = Layer.allCases.map { row($0.name(language), byLayer[$0] ?? HazardCounts()) }
        let sourceRows = HazardSource.allCases.map { row(HazardNames.source($0, language), bySource[$0] ?? HazardCounts()) }
        let tiles: [TownshipView.Tile] = [
            .init(label: labels.registered, value: String(scores.enterprises.count)),
            .init(label: labels.inspected, value: String(scores.units.count)),
            .init(label: labels.notInspectedCount, value: String(scores.notInspected.count)),
            .init(label: labels.inspections, value: String(inspections)),
            .init(label: labels.selfChecks, value: String(selfChecks)),
            .init(label: labels.found, value: String(totals.found)),
            .init(label: labels.verified, value: String(totals.verified)),
            .init(label: labels.fixedOnSite, value: String(totals.fixedOnSite)),
            .init(label: labels.overdue, value: String(totals.overdue)),
            .init(label: labels.rectificationRate, value: LayerBars.percent(totals.rectificationRate)),
            .init(label: labels.onTimeRate, value: LayerBars.percent(totals.onTimeRate)),
            .init(label: labels.meanLevel, value: LayerBars.number(aggregate.meanLevel)),
            .init(label: labels.reached, value: "\(aggregate.reachedTwoPointZero)/\(aggregate.count)"),
        ]
        let meanLayers = Layer.allCases.map { layer in
            TownshipView.LayerRow(name: layer.name(language), mean: LayerBars.number(aggregate.meanScore(layer)),
                                  covered: "\(aggregate.coveredCounts[layer] ?? 0)/\(aggregate.count)",
                                  barPercent: Int(((aggregate.meanScore(layer) ?? 0) * 100).rounded()))
        }
        let bands = LevelBand.allCases.map { TownshipView.BandRow(band: $0.rawValue, count: aggregate.bands[$0] ?? 0) }
        let byLayerChart = SVGBarChart(
            title: labels.chartByLayer, categories: Layer.allCases.map { $0.name(language) },
            series: [
                .init(name: HazardNames.severity(.major, language), color: "#b00000",
                      values: Layer.allCases.map { Double(foundByLayerAndSeverity[$0]?[.major] ?? 0) }),
                .init(name: HazardNames.severity(.general, language), color: "#e69b00",
                      values: Layer.allCases.map { Double(foundByLayerAndSeverity[$0]?[.general] ?? 0) }),
            ], stacked: true)
        let bandChart = SVGBarChart(
            title: labels.chartBands, categories: LevelBand.allCases.map(\.rawValue),
            series: [.init(name: labels.enterprisesCount, color: "#2c6fbb",
                           values: LevelBand.allCases.map { Double(aggregate.bands[$0] ?? 0) })])
        let trendChart = SVGBarChart(
            title: labels.chartTrend, categories: trend.map { Self.monthLabel($0.month, language, count: trend.count) },
            series: [.init(name: labels.found, color: "#c0504d", values: trend.map { Double($0.found) }),
                     .init(name: labels.closed, color: "#2e8b57", values: trend.map { Double($0.verified) })])
        return TownshipView(
            lang: zh ? "zh-CN" : "en", labels: labels, township: township, period: periodText,
            generatedAt: Timestamp.minute(now), tiles: tiles, severityRows: severityRows, layerRows: layerRows,
            sourceRows: sourceRows, hasLevels: aggregate.count > 0, meanLevel: LayerBars.number(aggregate.meanLevel),
            meanLayers: meanLayers, bands: bands, reached: "\(aggregate.reachedTwoPointZero)/\(aggregate.count)",
            months: trend.map { TownshipView.MonthRow(month: $0.month, found: $0.found, verified: $0.verified) },
            hasReliability: !reliability.isEmpty,
            reliability: worstReliability.map { r in
                TownshipView.ReliabilityRow(
                    name: r.enterprise.name, creditCode: r.enterprise.creditCode,
                    agreedExamined: "\(r.agreed) / \(r.examined)", reliability: LayerBars.percent(r.reliability),
                    selfPassInspectorFail: r.selfPassInspectorFail,
                    sessions: (r.selfCheckDate.map(Timestamp.day) ?? "—") + " / "
                        + (r.inspectionDate.map(Timestamp.day) ?? "—"))
            },
            hasNotInspected: !scores.notInspected.isEmpty,
            notInspected: scores.notInspected.enumerated().map {
                TownshipView.EnterpriseRow(no: $0.offset + 1, name: $0.element.name, creditCode: $0.element.creditCode)
            },
            charts: TownshipView.Charts(byLayer: byLayerChart.svg(), bands: bandChart.svg(), trend: trendChart.svg()),
            unreportedLine: unreportedMajor.isEmpty ? EscalationText.townshipUnreportedNone.text(in: language)
                : EscalationText.townshipUnreported.text(unreportedMajor.count, escalationPolicy.reportDays, in: language),
            hasUnreported: !unreportedMajor.isEmpty, unreported: unreportedRows,
            unreportedItem: EscalationText.townshipItem.text(in: language),
            unreportedFound: EscalationText.townshipFound.text(in: language),
            unreportedDue: EscalationText.townshipReportBy.text(in: language),
            supervision: supervision?.view)
    }

    /// `11月` (or `2026-11` across years / in English).
    static func monthLabel(_ month: String, _ language: Language, count: Int) -> String {
        guard language == .zh, count <= 12, let value = Int(month.suffix(2)) else { return month }
        return "\(value)月"
    }

    /// The report as one self-contained HTML page (inline CSS and SVG, no scripts, no fetches).
    public func html() throws -> String {
        try ReportTemplate.bundled("township.html.mustache", escaping: .html).render(view)
    }
}
