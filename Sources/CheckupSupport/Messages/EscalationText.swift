/// Messages about major hazards escalated (上报), listed for supervision (挂牌督办), stop-work
/// orders and remediation plans (治理方案), notice numbers, and the ledger columns they add.
public enum EscalationText: String, CatalogMessage {
    // Refusals.
    case notMajor, required, alreadySupervised, notSupervised, notVerified, alreadyVerified, stopWorkActive
    case planMissing, atNotADate, noticeNumberClash
    // Confirmations.
    case escalated, supervised, delisted, stoppedWork, planAttached
    // Events in a hazard's history.
    case eventEscalated, eventSupervised, eventDelisted, eventStopWork, eventStopWorkCleared, eventPlanAttached
    // `hazard show` lines and list flags.
    case showEscalation, showNotReported, showSupervision, showDelisted, showStopWork, showStopWorkCleared, showPlan
    case flagUnreported, flagSupervised, flagStopWork
    // The notice.
    case noticePlan, noticeNoPlan, noticeEscalation, noticeNotEscalated, noticeSupervision, noticeStopWork
    // The township report.
    case townshipUnreported, townshipUnreportedNone, townshipItem, townshipFound, townshipReportBy
    // Ledger headers.
    case colHazardID, colNoticeNumber, colInspectors, colPlace, colCategory, colMeasures, colFunds, colTimeLimit
    case colPlan, colRemediationPlan, colRectified, colVerifiedBy, colOpinion, colEvidence, colEscalated
    case colSupervised, colIndustry, colContact
    // Ledger values.
    case categoryHuman, categoryThing, categoryManagement, yes, no, opinionAccepted, opinionRefused

    public var zh: String {
        switch self {
        case .notMajor: "隐患 {0} 不是重大隐患：{1} 只适用于重大事故隐患"
        case .required: "隐患 {0}：须写明 {1}"
        case .alreadySupervised: "隐患 {0} 已挂牌督办（编号 {1}），摘牌前不能再次挂牌"
        case .notSupervised: "隐患 {0} 没有挂牌督办，无需摘牌"
        case .notVerified: "隐患 {0} 当前为“{1}”：复查销号后才能摘牌"
        case .alreadyVerified: "隐患 {0} 已销号，不能再挂牌督办或责令停产停业"
        case .stopWorkActive: "隐患 {0} 已责令停产停业/撤出人员（范围：{1}），复查销号后自动解除"
        case .planMissing: "隐患 {0} 为重大隐患：进入整改须附治理方案（--remediation-plan 文件）"
        case .atNotADate: "{0}“{1}”不是日期（yyyy-mm-dd 或 ISO 8601 时间，2000 至 2099 年）"
        case .noticeNumberClash: "通知书编号分配冲突，重试后仍未成功：{0}"
        case .escalated: "隐患 {0}：已记录上报 {1}（{2}）"
        case .supervised: "隐患 {0}：已挂牌督办 {1}（{2}）"
        case .delisted: "隐患 {0}：已摘牌"
        case .stoppedWork: "隐患 {0}：已责令停产停业/撤出人员（{1}），复查销号时解除"
        case .planAttached: "治理方案：{0}"
        case .eventEscalated: "上报"
        case .eventSupervised: "挂牌督办"
        case .eventDelisted: "摘牌"
        case .eventStopWork: "停产停业/撤出人员"
        case .eventStopWorkCleared: "解除停产停业"
        case .eventPlanAttached: "附治理方案"
        case .showEscalation: "上报：{0} {1} 文号 {2}"
        case .showNotReported: "上报：未上报（应于 {0} 前上报）"
        case .showSupervision: "挂牌督办：{0} 编号 {1}（{2}）"
        case .showDelisted: "{0} 摘牌"
        case .showStopWork: "停产停业/撤出人员：{0}（{1} 起）"
        case .showStopWorkCleared: "，{0} 复查销号解除"
        case .showPlan: "治理方案：{0}（SHA-256 {1}）"
        case .flagUnreported: "未上报"
        case .flagSupervised: "挂牌"
        case .flagStopWork: "停产"
        case .noticePlan: "{0}（校验值 SHA-256 {1}）"
        case .noticeNoPlan: "尚未提交（进入整改前须提交）"
        case .noticeEscalation: "{2} 报{0}，文号 {1}"
        case .noticeNotEscalated: "尚未上报"
        case .noticeSupervision: "{0} 编号 {1}（{2}）"
        case .noticeStopWork: "{0}（{1} 起）"
        case .townshipUnreported: "逾期未上报的重大隐患：{0} 项（发现后 {1} 日内应上报）"
        case .townshipUnreportedNone: "逾期未上报的重大隐患：无"
        case .townshipItem: "检查项"
        case .townshipFound: "发现日期"
        case .townshipReportBy: "应上报日期"
        case .colHazardID: "隐患编号"
        case .colNoticeNumber: "通知书编号"
        case .colInspectors: "检查人员"
        case .colPlace: "隐患部位"
        case .colCategory: "隐患类别"
        case .colMeasures: "整改措施"
        case .colFunds: "整改资金"
        case .colTimeLimit: "整改时限"
        case .colPlan: "应急预案"
        case .colRemediationPlan: "治理方案"
        case .colRectified: "整改完成日期"
        case .colVerifiedBy: "复查人"
        case .colOpinion: "复查意见"
        case .colEvidence: "证据数"
        case .colEscalated: "已上报"
        case .colSupervised: "挂牌督办"
        case .colIndustry: "行业"
        case .colContact: "联系人"
        case .categoryHuman: "人的不安全行为"
        case .categoryThing: "物的不安全状态"
        case .categoryManagement: "管理缺陷"
        case .yes: "是"
        case .no: "否"
        case .opinionAccepted: "合格"
        case .opinionRefused: "不合格：{0}"
        }
    }

    public var en: String {
        switch self {
        case .notMajor: "hazard {0} is not major: {1} applies to major hazards only"
        case .required: "hazard {0}: {1} is required"
        case .alreadySupervised: "hazard {0} is already listed for supervision (number {1}); delist it before listing again"
        case .notSupervised: "hazard {0} is not listed for supervision; there is nothing to delist"
        case .notVerified: "hazard {0} is {1}: it can be delisted only after verification"
        case .alreadyVerified: "hazard {0} is verified: it can no longer be listed or have work stopped"
        case .stopWorkActive: "hazard {0} already has work stopped (scope: {1}); verification lifts it"
        case .planMissing: "hazard {0} is major: rectification needs its remediation plan (--remediation-plan FILE)"
        case .atNotADate: "{0} '{1}' is not a date (yyyy-mm-dd or an ISO 8601 time, 2000 to 2099)"
        case .noticeNumberClash: "could not assign a notice number after retrying: {0}"
        case .escalated: "hazard {0}: reported to {1} ({2})"
        case .supervised: "hazard {0}: listed for supervision {1} ({2})"
        case .delisted: "hazard {0}: delisted"
        case .stoppedWork: "hazard {0}: work stopped / people withdrawn ({1}) until verification"
        case .planAttached: "remediation plan: {0}"
        case .eventEscalated: "reported"
        case .eventSupervised: "listed for supervision"
        case .eventDelisted: "delisted"
        case .eventStopWork: "work stopped / people withdrawn"
        case .eventStopWorkCleared: "stop-work lifted"
        case .eventPlanAttached: "remediation plan attached"
        case .showEscalation: "Reported: {0} to {1}, reference {2}"
        case .showNotReported: "Reported: not yet (due by {0})"
        case .showSupervision: "Listed for supervision: {0} number {1} ({2})"
        case .showDelisted: "delisted {0}"
        case .showStopWork: "Work stopped / people withdrawn: {0} (from {1})"
        case .showStopWorkCleared: ", lifted by verification {0}"
        case .showPlan: "Remediation plan: {0} (SHA-256 {1})"
        case .flagUnreported: "unreported"
        case .flagSupervised: "listed"
        case .flagStopWork: "stopped"
        case .noticePlan: "{0} (SHA-256 {1})"
        case .noticeNoPlan: "not yet submitted (required before rectification)"
        case .noticeEscalation: "{2} to {0}, reference {1}"
        case .noticeNotEscalated: "not yet reported"
        case .noticeSupervision: "{0} number {1} ({2})"
        case .noticeStopWork: "{0} (from {1})"
        case .townshipUnreported: "Major hazards not reported in time: {0} (due within {1} days of finding)"
        case .townshipUnreportedNone: "Major hazards not reported in time: none"
        case .townshipItem: "Item"
        case .townshipFound: "Found"
        case .townshipReportBy: "Report by"
        case .colHazardID: "Hazard ID"
        case .colNoticeNumber: "Notice No."
        case .colInspectors: "Inspectors"
        case .colPlace: "Place"
        case .colCategory: "Category"
        case .colMeasures: "Measures"
        case .colFunds: "Funds"
        case .colTimeLimit: "Time limit"
        case .colPlan: "Contingency plan"
        case .colRemediationPlan: "Remediation plan"
        case .colRectified: "Rectified"
        case .colVerifiedBy: "Verified by"
        case .colOpinion: "Verification opinion"
        case .colEvidence: "Evidence"
        case .colEscalated: "Reported"
        case .colSupervised: "Listed"
        case .colIndustry: "Industry"
        case .colContact: "Contact"
        case .categoryHuman: "unsafe act"
        case .categoryThing: "unsafe condition"
        case .categoryManagement: "management defect"
        case .yes: "yes"
        case .no: "no"
        case .opinionAccepted: "accepted"
        case .opinionRefused: "not accepted: {0}"
        }
    }
}
