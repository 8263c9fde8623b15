/// The lines `checkup import` prints on stdout: a corrected resubmission and the closing summary.
public enum ImportReportText: String, CatalogMessage {
    /// `{0}` file, `{1}` the new session, `{2}` the session it replaces.
    case superseded
    /// `{0}` files, `{1}` imported, `{2}` superseded, `{3}` duplicates, `{4}` refused.
    case summary

    public var zh: String {
        switch self {
        case .superseded: "{0}: 更正件，导入为会话 {1}，替代会话 {2}"
        case .summary: "共 {0} 个文件：导入 {1}，更正替代 {2}，重复跳过 {3}，拒收 {4}"
        }
    }

    public var en: String {
        switch self {
        case .superseded: "{0}: corrected resubmission, imported as session {1}, supersedes session {2}"
        case .summary: "{0} files: {1} imported, {2} superseded, {3} duplicate, {4} refused"
        }
    }
}
