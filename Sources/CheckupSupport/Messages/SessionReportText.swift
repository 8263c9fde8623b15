/// `checkup session show` as a terminal reads it.
public enum SessionReportText: String, CatalogMessage {
    /// `{0}` id, `{1}` kind, `{2}` status.
    case heading
    /// `{0}` the inspectors.
    case inspectors
    /// `{0}` start.
    case started
    /// `{0}` completion (follows `started`).
    case completed
    /// `{0}` answered, `{1}` items.
    case progress
    /// Mark.
    case markPass
    /// Mark.
    case markFail
    /// Mark.
    case markNA
    /// Mark.
    case markUnchecked
    /// Tag.
    case tagMajor
    /// Tag.
    case tagFixedOnSite
    /// `{0}` files.
    case tagEvidence
    /// `{0}` layer, `{1}` coverage, `{2}` score.
    case layerLine
    /// `{0}` level.
    case level
    /// `{0}` answers changed.
    case changes

    public var zh: String {
        switch self {
        case .heading: "会话 {0}  {1}  {2}"
        case .inspectors: "检查人员：{0}"
        case .started: "开始：{0}"
        case .completed: "  完成：{0}"
        case .progress: "进度：{0}/{1}"
        case .markPass: "合格"
        case .markFail: "不合格"
        case .markNA: "不适用"
        case .markUnchecked: "未检查"
        case .tagMajor: "重大隐患"
        case .tagFixedOnSite: "已现场整改"
        case .tagEvidence: "证据 {0}"
        case .layerLine: "  {0}  覆盖率 {1}  得分 {2}"
        case .level: "  防控等级 L = {0}"
        case .changes: "答案修改 {0}"
        }
    }

    public var en: String {
        switch self {
        case .heading: "Session {0}  {1}  {2}"
        case .inspectors: "Inspectors: {0}"
        case .started: "Started: {0}"
        case .completed: "  Completed: {0}"
        case .progress: "Progress: {0}/{1}"
        case .markPass: "pass"
        case .markFail: "FAIL"
        case .markNA: "n/a"
        case .markUnchecked: "—"
        case .tagMajor: "major"
        case .tagFixedOnSite: "fixed on site"
        case .tagEvidence: "evidence {0}"
        case .layerLine: "  {0}  coverage {1}  score {2}"
        case .level: "  Defence level L = {0}"
        case .changes: "Answers changed: {0}"
        }
    }
}
