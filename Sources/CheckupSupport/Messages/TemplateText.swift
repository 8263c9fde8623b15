/// Messages about a station's own report template (`--template`): the bounds that keep a
/// template from taking the station down.
public enum TemplateText: String, CatalogMessage {
    /// `{0}` is `{1}` bytes, over the limit of `{2}`.
    case tooLarge
    /// `{0}`:`{1}`: sections nest deeper than `{2}`.
    case tooDeep
    /// `{0}`: rendering could produce about `{1}` MB, over the limit of `{2}` MB.
    case tooMuchOutput

    public var zh: String {
        switch self {
        case .tooLarge: "{0}：模板有 {1} 字节，超过 {2} 字节的上限"
        case .tooDeep: "{0}:{1}：模板的区段嵌套超过 {2} 层"
        case .tooMuchOutput: "{0}：按此模板生成的报告可达约 {1} MB，超过 {2} MB 的上限；请勿在列表区段中再嵌套列表区段"
        }
    }

    public var en: String {
        switch self {
        case .tooLarge: "{0}: the template is {1} bytes, over the limit of {2}"
        case .tooDeep: "{0}:{1}: sections nest deeper than {2} levels"
        case .tooMuchOutput: "{0}: this template could render about {1} MB, over the limit of {2} MB; do not nest list sections inside list sections"
        }
    }
}
