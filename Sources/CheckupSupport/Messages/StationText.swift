/// Messages of the station identity (`checkup station set|show`) and the hint reports print
/// while it is unset.
public enum StationText: String, CatalogMessage {
    /// `{0}` the option whose value holds a control character.
    case controlCharacter
    /// `{0}` option, `{1}` length, `{2}` limit.
    case tooLong
    /// `{0}` the character a telephone number does not hold.
    case badPhone
    /// `station set` without any option.
    case nothingToSet
    /// `station set` stored the identity.
    case saved
    /// Printed on stderr by a notice made while no name is stored; `{0}` the name used.
    case unsetHint
    /// `station show` labels.
    case name, shortName, noticePrefix, address, phone, district
    /// `station show` for a field not set.
    case notSet
    /// `{0}` the notice number prefix derived from the name (`station show`).
    case derivedPrefix
    /// `checkup demo`'s first line: `{0}` name, `{1}` notice prefix.
    case demoLine
    /// Under the notice's seal line: `{0}` address.
    case addressLine
    /// Under the notice's seal line: `{0}` telephone.
    case phoneLine

    public var zh: String {
        switch self {
        case .controlCharacter: "{0} 含有控制字符（如换行、制表符），未保存"
        case .tooLong: "{0} 长度为 {1} 个字符，超过上限 {2}，未保存"
        case .badPhone: "--phone 含有字符“{0}”：电话只能包含数字、空格和 + - ( ) , / 、 转，未保存"
        case .nothingToSet: "未给出要设置的项目：使用 --name、--short-name、--notice-prefix、--address、--phone 或 --district"
        case .saved: "已保存体检站信息"
        case .unsetHint: "提示：尚未设置体检站信息，通知书使用默认名称“{0}”。设置方法：checkup station set --name … --short-name …"
        case .name: "名称"
        case .shortName: "简称"
        case .noticePrefix: "文号前缀"
        case .address: "地址"
        case .phone: "电话"
        case .district: "所属区县"
        case .notSet: "（未设置）"
        case .derivedPrefix: "（未设置，按名称取“{0}”）"
        case .addressLine: "地址：{0}"
        case .demoLine: "0. 体检站：{0}（文号前缀 {1}；checkup station show）"
        case .phoneLine: "电话：{0}"
        }
    }

    public var en: String {
        switch self {
        case .controlCharacter: "{0} holds a control character (a line break, a tab): not saved"
        case .tooLong: "{0} is {1} characters long, more than the {2} allowed: not saved"
        case .badPhone: "--phone holds '{0}': a telephone holds digits, spaces and + - ( ) , / only: not saved"
        case .nothingToSet: "nothing to set: give --name, --short-name, --notice-prefix, --address, --phone or --district"
        case .saved: "station identity saved"
        case .unsetHint: "note: the station identity is not set, so the notice uses the default name \"{0}\". Set it with: checkup station set --name … --short-name …"
        case .name: "Name"
        case .shortName: "Short name"
        case .noticePrefix: "Notice prefix"
        case .address: "Address"
        case .phone: "Telephone"
        case .district: "District"
        case .notSet: "(not set)"
        case .derivedPrefix: "(not set; from the name: {0})"
        case .addressLine: "Address: {0}"
        case .demoLine: "0. Station: {0} (notice prefix {1}; checkup station show)"
        case .phoneLine: "Tel.: {0}"
        }
    }
}
