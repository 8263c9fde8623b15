/// The names and the definition (口径) of the hazard counts every output shares (`HazardTally`
/// in CheckupCore): the township report, the ledger's 汇总 sheet, the demo's summary.
public enum TallyText: String, CatalogMessage {
    /// Hazards found.
    case found
    /// Open or rectifying.
    case notRectified
    /// Reported rectified, awaiting re-inspection.
    case awaitingVerification
    /// Verified by re-inspection after rectification.
    case verified
    /// Fixed on site during the inspection.
    case fixedOnSite
    /// Verified or fixed on site.
    case closed
    /// The definition of the counts, for a report's 口径说明.
    case definition
    /// The definition of the two rates.
    case rates
    /// One line of counts: {0} found, {1} verified, {2} fixed on site, {3} awaiting, {4} not rectified, {5} overdue.
    case summary

    public var zh: String {
        switch self {
        case .found: "发现隐患"
        case .notRectified: "未整改"
        case .awaitingVerification: "已整改待复查"
        case .verified: "复查销号"
        case .fixedOnSite: "现场整改"
        case .closed: "已销号"
        case .definition:
            "隐患计数口径（各报表一致）：发现隐患 = 未整改（待整改、整改中）+ 已整改待复查 + 复查销号 + 现场整改。"
                + "复查销号指企业整改后经体检站复查销号；现场整改指检查时当场整改、当场销号，单独计数；二者合称已销号。"
                + "已整改 = 已整改待复查 + 已销号。逾期：截至生成时间未销号且已过整改期限。"
        case .rates: "整改率 = 已销号 ÷ 发现隐患；按期整改率 = 在整改期限内销号的 ÷ 已销号（现场整改均为按期）。"
        case .summary: "隐患 {0} 项：复查销号 {1}，现场整改 {2}，已整改待复查 {3}，未整改 {4}，逾期 {5}"
        }
    }

    public var en: String {
        switch self {
        case .found: "Found"
        case .notRectified: "Not rectified"
        case .awaitingVerification: "Awaiting verification"
        case .verified: "Verified"
        case .fixedOnSite: "Fixed on site"
        case .closed: "Closed"
        case .definition:
            "Hazard counts (the same in every output): found = not rectified (open or rectifying) + awaiting "
                + "verification + verified + fixed on site. Verified means closed by the station's re-inspection after "
                + "the enterprise rectified; fixed on site means put right and closed during the inspection, counted "
                + "apart; together they are closed. Rectified = awaiting verification + closed. Overdue: not closed "
                + "and past the deadline at generation time."
        case .rates: "Rectification rate = closed ÷ found; on-time rate = closed by the deadline ÷ closed (a fix on site is always on time)."
        case .summary: "{0} hazard(s): {1} verified, {2} fixed on site, {3} awaiting verification, {4} not rectified, {5} overdue"
        }
    }
}
