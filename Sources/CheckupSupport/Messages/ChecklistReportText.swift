/// Texts of checklist show and checklist list a person reads.
public enum ChecklistReportText: String, CatalogMessage {
    /// Shown as `Profile:` in English.
    case profile
    /// Shown as `{0} {1} (w {2})` in English.
    case layerItems
    /// Shown as `Items` in English.
    case items
    /// Shown as `Profiles:` in English.
    case profiles
    /// Shown as `{0} items` in English.
    case itemCount
    /// Shown as `major` in English.
    case major

    public var zh: String {
        switch self {
        case .profile: "适用范围："
        case .layerItems: "{0} {1} 项 (w {2})"
        case .items: "检查项 "
        case .profiles: "可选范围："
        case .itemCount: "{0} 项"
        case .major: "重大"
        }
    }

    public var en: String {
        switch self {
        case .profile: "Profile: "
        case .layerItems: "{0} {1} (w {2})"
        case .items: "Items "
        case .profiles: "Profiles: "
        case .itemCount: "{0} items"
        case .major: "major"
        }
    }
}
