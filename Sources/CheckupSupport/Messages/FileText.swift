/// Messages about files named on the command line or in the data: what could not be read or
/// written, and why.
public enum FileText: String, CatalogMessage {
    /// `{0}` does not exist.
    case noSuchFile
    /// `{0}` is a FIFO, device, socket or directory where a regular file is needed; `{1}` names the kind.
    case notRegular

    public var zh: String {
        switch self {
        case .noSuchFile: "{0}：没有这个文件"
        case .notRegular: "{0}：不是普通文件（{1}），拒绝读取"
        }
    }

    public var en: String {
        switch self {
        case .noSuchFile: "{0}: no such file"
        case .notRegular: "{0}: not a regular file ({1}); refused"
        }
    }
}
