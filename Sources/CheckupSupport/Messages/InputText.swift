/// Messages about text given to Checkup — the enterprise list, names, notes, rectification
/// details — that it refuses or cuts.
public enum InputText: String, CatalogMessage {
    /// Field number `{0}` (column `{1}`) holds a NUL.
    case nulInField
    /// `{0}` (a field's name) is `{1}` characters long, over the limit of `{2}`.
    case tooLong
    /// `{0}` (a field's name) holds nothing but invisible characters.
    case emptyAfterNormalising
    /// The marker ending a spreadsheet cell cut to Excel's limit; `{0}` is the full length.
    case cellTruncated

    public var zh: String {
        switch self {
        case .nulInField: "第 {0} 个字段（{1}）含有 NUL 字符（U+0000），整行拒绝"
        case .tooLong: "{0}有 {1} 个字符，超过 {2} 个字符的上限"
        case .emptyAfterNormalising: "{0}去掉不可见字符后为空"
        case .cellTruncated: "…［已截断，原文 {0} 个字符］"
        }
    }

    public var en: String {
        switch self {
        case .nulInField: "field {0} ({1}) contains a NUL character (U+0000); the row is refused"
        case .tooLong: "{0} is {1} characters long, over the limit of {2}"
        case .emptyAfterNormalising: "{0} is empty once invisible characters are removed"
        case .cellTruncated: "… [truncated; {0} characters in all]"
        }
    }
}
