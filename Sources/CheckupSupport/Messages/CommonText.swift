/// Messages every command uses: confirmations of files written and the like.
public enum CommonText: String, CatalogMessage {
    /// A file was written.
    case wrote

    public var zh: String {
        switch self {
        case .wrote: "已写入 {0}"
        }
    }

    public var en: String {
        switch self {
        case .wrote: "wrote {0}"
        }
    }
}
