/// Refusals of XML input (checklists, self-check files) that Checkup words itself rather than
/// passing on libxml2's text. Each is the part after `file:line:col: `.
public enum XMLText: String, CatalogMessage {
    /// A DOCTYPE names an external DTD (SYSTEM or PUBLIC).
    case externalDTD
    /// A DOCTYPE carries an internal subset (`[...]`).
    case internalSubset

    public var zh: String {
        switch self {
        case .externalDTD:
            "不允许引用外部 DTD（DOCTYPE 中的 SYSTEM 或 PUBLIC）：Checkup 的文件不需要 DOCTYPE，请删除它"
        case .internalSubset:
            "不允许 DTD 内部子集（<!DOCTYPE … [ … ]>）：DTD 不得为文件提供数据（如属性默认值），请删除 DOCTYPE"
        }
    }

    public var en: String {
        switch self {
        case .externalDTD:
            "a DOCTYPE naming an external DTD (SYSTEM or PUBLIC) is not allowed: no Checkup file needs a DOCTYPE; remove it"
        case .internalSubset:
            "a DOCTYPE with an internal subset (<!DOCTYPE … [ … ]>) is not allowed: a DTD must not supply data "
                + "(such as default attribute values); remove the DOCTYPE"
        }
    }
}
