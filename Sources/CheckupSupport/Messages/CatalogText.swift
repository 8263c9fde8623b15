/// Messages about the checklist catalog.
public enum CatalogText: String, CatalogMessage {
    /// Where a shipped checklist comes from, in `checklist list`.
    case builtIn

    public var zh: String {
        switch self {
        case .builtIn: "内置"
        }
    }

    public var en: String {
        switch self {
        case .builtIn: "built-in"
        }
    }
}
