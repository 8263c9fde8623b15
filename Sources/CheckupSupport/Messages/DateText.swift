/// Messages about the dates a person gives (`--now`, `--deadline`, performed-at, a script's
/// times): the range Checkup accepts.
public enum DateText: String, CatalogMessage {
    /// `{0}` what the date is (an option or element), `{1}` the text given, `{2}` the earliest
    /// and `{3}` the latest moment accepted.
    case outOfRange

    public var zh: String {
        switch self {
        case .outOfRange: "{0} {1} 不在接受的范围内（{2} 至 {3}）"
        }
    }

    public var en: String {
        switch self {
        case .outOfRange: "{0} {1} is outside the accepted range {2} to {3}"
        }
    }
}
