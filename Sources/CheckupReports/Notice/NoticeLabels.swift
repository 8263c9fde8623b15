import CheckupCore

/// The fixed wording of the notice in one language. Templates reach it as `labels.*`, so a
/// station's own layout (`--template`) gets both languages for free. The section titles
/// (`*Heading`) carry no number: the numbered headings, counted over the sections a notice
/// actually has, are `headings.*` (`NoticeView.Headings`).
struct NoticeLabels: Sendable, Equatable {
    let title: String
    let numberLabel: String
    let enterprise: String
    let creditCode: String
    let address: String
    let township: String
    let contact: String
    let inspectionDate: String
    let inspectors: String
    let checklist: String
    let hazardsHeading: String
    let no: String
    let item: String
    let finding: String
    let basis: String
    let remedy: String
    let deadline: String
    let severity: String
    let layer: String
    let fixedOnSite: String
    let noHazards: String
    let majorHeading: String
    let fiveMeasuresRequirement: String
    let responsible: String
    let measures: String
    let funds: String
    let timeLimit: String
    let plan: String
    let scoreHeading: String
    let scoreLayer: String
    let coverage: String
    let compliance: String
    let score: String
    let notCovered: String
    let level: String
    let band: String
    let reached: String
    let notReached: String
    let scoreNote: String
    let otherHeading: String
    let otherRequirements: String
    let inspectorSignature: String
    let enterpriseSignature: String
    let stationSeal: String
    let enterpriseSeal: String
    let signDate: String
    let copies: String
    let generated: String
    let cutLine: String
    let receiptTitle: String
    let receiptSigner: String
    let receiptPhone: String
    let receiptDate: String
    let days: String
    /// `：` in Chinese, `: ` in English.
    let colon: String

    /// The wording for `language`.
    static func of(_ language: Language) -> NoticeLabels {
        switch language {
        case .zh: zh
        case .en: en
        }
    }

    static let zh = NoticeLabels(
        title: "安全生产隐患整改通知书", numberLabel: "编号", enterprise: "企业名称", creditCode: "统一社会信用代码",
        address: "地址", township: "所属乡镇（街道）", contact: "联系人", inspectionDate: "体检日期",
        inspectors: "检查人员", checklist: "检查表", hazardsHeading: "事故隐患及整改要求", no: "序号",
        item: "检查项目", finding: "隐患描述", basis: "依据", remedy: "整改要求", deadline: "整改期限",
        severity: "隐患等级", layer: "防控层", fixedOnSite: "已现场整改", noHazards: "本次体检未发现事故隐患。",
        majorHeading: "重大事故隐患（五落实）",
        fiveMeasuresRequirement: "对下列重大事故隐患，企业主要负责人应当组织制定隐患治理方案，落实整改责任、整改措施、整改资金、"
            + "整改时限和应急预案（“五落实”），五项措施书面报送本站后方可进入整改；治理期间应当采取有效的安全防范措施，"
            + "隐患排除前或者排除过程中无法保证安全的，应当从危险区域内撤出作业人员，暂时停产停业或者停止使用相关设施、设备。",
        responsible: "整改责任人", measures: "整改措施", funds: "整改资金", timeLimit: "整改时限", plan: "应急预案",
        scoreHeading: "本次体检防控等级（四层记分卡）", scoreLayer: "防控层", coverage: "覆盖率", compliance: "符合率",
        score: "得分", notCovered: "未覆盖", level: "防控等级", band: "等级区间", reached: "达到 2.0 标准",
        notReached: "未达到 2.0 标准（四层均须覆盖且得分不低于 0.8）",
        scoreNote: "覆盖率 = 已检查权重 ÷ 适用权重；符合率 = 合格权重 ÷ 已检查权重；得分 = 合格权重 ÷ 适用权重。"
            + "防控等级 L = 1 + 物防、技防、联防得分的加权平均（1.0 → 2.0），人防为 1.0 基础单独列示。",
        otherHeading: "其他要求",
        otherRequirements: "请你单位在整改期限内完成整改并将整改情况书面报告本站，本站将组织复查销号。整改期间应当采取有效措施防止事故发生；"
            + "逾期未整改或者整改不到位的，本站将报告属地乡镇（街道）安全生产监管部门依法处理。",
        inspectorSignature: "检查人员（签字）", enterpriseSignature: "企业负责人（签收）", stationSeal: "（体检站盖章）",
        enterpriseSeal: "企业（盖章）", signDate: "日期：　　年　　月　　日", copies: "本通知书一式两份，企业与体检站各执一份。",
        generated: "打印时间", cutLine: "沿此线剪下，回执由企业签收后交回体检站", receiptTitle: "回　执",
        receiptSigner: "企业负责人（签字）", receiptPhone: "联系电话", receiptDate: "签收日期：　　年　　月　　日", days: "天", colon: "：")

    static let en = NoticeLabels(
        title: "Safety Hazard Rectification Notice", numberLabel: "No.", enterprise: "Enterprise",
        creditCode: "Unified social credit code", address: "Address", township: "Township", contact: "Contact",
        inspectionDate: "Inspection date", inspectors: "Inspectors", checklist: "Checklist",
        hazardsHeading: "Hazards and what to rectify", no: "No.", item: "Item", finding: "Finding", basis: "Basis",
        remedy: "Remedy", deadline: "Deadline", severity: "Severity", layer: "Layer", fixedOnSite: "Fixed on site",
        noHazards: "No hazards were found in this inspection.", majorHeading: "Major hazards (five measures)",
        fiveMeasuresRequirement: "For each major hazard below, the enterprise's principal must draw up a rectification plan "
            + "fixing the responsible person, the measures, the funds, the time limit and the contingency plan (the five "
            + "measures, 五落实) and report them in writing to the station before rectification may start. Effective "
            + "safety measures must be kept in place meanwhile; where safety cannot be ensured, workers must be withdrawn "
            + "from the danger area and the operation or equipment concerned stopped.",
        responsible: "Responsible person", measures: "Measures", funds: "Funds", timeLimit: "Time limit",
        plan: "Contingency plan", scoreHeading: "Defence level of this inspection (four-layer scorecard)",
        scoreLayer: "Layer", coverage: "Coverage", compliance: "Compliance", score: "Score", notCovered: "not covered",
        level: "Defence level", band: "Band", reached: "Meets the 2.0 criterion",
        notReached: "Does not meet the 2.0 criterion (all four layers covered and scoring at least 0.8)",
        scoreNote: "Coverage = examined weight ÷ applicable weight; compliance = passed ÷ examined; score = passed ÷ "
            + "applicable. Defence level L = 1 + the weighted mean of the physical, technical and joint scores "
            + "(1.0 → 2.0); human is the 1.0 baseline, shown on its own.",
        otherHeading: "Further requirements",
        otherRequirements: "Complete the rectification within the deadlines and report it in writing to the station, "
            + "which will re-inspect and close each hazard. Prevent accidents while rectifying. Hazards not rectified "
            + "in time will be reported to the township's safety supervision authority.",
        inspectorSignature: "Inspectors (signature)", enterpriseSignature: "Enterprise principal (received)",
        stationSeal: "(station seal)", enterpriseSeal: "Enterprise (seal)", signDate: "Date: ____ / ____ / ____",
        copies: "Made out in two copies: one for the enterprise, one for the station.", generated: "Printed",
        cutLine: "Cut here: the enterprise signs the receipt and returns it to the station", receiptTitle: "Receipt",
        receiptSigner: "Enterprise principal (signature)", receiptPhone: "Telephone",
        receiptDate: "Date received: ____ / ____ / ____", days: "days", colon: ": ")
}
