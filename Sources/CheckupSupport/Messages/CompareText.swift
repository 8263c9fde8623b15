/// The self-check vs inspection comparison (`checkup compare`) as a terminal reads it.
public enum CompareText: String, CatalogMessage {
    /// `{0}` enterprise, `{1}` credit code.
    case title
    /// `{0}` label, `{1}` session id, `{2}` start, `{3}` who, `{4}` checklist and version.
    case sessionLine
    /// `{0}` label, `{1}` what is missing.
    case missingLine
    /// Label.
    case selfCheck
    /// Label.
    case inspection
    /// No completed self-check.
    case noSelfCheck
    /// `{0}` checklist.
    case noSelfCheckOn
    /// No completed inspection.
    case noInspection
    /// Nothing to compare.
    case nothingToCompare
    /// Heading.
    case selfPassInspectorFail
    /// Heading.
    case selfFailInspectorPass
    /// `{0}` heading, `{1}` rows.
    case sectionHeading
    /// `{0}` agreed, `{1}` examined by both.
    case agreed
    /// `{0}` the rate.
    case reliability
    /// `{0}` township.
    case townshipTitle
    /// Township without enterprises.
    case noEnterprises
    /// Column.
    case rate
    /// Column.
    case agreedColumn
    /// Column.
    case untrue
    /// Column.
    case enterprise
    /// Cell.
    case noInspectionShort
    /// Cell.
    case noSelfCheckShort
    /// `{0}` name, `{1}` code.
    case nameAndCode

    public var zh: String {
        switch self {
        case .title: "自查与检查对比 — {0}（{1}）"
        case .sessionLine: "{0}：会话 {1}，{2}，{3}（{4}）"
        case .missingLine: "{0}：{1}"
        case .selfCheck: "自查"
        case .inspection: "检查"
        case .noSelfCheck: "无已完成的自查"
        case .noSelfCheckOn: "无 {0} 的已完成自查"
        case .noInspection: "无已完成的检查"
        case .nothingToCompare: "无法对比：需要一次已完成的自查和一次已完成的检查。"
        case .selfPassInspectorFail: "自查不实：自查为符合，检查发现不符合"
        case .selfFailInspectorPass: "自查为不符合，检查为符合"
        case .sectionHeading: "{0}（{1} 项）："
        case .agreed: "一致：{0} / {1} 项（双方均检查）"
        case .reliability: "自查可靠率：{0}"
        case .townshipTitle: "{0} 企业自查可靠率（由低到高）"
        case .noEnterprises: "（该乡镇无登记企业）"
        case .rate: "可靠率"
        case .agreedColumn: "一致/共查"
        case .untrue: "自查不实"
        case .enterprise: "企业"
        case .noInspectionShort: "无检查"
        case .noSelfCheckShort: "无自查"
        case .nameAndCode: "{0}（{1}）"
        }
    }

    public var en: String {
        switch self {
        case .title: "Self-check vs inspection — {0} ({1})"
        case .sessionLine: "{0}: session {1}, {2}, {3} ({4})"
        case .missingLine: "{0}: {1}"
        case .selfCheck: "Self-check"
        case .inspection: "Inspection"
        case .noSelfCheck: "none completed"
        case .noSelfCheckOn: "none completed on {0}"
        case .noInspection: "none completed"
        case .nothingToCompare: "Nothing to compare: needs a completed self-check and a completed inspection."
        case .selfPassInspectorFail: "Self-check said pass, inspector found fail"
        case .selfFailInspectorPass: "Self-check said fail, inspector found pass"
        case .sectionHeading: "{0} ({1}):"
        case .agreed: "Agreed: {0} / {1} items examined by both"
        case .reliability: "Reliability: {0}"
        case .townshipTitle: "{0}: self-check reliability, worst first"
        case .noEnterprises: "(no enterprises registered)"
        case .rate: "rate"
        case .agreedColumn: "agreed"
        case .untrue: "untrue"
        case .enterprise: "enterprise"
        case .noInspectionShort: "no insp."
        case .noSelfCheckShort: "no self"
        case .nameAndCode: "{0} ({1})"
        }
    }
}
