/// Messages of the enterprise register and its CSV import.
public enum EnterpriseText: String, CatalogMessage {
    /// `{0}` file, `{1}` how many rows were refused.
    case nothingStored
    /// `{0}` the missing columns.
    case missingColumns
    /// The CSV has no header row.
    case emptyFile
    /// `{0}` the reason.
    case cannotRead
    /// `{0}` size, `{1}` limit.
    case fileTooLarge
    /// The CSV is not UTF-8.
    case notUTF8
    /// `{0}` line.
    case unterminatedQuote
    /// `{0}` the length given.
    case wrongLength
    /// `{0}` the character, `{1}` its position.
    case invalidCharacter
    /// `{0}` expected, `{1}` found.
    case wrongCheck
    /// `{0}` code, `{1}` what is wrong.
    case invalidCode
    /// `{0}` the refusal, accepted anyway (CSV import with invalid codes allowed).
    case acceptedInvalid
    /// `{0}` the refusal, accepted by --allow-invalid-code.
    case acceptedWithFlag
    /// `enterprise add`: `{0}` code, `{1}` name.
    case registered
    /// `enterprise add --update`: `{0}` code, `{1}` name.
    case updated
    /// `enterprise import`: `{0}` file, `{1}` added, `{2}` updated.
    case imported
    /// `{0}` location, `{1}` warning.
    case warningLine
    /// `{0}` the code already registered.
    case exists
    /// `{0}` township.
    case noEnterprisesInTownship

    public var zh: String {
        switch self {
        case .nothingStored: "{0}：有 {1} 行被拒绝，名单未导入（一行也未保存）；改正这些行后重新导入整个文件"
        case .missingColumns: "第 1 行：表头缺少 {0} 列（应有 credit_code/统一社会信用代码、name/企业名称、township/乡镇）"
        case .emptyFile: "第 1 行：文件为空，应有表头行"
        case .cannotRead: "无法读取：{0}"
        case .fileTooLarge: "文件大小 {0}，超过 {1} 的上限；请把名单拆成较小的文件"
        case .notUTF8: "不是 UTF-8 文本；请将名单另存为 CSV UTF-8"
        case .unterminatedQuote: "第 {0} 行：引号字段没有结束"
        case .wrongLength: "应为 18 位，实为 {0} 位"
        case .invalidCharacter: "第 {1} 位字符 {0} 不合法；只能用 0-9 和除 I、O、S、V、Z 以外的 A-Z"
        case .wrongCheck: "校验码应为 {0}，实为 {1}"
        case .invalidCode: "统一社会信用代码 {0} 无效：{1}"
        case .acceptedInvalid: "{0}（已接受）"
        case .acceptedWithFlag: "警告：{0}（因 --allow-invalid-code 而接受）"
        case .registered: "已登记 {0} {1}"
        case .updated: "已更新 {0} {1}"
        case .imported: "{0}：新登记 {1} 家，更新 {2} 家，拒绝 0 行"
        case .warningLine: "{0}：警告：{1}"
        case .exists: "企业 {0} 已登记（要修改请加 --update）"
        case .noEnterprisesInTownship: "乡镇“{0}”没有登记任何企业（见 checkup enterprise list）"
        }
    }

    public var en: String {
        switch self {
        case .nothingStored: "{0}: {1} row(s) refused, so nothing was stored; correct them and import the whole file again"
        case .missingColumns: "line 1: header has no {0} column (expected credit_code, name and township, or their Chinese names)"
        case .emptyFile: "line 1: the file is empty; expected a header row"
        case .cannotRead: "cannot read: {0}"
        case .fileTooLarge: "file is {0}, larger than the {1} limit; split the list into smaller files"
        case .notUTF8: "not UTF-8 text; save the list as CSV UTF-8"
        case .unterminatedQuote: "line {0}: quoted field is not closed"
        case .wrongLength: "should be 18 characters, not {0}"
        case .invalidCharacter: "character {0} at position {1} is not allowed; use 0-9 and A-Z except I, O, S, V, Z"
        case .wrongCheck: "check character should be {0}, not {1}"
        case .invalidCode: "invalid credit code {0}: {1}"
        case .acceptedInvalid: "{0} (accepted)"
        case .acceptedWithFlag: "warning: {0} (accepted with --allow-invalid-code)"
        case .registered: "registered {0} {1}"
        case .updated: "updated {0} {1}"
        case .imported: "{0}: {1} registered, {2} updated, 0 refused"
        case .warningLine: "{0}: warning: {1}"
        case .exists: "enterprise {0} is already registered (use --update to change it)"
        case .noEnterprisesInTownship: "no enterprises are registered in township '{0}' (see: checkup enterprise list)"
        }
    }
}
