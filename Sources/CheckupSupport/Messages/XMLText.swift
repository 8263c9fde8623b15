/// Refusals of XML input (checklists, self-check files) that Checkup words itself rather than
/// passing on libxml2's text. Each is the part after `file:line:col: `.
public enum XMLText: String, CatalogMessage {
    /// A DOCTYPE names an external DTD (SYSTEM or PUBLIC).
    case externalDTD
    /// A DOCTYPE carries an internal subset (`[...]`).
    case internalSubset
    /// `{0}` names an encoding the format does not accept; `{1}` is `allowedUTF8` or `allowedSelfCheck`.
    case encodingRefused
    /// What a checklist may be in.
    case allowedUTF8
    /// What a self-check file may be in.
    case allowedSelfCheck
    /// The name given to UTF-16 without a byte-order mark.
    case utf16WithoutBOM
    /// Bytes `{0}` (as libxml2 lists them) cannot be decoded in the encoding the file declares.
    case conversionFailed
    /// The file cannot be opened; `{0}` the system's reason.
    case cannotRead
    /// `{0}` the file's size, `{1}` the limit (both like `12 MB`).
    case tooLarge
    /// Elements nest deeper than `{0}` levels.
    case tooDeep
    /// More than `{0}` (like `1 MB`) of text between two tags.
    case textTooLong
    /// A DOCTYPE declares entities.
    case entitiesRefused
    /// `{0}` the root element found, `{1}` the one expected.
    case wrongRoot
    /// How a root element without a namespace is shown: `{0}` its name.
    case noNamespace
    /// A built-in XSD cannot be loaded; `{0}` why.
    case badSchema
    /// An XML file cannot be written; `{0}` why.
    case writeFailed

    public var zh: String {
        switch self {
        case .externalDTD:
            "不允许引用外部 DTD（DOCTYPE 中的 SYSTEM 或 PUBLIC）：Checkup 的文件不需要 DOCTYPE，请删除它"
        case .internalSubset:
            "不允许 DTD 内部子集（<!DOCTYPE … [ … ]>）：DTD 不得为文件提供数据（如属性默认值），请删除 DOCTYPE"
        case .encodingRefused:
            "不接受的字符编码 {0}：{1}"
        case .allowedUTF8:
            "检查表须为 UTF-8 编码，请另存为 UTF-8"
        case .allowedSelfCheck:
            "自查文件须为 UTF-8（可带 BOM）、带 BOM 的 UTF-16，或声明为 GBK / GB2312 / GB18030；请另存为 UTF-8"
        case .utf16WithoutBOM:
            "无字节顺序标记（BOM）的 UTF-16"
        case .conversionFailed:
            "字节 {0} 不符合文件声明的字符编码：文件实际编码与声明不一致；请另存为 UTF-8，或在 XML 声明中写明实际编码"
        case .cannotRead: "无法读取：{0}"
        case .tooLarge: "文件大小 {0}，超过 {1} 的上限"
        case .tooDeep: "元素嵌套超过 {0} 层"
        case .textTooLong: "两个标签之间的文本超过 {0}"
        case .entitiesRefused: "不允许 DTD 实体声明（外部实体和实体展开一律拒绝）"
        case .wrongRoot: "根元素为 {0}，应为 {1}"
        case .noNamespace: "<{0}>（无命名空间）"
        case .badSchema: "无法加载 XSD：{0}"
        case .writeFailed: "无法写入 XML：{0}"
        }
    }

    public var en: String {
        switch self {
        case .externalDTD:
            "a DOCTYPE naming an external DTD (SYSTEM or PUBLIC) is not allowed: no Checkup file needs a DOCTYPE; remove it"
        case .internalSubset:
            "a DOCTYPE with an internal subset (<!DOCTYPE … [ … ]>) is not allowed: a DTD must not supply data "
                + "(such as default attribute values); remove the DOCTYPE"
        case .encodingRefused:
            "character encoding {0} is not accepted: {1}"
        case .allowedUTF8:
            "a checklist must be UTF-8; save it as UTF-8"
        case .allowedSelfCheck:
            "a self-check file must be UTF-8 (with or without a BOM), UTF-16 with a BOM, or declared GBK / GB2312 / GB18030; "
                + "save it as UTF-8"
        case .utf16WithoutBOM:
            "UTF-16 without a byte-order mark"
        case .conversionFailed:
            "bytes {0} are not valid in the encoding the file declares: the file is not in that encoding; save it as UTF-8, "
                + "or declare the encoding it is in"
        case .cannotRead: "cannot read: {0}"
        case .tooLarge: "file is {0}, larger than the {1} limit"
        case .tooDeep: "elements nest deeper than {0} levels"
        case .textTooLong: "text longer than {0} between two tags"
        case .entitiesRefused: "DTD entity declarations are not allowed (external entities and entity expansion are refused)"
        case .wrongRoot: "root element is {0}, expected {1}"
        case .noNamespace: "<{0}> (no namespace)"
        case .badSchema: "cannot load schema: {0}"
        case .writeFailed: "cannot write XML: {0}"
        }
    }
}
