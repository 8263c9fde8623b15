/// Column headers of the terminal listings (`session list`, `hazard list`).
public enum ListText: String, CatalogMessage {
    /// A session's or hazard's number.
    case id
    /// Enterprise name.
    case enterprise
    /// Inspection or self-check.
    case kind
    /// Status.
    case status
    /// Checklist id and version.
    case checklist
    /// Start time.
    case started
    /// Inspectors present.
    case inspectors
    /// Major or general.
    case severity
    /// Defence layer.
    case layer
    /// Rectification deadline.
    case deadline
    /// Checklist item.
    case item
    /// What was found.
    case description

    public var zh: String {
        switch self {
        case .id: "编号"
        case .enterprise: "企业"
        case .kind: "类型"
        case .status: "状态"
        case .checklist: "检查表"
        case .started: "开始时间"
        case .inspectors: "检查人员"
        case .severity: "级别"
        case .layer: "防控层"
        case .deadline: "整改期限"
        case .item: "检查项"
        case .description: "隐患描述"
        }
    }

    public var en: String {
        switch self {
        case .id: "id"
        case .enterprise: "enterprise"
        case .kind: "kind"
        case .status: "status"
        case .checklist: "checklist"
        case .started: "started"
        case .inspectors: "inspectors"
        case .severity: "severity"
        case .layer: "layer"
        case .deadline: "deadline"
        case .item: "item"
        case .description: "description"
        }
    }
}
