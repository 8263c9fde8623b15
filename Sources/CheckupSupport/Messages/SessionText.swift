/// Messages about inspection and self-check sessions and their answers.
public enum SessionText: String, CatalogMessage {
    case unknownSession, unknownEnterprise, unknownItem, excludedByProfile, notForIndustry, sessionClosed
    case noteRequired, noteTooLong, invalidResult, evidenceUnreadable, snapshotUnreadable, noInspector
    case statusOpen, statusCompleted, statusSuperseded, kindInspection, kindSelfCheck
    /// An item passed.
    case resultPass
    /// An item failed.
    case resultFail
    /// An item does not apply.
    case resultNA
    /// An item not answered yet.
    case resultUnchecked
    /// `record`: `{0}` session, `{1}` item, `{2}` the result (after `{3}` the old one and an arrow, or nothing).
    case recorded
    /// `session complete`: `{0}` session, `{1}` hazards, `{2}` of them to rectify.
    case completed
    /// `record` given `{0}`, not an answer.
    case resultIsNot
    /// `--deadline {0}` is not a date.
    case deadlineNotDate

    public var zh: String {
        switch self {
        case .unknownSession: "没有编号为 {0} 的会话"
        case .unknownEnterprise: "企业 {0} 未登记（先登记：checkup enterprise add）"
        case .unknownItem: "检查表 {1} 中没有检查项“{0}”"
        case .excludedByProfile: "检查项 {0} 不在本次会话的检查范围“{1}”内"
        case .notForIndustry: "检查项 {0} 不适用于该企业所属行业"
        case .sessionClosed: "会话 {0} {1}，不能再修改"
        case .noteRequired: "不合格项须写明发现的问题（检查项 {0}）"
        case .noteTooLong: "检查项 {0} 的问题描述有 {1} 个字符，超过上限 {2}；请精简（文件可作为证据附上）"
        case .invalidResult: "“{0}”不是有效答案：请用 pass（合格）、fail（不合格）或 na（不适用）"
        case .evidenceUnreadable: "{0}：无法读取证据文件：{1}"
        case .snapshotUnreadable: "会话 {0}：检查表快照无法读取：{1}"
        case .noInspector: "请至少填写一名检查人员（--inspector 姓名）"
        case .statusOpen: "进行中"
        case .statusCompleted: "已完成"
        case .statusSuperseded: "已被更正替代"
        case .kindInspection: "检查"
        case .kindSelfCheck: "企业自查"
        case .resultPass: "合格"
        case .resultFail: "不合格"
        case .resultNA: "不适用"
        case .resultUnchecked: "未检查"
        case .recorded: "会话 {0} 检查项 {1}：{3}{2}"
        case .completed: "会话 {0} 已完成：隐患 {1} 项，其中待整改 {2} 项"
        case .resultIsNot: "答案须为 pass（合格）、fail（不合格）或 na（不适用），而不是“{0}”"
        case .deadlineNotDate: "--deadline “{0}” 不是 ISO 8601 日期"
        }
    }

    public var en: String {
        switch self {
        case .unknownSession: "no session {0}"
        case .unknownEnterprise: "enterprise {0} is not in the register (add it with: checkup enterprise add)"
        case .unknownItem: "checklist {1} has no item '{0}'"
        case .excludedByProfile: "item {0} is excluded by the session's profile '{1}'"
        case .notForIndustry: "item {0} does not apply to this enterprise's industry"
        case .sessionClosed: "session {0} is {1} and cannot be changed"
        case .noteRequired: "a fail needs a note saying what was found (item {0})"
        case .noteTooLong:
            "the note for item {0} is {1} characters, longer than the {2} allowed; shorten it (attach documents as evidence files)"
        case .invalidResult: "'{0}' is not an answer: use pass, fail or na"
        case .evidenceUnreadable: "{0}: cannot read evidence file: {1}"
        case .snapshotUnreadable: "session {0}: checklist snapshot unreadable: {1}"
        case .noInspector: "name at least one inspector (--inspector NAME)"
        case .statusOpen: "open"
        case .statusCompleted: "completed"
        case .statusSuperseded: "superseded"
        case .kindInspection: "inspection"
        case .kindSelfCheck: "self-check"
        case .resultPass: "pass"
        case .resultFail: "fail"
        case .resultNA: "na"
        case .resultUnchecked: "unchecked"
        case .recorded: "session {0} {1}: {3}{2}"
        case .completed: "session {0} completed: {1} hazard(s), {2} to rectify"
        case .resultIsNot: "result must be pass, fail or na, not '{0}'"
        case .deadlineNotDate: "--deadline '{0}' is not an ISO 8601 date"
        }
    }
}
