/// Texts of the self-check form a person reads.
public enum SelfCheckFormText: String, CatalogMessage {
    /// Shown as `[major]` in English.
    case major
    /// Shown as `How to check:` in English.
    case howToCheck
    /// Shown as `Basis:` in English.
    case basis
    /// Shown as `Self-check finished: {0} ({1} items answered); send it to the station.` in English.
    case selfCheckFinishedItemsAnswered
    /// `{0}` file, `{1}` answered, `{2}` items.
    case partialSaved

    public var zh: String {
        switch self {
        case .major: " [重大隐患项]"
        case .howToCheck: "查验方法："
        case .basis: "依据："
        case .selfCheckFinishedItemsAnswered: "自查表已完成：{0}（{1} 项已答），请提交体检站导入。"
        case .partialSaved: "已保存未完成的自查表：{0}（已答 {1}/{2}）；继续：checkup selfcheck fill --resume {0}"
        }
    }

    public var en: String {
        switch self {
        case .major: " [major]"
        case .howToCheck: "How to check: "
        case .basis: "Basis: "
        case .selfCheckFinishedItemsAnswered: "Self-check finished: {0} ({1} items answered); send it to the station."
        case .partialSaved: "Partial self-check saved to {0} ({1}/{2} answered); continue with: checkup selfcheck fill --resume {0}"
        }
    }
}
