/// Texts of the rectification notice a person reads.
public enum NoticeText: String, CatalogMessage {
    /// Shown as `On {0} the station inspected your enterprise against "{1}" and found no hazards.` in English.
    case introNoHazards
    /// Shown as `,` in English.
    case listSeparator
    /// Shown as `{0} ({1} {2})` in English.
    case checklistLine
    /// Shown as `(1.0 → 2.0)` in English.
    case levelRange

    public var zh: String {
        switch self {
        case .introNoHazards: "本站于{0}依据《{1}》对你单位进行了安全生产体检，未发现事故隐患。"
        case .listSeparator: "、"
        case .checklistLine: "{0}（{1} {2}）"
        case .levelRange: "（1.0 → 2.0）"
        }
    }

    public var en: String {
        switch self {
        case .introNoHazards: "On {0} the station inspected your enterprise against \"{1}\" and found no hazards."
        case .listSeparator: ", "
        case .checklistLine: "{0} ({1} {2})"
        case .levelRange: " (1.0 → 2.0)"
        }
    }
}
