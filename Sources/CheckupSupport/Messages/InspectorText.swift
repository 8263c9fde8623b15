/// Messages of the inspector register (`checkup inspector add|list`).
public enum InspectorText: String, CatalogMessage {
    /// `{0}` the option left empty.
    case empty
    /// `{0}` option, `{1}` length, `{2}` limit.
    case tooLong
    /// `{0}` name, `{1}` the certificate already registered.
    case duplicate
    /// `inspector add` registered `{0}` with certificate `{1}`.
    case added
    /// `inspector list` with nobody registered.
    case noneRegistered
    /// `inspector list` column headings.
    case name, certificate, phone

    public var zh: String {
        switch self {
        case .empty: "{0} 不能为空，未登记"
        case .tooLong: "{0} 长度为 {1} 个字符，超过上限 {2}，未登记"
        case .duplicate: "检查人员“{0}”已登记（证号 {1}），未重复登记"
        case .added: "已登记检查人员 {0}（证号 {1}）"
        case .noneRegistered: "尚未登记检查人员：checkup inspector add --name … --certificate …"
        case .name: "姓名"
        case .certificate: "证号"
        case .phone: "电话"
        }
    }

    public var en: String {
        switch self {
        case .empty: "{0} must not be empty; nothing registered"
        case .tooLong: "{0} is {1} characters long, over the limit of {2}; nothing registered"
        case .duplicate: "inspector \"{0}\" is already registered (certificate {1}); not registered again"
        case .added: "registered inspector {0} (certificate {1})"
        case .noneRegistered: "no inspector registered yet: checkup inspector add --name … --certificate …"
        case .name: "Name"
        case .certificate: "Certificate"
        case .phone: "Telephone"
        }
    }
}
