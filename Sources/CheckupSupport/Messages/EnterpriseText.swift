/// Messages of the enterprise register and its CSV import.
public enum EnterpriseText: String, CatalogMessage {
    /// `{0}` file, `{1}` how many rows were refused.
    case nothingStored

    public var zh: String {
        switch self {
        case .nothingStored: "{0}：有 {1} 行被拒绝，名单未导入（一行也未保存）；改正这些行后重新导入整个文件"
        }
    }

    public var en: String {
        switch self {
        case .nothingStored: "{0}: {1} row(s) refused, so nothing was stored; correct them and import the whole file again"
        }
    }
}
