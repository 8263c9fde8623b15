/// Wording of the printed reports (township report, notice) that is built from parts.
public enum ReportText: String, CatalogMessage {
    /// The period a report covers: {0} first day, {1} last day.
    case period
    /// Header of the reliability table's column of session dates.
    case sessionDates
    /// A numbered section heading: {0} the number, {1} the title.
    case heading

    public var zh: String {
        switch self {
        case .period: "{0} 至 {1}"
        case .sessionDates: "自查 / 检查日期"
        case .heading: "{0}、{1}"
        }
    }

    public var en: String {
        switch self {
        case .period: "{0} to {1}"
        case .sessionDates: "Self-check / inspection date"
        case .heading: "{0}. {1}"
        }
    }
}
