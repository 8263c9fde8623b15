/// Refusals of an enterprise self-check file: they go back to the enterprise, so each says what to write instead.
public enum SelfCheckText: String, CatalogMessage {
    /// `{0}` the value given.
    case performedAtNotDate
    /// `{0}` the value given.
    case statusNotAnswer
    /// `{0}` the limit.
    case tooManyResults
    /// performed-at empty.
    case performedAtBlank
    /// `{0}` the value, `{1}` now.
    case performedAtFuture
    /// performed-by empty.
    case performedByBlank
    /// `{0}` checklist id, `{1}` the known ones.
    case unknownChecklist
    /// `{0}` checklist id; the catalog is empty.
    case unknownChecklistEmpty
    /// `{0}` checklist, `{1}` version, `{2}` known versions.
    case unknownVersion
    /// `{0}` checklist, `{1}` version, `{2}` item.
    case unknownItem
    /// `{0}` item, `{1}` the line of its first answer.
    case duplicateItem
    /// `{0}` item, `{1}` profile.
    case excludedItem
    /// `{0}` item.
    case notAnswered
    /// `{0}` item.
    case failWithoutNote
    /// `{0}` item, `{1}` the industries it applies to, `{2}` the enterprise's industry.
    case notForIndustry
    /// `{0}` code, `{1}` name.
    case unregistered

    public var zh: String {
        switch self {
        case .performedAtNotDate: "performed-at “{0}” 不是带时区的日期时间，例如 2026-11-02T09:30:00+08:00"
        case .statusNotAnswer: "status “{0}” 不是 pass、fail 或 na（小写）"
        case .tooManyResults: "结果超过 {0} 条；没有哪份检查表有这么多检查项"
        case .performedAtBlank: "performed-at 为空：请填写自查时间，例如 2026-11-02T09:30:00+08:00"
        case .performedAtFuture: "performed-at {0} 晚于当前时间（现在是 {1}）"
        case .performedByBlank: "performed-by 为空：请填写完成自查的人员姓名"
        case .unknownChecklist: "检查表“{0}”不在本站检查表目录中（已有：{1}）"
        case .unknownChecklistEmpty: "检查表“{0}”不在本站检查表目录中（目录为空）"
        case .unknownVersion: "检查表 {0} 没有版本“{1}”（本站有：{2}）；请填写现行的自查表：checkup selfcheck template --checklist {0} --enterprise 代码"
        case .unknownItem: "检查表 {0} {1} 中没有检查项“{2}”"
        case .duplicateItem: "检查项 {0} 出现两次（第一次在第 {1} 行）；每个检查项只保留一个答案"
        case .excludedItem: "检查项 {0} 不在适用范围“{1}”内；请删除它的结果"
        case .notAnswered: "检查项 {0} 未作答：status 请填 pass、fail 或 na（不检查的项请删除该结果）"
        case .failWithoutNote: "检查项 {0} 为不合格但没有说明：请在 <note> 中写明发现的问题"
        case .notForIndustry: "检查项 {0} 只适用于 {1} 行业的企业，不适用于 {2}；请删除它的结果"
        case .unregistered: "企业 {0}（{1}）未登记；请先登记（checkup enterprise add），或导入时加 --register"
        }
    }

    public var en: String {
        switch self {
        case .performedAtNotDate: "performed-at '{0}' is not a date and time with an offset, e.g. 2026-11-02T09:30:00+08:00"
        case .statusNotAnswer: "status '{0}' is not pass, fail or na (lower case)"
        case .tooManyResults: "more than {0} results; no checklist has that many items"
        case .performedAtBlank: "performed-at is blank: write when the self-check was done, e.g. 2026-11-02T09:30:00+08:00"
        case .performedAtFuture: "performed-at {0} is in the future (now is {1})"
        case .performedByBlank: "performed-by is blank: write the name of the person who performed the self-check"
        case .unknownChecklist: "checklist '{0}' is not in the station's catalog (known: {1})"
        case .unknownChecklistEmpty: "checklist '{0}' is not in the station's catalog (the catalog is empty)"
        case .unknownVersion: "checklist {0} has no version '{1}' in the station's catalog (known versions: {2}); fill in a current form: checkup selfcheck template --checklist {0} --enterprise CODE"
        case .unknownItem: "checklist {0} {1} has no item '{2}'"
        case .duplicateItem: "item {0} appears twice (first at line {1}); keep one answer per item"
        case .excludedItem: "item {0} is excluded by profile '{1}'; remove its result"
        case .notAnswered: "item {0} not answered: set status to pass, fail or na (or delete the result to leave it unchecked)"
        case .failWithoutNote: "item {0} is a fail without a note: say what was found in <note>"
        case .notForIndustry: "item {0} applies only to {1} enterprises, not to {2}; remove its result"
        case .unregistered: "enterprise {0} ({1}) is not in the register; register it (checkup enterprise add) or import with --register"
        }
    }
}
