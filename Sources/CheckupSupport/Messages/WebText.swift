/// Wording of the station's web pages (issue 20: `checkup serve`): the navigation, forms,
/// headings and short error pages, in Chinese first and English.
public enum WebText: String, CatalogMessage {
    /// The site's name in the header.
    case appTitle
    /// Navigation: the dashboard.
    case navDashboard
    /// Navigation: the enterprises.
    case navEnterprises
    /// Navigation: the hazards.
    case navHazards
    /// Navigation: the plan.
    case navPlan
    /// Who is signed in: {0} name, {1} role.
    case signedInAs
    /// Role: township user.
    case roleTownship
    /// Role: district user.
    case roleDistrict
    /// Role: administrator.
    case roleAdmin
    /// The township picker's label.
    case townshipLabel
    /// The township picker's button.
    case pickTownship
    /// The sign-out button.
    case signOut
    /// The language switch link's title (its text is the other language's own name).
    case switchLanguage
    /// The print button.
    case print
    /// The downloads' heading.
    case downloadsHeading
    /// Download: the ledger as Excel.
    case ledgerXLSX
    /// Download: the ledger as CSV.
    case ledgerCSV
    /// Download: the township report.
    case townshipReport
    /// Skip link for keyboard users.
    case skipToContent
    /// A filter's no-choice option.
    case all
    /// A filter form's button.
    case apply
    /// A filter form's reset link.
    case reset
    /// Pager: previous.
    case previousPage
    /// Pager: next.
    case nextPage
    /// Pager: {0} this page, {1} pages.
    case pageOf
    /// Link to a full list: {0} items.
    case showAll
    /// The colon after a label.
    case colon
    /// Yes.
    case yes
    /// No.
    case no
    /// The sign-in page's title.
    case loginTitle
    /// Sign-in: the name field.
    case loginName
    /// Sign-in: the password field.
    case loginPassword
    /// Sign-in: the button.
    case loginSubmit
    /// Sign-in refused (never says which part was wrong).
    case loginFailed
    /// Too many wrong passwords: {0} seconds to wait.
    case loginThrottled
    /// The session expired.
    case loginExpired
    /// Signed out.
    case loginSignedOut
    /// Dashboard title: {0} township.
    case dashboardTitle
    /// The report's period: {0} period, {1} generated.
    case periodLine
    /// Dashboard: the report's figures.
    case figuresHeading
    /// Dashboard: the report's charts.
    case chartsHeading
    /// Dashboard: the four colours.
    case coloursHeading
    /// Dashboard and plan: inspections due.
    case dueHeading
    /// Inspections due: {0} due in the plan, {1} of them overdue, {2} as-of day, {3} days ahead.
    case dueSummary
    /// No inspection due.
    case noDue
    /// Dashboard: overdue hazards.
    case overdueHazardsHeading
    /// Overdue hazards: {0} count.
    case overdueHazardsCount
    /// No overdue hazard.
    case noOverdueHazards
    /// Dashboard: major hazards not reported.
    case unreportedHeading
    /// Link to the full township report.
    case fullReport
    /// No grading to show.
    case noColours
    /// Enterprise list title: {0} township.
    case enterprisesTitle
    /// Search field.
    case searchLabel
    /// Risk tag filter.
    case tagLabel
    /// Enterprises matching: {0}.
    case matchingEnterprises
    /// No enterprise matches.
    case noEnterprises
    /// Column: credit code.
    case creditCode
    /// Column: name.
    case enterpriseName
    /// Column: a number.
    case colId
    /// Column: the enterprise.
    case colEnterprise
    /// Column: inspection or self-check.
    case colKind
    /// Column: status.
    case colStatus
    /// Column: checklist.
    case colChecklist
    /// Column: started.
    case colStarted
    /// Column: inspectors.
    case colInspectors
    /// Column: severity.
    case colSeverity
    /// Column: defence layer.
    case colLayer
    /// Column: checklist item.
    case colItem
    /// Column: what was found.
    case colDescription
    /// Enterprise: profile.
    case profileHeading
    /// Field: township.
    case township
    /// Field: industry.
    case industry
    /// Field: address.
    case address
    /// Field: contact.
    case contact
    /// Field: standardisation level.
    case standardisation
    /// Field: employees.
    case employees
    /// Field: grid.
    case grid
    /// The credit code failed its check.
    case codeInvalid
    /// Enterprise: the colour and why.
    case gradeHeading
    /// The colour the rules give when overridden: {0}.
    case ruleColour
    /// No grade.
    case notGraded
    /// Enterprise: the trend of L.
    case trendHeading
    /// The trend chart's title.
    case trendChart
    /// No completed inspection.
    case noInspection
    /// Self-checks' trend (kept apart).
    case selfCheckTrend
    /// Column: date.
    case date
    /// Column: session.
    case session
    /// Enterprise: sessions.
    case sessionsHeading
    /// No session.
    case noSessions
    /// Link to a session's notice.
    case noticeLink
    /// Enterprise: hazards.
    case hazardsHeading
    /// No hazard.
    case noHazards
    /// Enterprise: self-check reliability.
    case reliabilityHeading
    /// Reliability: {0} rate, {1} agreed, {2} examined by both, {3} self pass inspector fail.
    case reliabilityLine
    /// The sessions compared: {0} self-check, {1} its date, {2} inspection, {3} its date.
    case reliabilitySessions
    /// No comparison.
    case noComparison
    /// Link to the enterprise's hazards.
    case seeHazards
    /// Hazard list title: {0} township.
    case hazardsTitle
    /// Filter: overdue only.
    case onlyOverdue
    /// Filter: listed for supervision only.
    case onlySupervised
    /// Filter: unreported major only.
    case onlyUnreported
    /// Filter: one enterprise {0}.
    case enterpriseFilter
    /// Hazards matching: {0}.
    case matchingHazards
    /// No hazard matches.
    case noMatchingHazards
    /// Overdue by {0} days.
    case overdueDays
    /// A major hazard not reported in time.
    case unreportedFlag
    /// Listed for supervision.
    case supervisedFlag
    /// Hazard page title: {0} id.
    case hazardTitle
    /// Field: source.
    case source
    /// Field: what was found.
    case finding
    /// Field: legal basis.
    case basis
    /// Field: how to rectify.
    case remedy
    /// Field: found at.
    case foundAt
    /// Field: deadline.
    case deadline
    /// Field group: the five measures.
    case fiveMeasures
    /// Five measures: responsible.
    case responsible
    /// Five measures: measures.
    case measures
    /// Five measures: funds.
    case funds
    /// Five measures: time limit.
    case timeLimit
    /// Five measures: contingency plan.
    case plan
    /// Verified at {0} by {1}.
    case verifiedLine
    /// Field: the last re-inspection's note.
    case verificationNote
    /// Hazard: reports made.
    case escalationsHeading
    /// Field: the remediation plan.
    case remediationPlan
    /// Hazard: evidence.
    case evidenceHeading
    /// No evidence.
    case noEvidence
    /// Hazard: history.
    case historyHeading
    /// Column: when.
    case historyAt
    /// Column: who.
    case historyBy
    /// Column: the change.
    case historyChange
    /// Column: note.
    case historyNote
    /// Hazard: the verify form.
    case verifyHeading
    /// Verify form: note.
    case verifyNote
    /// Verify form: files, {0} megabytes at most.
    case verifyEvidence
    /// Verify form: the button.
    case verifySubmit
    /// Hazard: the escalate form.
    case escalateHeading
    /// Escalate form: the body.
    case escalateTo
    /// Escalate form: the document number.
    case escalateReference
    /// Escalate form: the date.
    case escalateAt
    /// Escalate form: the button.
    case escalateSubmit
    /// Plan title: {0} township.
    case planTitle
    /// The plan form: days ahead.
    case planDays
    /// The plan form: button.
    case planShow
    /// Download the plan as iCalendar.
    case planICS
    /// Column: the visit day.
    case visitDay
    /// Column: inspector.
    case inspector
    /// Error page title: {0} status.
    case errorTitle
    /// 400.
    case error400
    /// 401.
    case error401
    /// 403.
    case error403
    /// 404.
    case error404
    /// 405.
    case error405
    /// 413.
    case error413
    /// 429.
    case error429
    /// 500.
    case error500
    /// Another status.
    case errorOther
    /// Link home.
    case backHome
    /// Link to sign in.
    case toLogin

    public var zh: String {
        switch self {
        case .appTitle: "安全生产体检站"
        case .navDashboard: "工作台"
        case .navEnterprises: "企业"
        case .navHazards: "隐患"
        case .navPlan: "检查计划"
        case .signedInAs: "{0}（{1}）"
        case .roleTownship: "乡镇用户"
        case .roleDistrict: "区县用户"
        case .roleAdmin: "管理员"
        case .townshipLabel: "乡镇"
        case .pickTownship: "切换"
        case .signOut: "退出登录"
        case .switchLanguage: "切换为英文"
        case .print: "打印"
        case .downloadsHeading: "下载"
        case .ledgerXLSX: "隐患台账（Excel）"
        case .ledgerCSV: "隐患台账（CSV）"
        case .townshipReport: "乡镇报告（HTML）"
        case .skipToContent: "跳到正文"
        case .all: "全部"
        case .apply: "筛选"
        case .reset: "清除条件"
        case .previousPage: "上一页"
        case .nextPage: "下一页"
        case .pageOf: "第 {0} / {1} 页"
        case .showAll: "查看全部 {0} 项"
        case .colon: "："
        case .yes: "是"
        case .no: "否"
        case .loginTitle: "登录"
        case .loginName: "用户名"
        case .loginPassword: "密码"
        case .loginSubmit: "登录"
        case .loginFailed: "用户名或密码错误，或账号已停用。"
        case .loginThrottled: "密码错误次数过多，请 {0} 秒后再试。"
        case .loginExpired: "登录已超时，请重新登录。"
        case .loginSignedOut: "已退出登录。"
        case .dashboardTitle: "{0} 工作台"
        case .periodLine: "统计期间：{0}　·　生成时间 {1}"
        case .figuresHeading: "本期概况"
        case .chartsHeading: "图表"
        case .coloursHeading: "风险颜色分布"
        case .dueHeading: "到期与逾期检查"
        case .dueSummary: "{2} 起 {3} 天内应检 {0} 家，其中逾期 {1} 家"
        case .noDue: "没有到期的检查。"
        case .overdueHazardsHeading: "逾期未销号隐患"
        case .overdueHazardsCount: "共 {0} 项"
        case .noOverdueHazards: "没有逾期未销号的隐患。"
        case .unreportedHeading: "未按时上报的重大隐患"
        case .fullReport: "完整乡镇报告"
        case .noColours: "未设置监管策略，无颜色分布。"
        case .enterprisesTitle: "{0} 企业名录"
        case .searchLabel: "名称或信用代码"
        case .tagLabel: "风险标签"
        case .matchingEnterprises: "共 {0} 家"
        case .noEnterprises: "没有符合条件的企业。"
        case .creditCode: "统一社会信用代码"
        case .enterpriseName: "企业名称"
        case .colId: "编号"
        case .colEnterprise: "企业"
        case .colKind: "类型"
        case .colStatus: "状态"
        case .colChecklist: "检查表"
        case .colStarted: "开始时间"
        case .colInspectors: "检查人员"
        case .colSeverity: "级别"
        case .colLayer: "防控层"
        case .colItem: "检查项"
        case .colDescription: "隐患描述"
        case .profileHeading: "基本信息"
        case .township: "乡镇"
        case .industry: "行业"
        case .address: "地址"
        case .contact: "联系人"
        case .standardisation: "标准化等级"
        case .employees: "从业人员"
        case .grid: "网格"
        case .codeInvalid: "（校验未通过）"
        case .gradeHeading: "风险颜色及判定依据"
        case .ruleColour: "规则判定：{0}"
        case .notGraded: "未评定。"
        case .trendHeading: "防控等级趋势（L）"
        case .trendChart: "历次检查防控等级 L"
        case .noInspection: "尚无已完成的检查。"
        case .selfCheckTrend: "企业自查（单列，不与检查混合）"
        case .date: "日期"
        case .session: "会话"
        case .sessionsHeading: "检查记录"
        case .noSessions: "无检查记录。"
        case .noticeLink: "整改通知书"
        case .hazardsHeading: "隐患"
        case .noHazards: "没有隐患。"
        case .reliabilityHeading: "企业自查可靠性"
        case .reliabilityLine: "可靠性 {0}：双方均检查 {2} 项，一致 {1} 项，自查合格而检查不合格 {3} 项"
        case .reliabilitySessions: "自查 #{0}（{1}）对照检查 #{2}（{3}）"
        case .noComparison: "尚无可对照的自查与检查（同一检查表）。"
        case .seeHazards: "在隐患清单中查看"
        case .hazardsTitle: "{0} 隐患清单"
        case .onlyOverdue: "仅逾期"
        case .onlySupervised: "仅挂牌督办"
        case .onlyUnreported: "仅未按时上报"
        case .enterpriseFilter: "企业：{0}"
        case .matchingHazards: "共 {0} 项"
        case .noMatchingHazards: "没有符合条件的隐患。"
        case .overdueDays: "逾期 {0} 天"
        case .unreportedFlag: "未按时上报"
        case .supervisedFlag: "挂牌督办"
        case .hazardTitle: "隐患 #{0}"
        case .source: "来源"
        case .finding: "隐患描述"
        case .basis: "依据"
        case .remedy: "整改要求"
        case .foundAt: "发现时间"
        case .deadline: "整改期限"
        case .fiveMeasures: "“五落实”"
        case .responsible: "责任人"
        case .measures: "整改措施"
        case .funds: "整改资金"
        case .timeLimit: "整改时限"
        case .plan: "应急预案"
        case .verifiedLine: "{0} 由 {1} 复查销号"
        case .verificationNote: "复查意见"
        case .escalationsHeading: "上报记录"
        case .remediationPlan: "治理方案"
        case .evidenceHeading: "证据"
        case .noEvidence: "无证据文件。"
        case .historyHeading: "处理记录"
        case .historyAt: "时间"
        case .historyBy: "经办人"
        case .historyChange: "变更"
        case .historyNote: "说明"
        case .verifyHeading: "复查销号"
        case .verifyNote: "复查意见"
        case .verifyEvidence: "复查照片或文件（可多选，合计不超过 {0} MB）"
        case .verifySubmit: "复查合格，销号"
        case .escalateHeading: "上报重大隐患"
        case .escalateTo: "报送单位"
        case .escalateReference: "文号"
        case .escalateAt: "上报日期"
        case .escalateSubmit: "记录上报"
        case .planTitle: "{0} 检查计划"
        case .planDays: "天数"
        case .planShow: "查看"
        case .planICS: "下载日历（.ics）"
        case .visitDay: "计划日期"
        case .inspector: "检查人员"
        case .errorTitle: "出错了（{0}）"
        case .error400: "请求参数有误。"
        case .error401: "请先登录。"
        case .error403: "无权查看或操作该内容。"
        case .error404: "未找到该页面或记录。"
        case .error405: "不支持该请求方式。"
        case .error413: "上传的文件过大。"
        case .error429: "请求过于频繁，请稍后再试。"
        case .error500: "服务器内部错误，请稍后再试或联系管理员。"
        case .errorOther: "请求未能完成。"
        case .backHome: "返回工作台"
        case .toLogin: "前往登录"
        }
    }

    public var en: String {
        switch self {
        case .appTitle: "Safety checkup station"
        case .navDashboard: "Dashboard"
        case .navEnterprises: "Enterprises"
        case .navHazards: "Hazards"
        case .navPlan: "Plan"
        case .signedInAs: "{0} ({1})"
        case .roleTownship: "township user"
        case .roleDistrict: "district user"
        case .roleAdmin: "administrator"
        case .townshipLabel: "Township"
        case .pickTownship: "Switch"
        case .signOut: "Sign out"
        case .switchLanguage: "Switch to Chinese"
        case .print: "Print"
        case .downloadsHeading: "Downloads"
        case .ledgerXLSX: "Hazard ledger (Excel)"
        case .ledgerCSV: "Hazard ledger (CSV)"
        case .townshipReport: "Township report (HTML)"
        case .skipToContent: "Skip to content"
        case .all: "All"
        case .apply: "Filter"
        case .reset: "Clear"
        case .previousPage: "Previous"
        case .nextPage: "Next"
        case .pageOf: "Page {0} of {1}"
        case .showAll: "See all {0}"
        case .colon: ": "
        case .yes: "yes"
        case .no: "no"
        case .loginTitle: "Sign in"
        case .loginName: "Name"
        case .loginPassword: "Password"
        case .loginSubmit: "Sign in"
        case .loginFailed: "Wrong name or password, or the account is disabled."
        case .loginThrottled: "Too many wrong passwords; try again in {0} seconds."
        case .loginExpired: "Your session expired; please sign in again."
        case .loginSignedOut: "You have signed out."
        case .dashboardTitle: "{0} dashboard"
        case .periodLine: "Period: {0} · generated {1}"
        case .figuresHeading: "Figures for the period"
        case .chartsHeading: "Charts"
        case .coloursHeading: "Risk colours"
        case .dueHeading: "Inspections due and overdue"
        case .dueSummary: "{0} due within {3} days from {2}, {1} of them overdue"
        case .noDue: "No inspection is due."
        case .overdueHazardsHeading: "Overdue hazards"
        case .overdueHazardsCount: "{0} in all"
        case .noOverdueHazards: "No hazard is overdue."
        case .unreportedHeading: "Major hazards not reported in time"
        case .fullReport: "Full township report"
        case .noColours: "No supervision grading to show."
        case .enterprisesTitle: "{0} enterprises"
        case .searchLabel: "Name or credit code"
        case .tagLabel: "Risk tag"
        case .matchingEnterprises: "{0} enterprise(s)"
        case .noEnterprises: "No enterprise matches."
        case .creditCode: "Credit code"
        case .enterpriseName: "Name"
        case .colId: "No."
        case .colEnterprise: "Enterprise"
        case .colKind: "Kind"
        case .colStatus: "Status"
        case .colChecklist: "Checklist"
        case .colStarted: "Started"
        case .colInspectors: "Inspectors"
        case .colSeverity: "Severity"
        case .colLayer: "Layer"
        case .colItem: "Item"
        case .colDescription: "Finding"
        case .profileHeading: "Profile"
        case .township: "Township"
        case .industry: "Industry"
        case .address: "Address"
        case .contact: "Contact"
        case .standardisation: "Standardisation"
        case .employees: "Employees"
        case .grid: "Grid"
        case .codeInvalid: "(check failed)"
        case .gradeHeading: "Risk colour and why"
        case .ruleColour: "by the rules: {0}"
        case .notGraded: "Not graded."
        case .trendHeading: "Defence level trend (L)"
        case .trendChart: "Defence level L per inspection"
        case .noInspection: "No completed inspection yet."
        case .selfCheckTrend: "Self-checks (kept apart from inspections)"
        case .date: "Date"
        case .session: "Session"
        case .sessionsHeading: "Sessions"
        case .noSessions: "No sessions."
        case .noticeLink: "Notice"
        case .hazardsHeading: "Hazards"
        case .noHazards: "No hazards."
        case .reliabilityHeading: "Self-check reliability"
        case .reliabilityLine: "Reliability {0}: {1} of {2} items examined by both agree; {3} passed by the self-check failed the inspection"
        case .reliabilitySessions: "self-check #{0} ({1}) against inspection #{2} ({3})"
        case .noComparison: "No self-check and inspection on the same checklist to compare."
        case .seeHazards: "Open in the hazard list"
        case .hazardsTitle: "{0} hazards"
        case .onlyOverdue: "Overdue only"
        case .onlySupervised: "Listed for supervision only"
        case .onlyUnreported: "Not reported in time only"
        case .enterpriseFilter: "Enterprise: {0}"
        case .matchingHazards: "{0} hazard(s)"
        case .noMatchingHazards: "No hazard matches."
        case .overdueDays: "{0} d overdue"
        case .unreportedFlag: "not reported"
        case .supervisedFlag: "listed"
        case .hazardTitle: "Hazard #{0}"
        case .source: "Source"
        case .finding: "Finding"
        case .basis: "Basis"
        case .remedy: "Remedy"
        case .foundAt: "Found"
        case .deadline: "Deadline"
        case .fiveMeasures: "Five measures"
        case .responsible: "Responsible"
        case .measures: "Measures"
        case .funds: "Funds"
        case .timeLimit: "Time limit"
        case .plan: "Contingency plan"
        case .verifiedLine: "Verified {0} by {1}"
        case .verificationNote: "Re-inspection note"
        case .escalationsHeading: "Reports"
        case .remediationPlan: "Remediation plan"
        case .evidenceHeading: "Evidence"
        case .noEvidence: "No evidence files."
        case .historyHeading: "History"
        case .historyAt: "When"
        case .historyBy: "By"
        case .historyChange: "Change"
        case .historyNote: "Note"
        case .verifyHeading: "Verify the rectification"
        case .verifyNote: "Re-inspection note"
        case .verifyEvidence: "Photos or files (several allowed, {0} MB at most in all)"
        case .verifySubmit: "Verified: close the hazard"
        case .escalateHeading: "Report the major hazard"
        case .escalateTo: "Reported to"
        case .escalateReference: "Document number"
        case .escalateAt: "Date reported"
        case .escalateSubmit: "Record the report"
        case .planTitle: "{0} inspection plan"
        case .planDays: "Days ahead"
        case .planShow: "Show"
        case .planICS: "Download calendar (.ics)"
        case .visitDay: "Visit day"
        case .inspector: "Inspector"
        case .errorTitle: "Error ({0})"
        case .error400: "The request is not valid."
        case .error401: "Please sign in first."
        case .error403: "You may not see or change this."
        case .error404: "No such page or record."
        case .error405: "This method is not allowed here."
        case .error413: "The upload is too large."
        case .error429: "Too many requests; try again later."
        case .error500: "Something went wrong on the server; try again later or ask the administrator."
        case .errorOther: "The request could not be completed."
        case .backHome: "Back to the dashboard"
        case .toLogin: "Sign in"
        }
    }
}
