/// Usage errors (exit 2) and input refusals the commands explain before they touch the station.
public enum UsageText: String, CatalogMessage {
    /// `inspect` / `session start` without an inspector.
    case inspectorRequired
    /// `hazard verify --refuse` without a reason.
    case reasonRequired
    /// A credit code whose check character is wrong: {0} the code, {1} the expected character.
    case wrongCheckCharacter

    public var zh: String {
        switch self {
        case .inspectorRequired: "请至少写明一名检查人员：--inspector 姓名（在场每人一次）"
        case .reasonRequired: "--refuse 需要用 --reason 写明复查未通过的理由"
        case .wrongCheckCharacter: "{0}：统一社会信用代码校验码应为 {1}，没有登记这个代码的企业"
        }
    }

    public var en: String {
        switch self {
        case .inspectorRequired: "name at least one inspector: --inspector NAME (once for each inspector present)"
        case .reasonRequired: "--refuse needs --reason TEXT saying why the rectification is not accepted"
        case .wrongCheckCharacter: "{0}: the credit code's check character should be {1}; no enterprise is registered under this code"
        }
    }
}
