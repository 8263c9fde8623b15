/// `checkup hazard list` and `hazard show` as a terminal reads them.
public enum HazardReportText: String, CatalogMessage {
    /// No hazard selected.
    case none
    /// `{0}` days.
    case overdueShort
    /// `{0}` id, `{1}` severity, `{2}` status.
    case heading
    /// `{0}` days.
    case overdue
    /// `{0}` name, `{1}` code, `{2}` township.
    case enterprise
    /// `{0}` source, `{1}` session.
    case source
    /// `{0}` item, `{1}` layer, `{2}` title.
    case item
    /// `{0}`.
    case finding
    /// `{0}`.
    case basis
    /// `{0}`.
    case remedy
    /// `{0}` found, `{1}` deadline.
    case found
    /// `{0}`.
    case responsible
    /// `{0}`.
    case measures
    /// `{0}`.
    case funds
    /// `{0}`.
    case timeLimit
    /// `{0}`.
    case plan
    /// `{0}` when, `{1}` by whom.
    case verified
    /// `{0}` the files.
    case evidence
    /// Heading.
    case history
    /// Where a hazard came from.
    case sourceInspection
    /// Where a hazard came from.
    case sourceSelfCheck

    public var zh: String {
        switch self {
        case .none: "（无隐患）"
        case .overdueShort: " 逾期{0}天"
        case .heading: "隐患 {0}  {1}  {2}"
        case .overdue: "  逾期 {0} 天"
        case .enterprise: "企业：{0} {1} {2}"
        case .source: "来源：{0} 会话 {1}"
        case .item: "检查项：{0} [{1}] {2}"
        case .finding: "隐患描述：{0}"
        case .basis: "依据：{0}"
        case .remedy: "整改要求：{0}"
        case .found: "发现：{0}  整改期限：{1}"
        case .responsible: "责任人：{0}"
        case .measures: "整改措施：{0}"
        case .funds: "整改资金：{0}"
        case .timeLimit: "整改时限：{0}"
        case .plan: "应急预案：{0}"
        case .verified: "销号：{0} {1}"
        case .evidence: "证据：{0}"
        case .history: "处理记录："
        case .sourceInspection: "检查"
        case .sourceSelfCheck: "自查"
        }
    }

    public var en: String {
        switch self {
        case .none: "(no hazards)"
        case .overdueShort: " overdue {0}d"
        case .heading: "Hazard {0}  {1}  {2}"
        case .overdue: "  overdue {0} days"
        case .enterprise: "Enterprise: {0} {1} {2}"
        case .source: "Source: {0} session {1}"
        case .item: "Item: {0} [{1}] {2}"
        case .finding: "Finding: {0}"
        case .basis: "Basis: {0}"
        case .remedy: "Remedy: {0}"
        case .found: "Found: {0}  Deadline: {1}"
        case .responsible: "Responsible: {0}"
        case .measures: "Measures: {0}"
        case .funds: "Funds: {0}"
        case .timeLimit: "Time limit: {0}"
        case .plan: "Contingency plan: {0}"
        case .verified: "Verified: {0} {1}"
        case .evidence: "Evidence: {0}"
        case .history: "History:"
        case .sourceInspection: "inspection"
        case .sourceSelfCheck: "self-check"
        }
    }
}
