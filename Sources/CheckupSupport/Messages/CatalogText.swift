/// Messages about the checklist catalog.
public enum CatalogText: String, CatalogMessage {
    /// Where a shipped checklist comes from, in `checklist list`.
    case builtIn
    /// `{0}` the checklist asked for, `{1}` the known ones.
    case notFound
    /// `{0}` the checklist asked for; the catalog has none.
    case catalogEmpty
    /// `{0}` checklist, `{1}` profile, `{2}` the known ones.
    case unknownProfile
    /// `{0}` checklist, `{1}` profile; the checklist has none.
    case noProfiles
    /// `checklist validate`: `{0}` file, `{1}` id, `{2}` version, `{3}` items.
    case valid
    /// `checklist validate`: `{0}` of `{1}` files invalid.
    case invalidCount
    /// `checklist validate` without a file.
    case giveFiles

    public var zh: String {
        switch self {
        case .builtIn: "内置"
        case .notFound: "没有检查表“{0}”（已有：{1}）"
        case .catalogEmpty: "没有检查表“{0}”（检查表目录为空）"
        case .unknownProfile: "检查表 {0} 没有适用范围“{1}”（已有：{2}）"
        case .noProfiles: "检查表 {0} 没有适用范围“{1}”（它没有定义任何适用范围）"
        case .valid: "{0}：有效 — {1} {2}，{3} 项"
        case .invalidCount: "{1} 个文件中有 {0} 个无效"
        case .giveFiles: "请至少给出一个检查表文件"
        }
    }

    public var en: String {
        switch self {
        case .builtIn: "built-in"
        case .notFound: "no checklist '{0}' (known: {1})"
        case .catalogEmpty: "no checklist '{0}' (the catalog is empty)"
        case .unknownProfile: "checklist {0} has no profile '{1}' (known: {2})"
        case .noProfiles: "checklist {0} has no profile '{1}' (it has no profiles)"
        case .valid: "{0}: ok — {1} {2}, {3} items"
        case .invalidCount: "{0} of {1} file(s) invalid"
        case .giveFiles: "give at least one checklist file"
        }
    }
}
