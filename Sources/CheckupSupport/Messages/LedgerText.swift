/// Texts of the hazard ledger (CSV, XLSX) a person reads.
public enum LedgerText: String, CatalogMessage {
    /// Shown as `Hazard ledger` in English.
    case hazardLedger
    /// Shown as `Totals` in English.
    case totals
    /// Shown as `Township` in English.
    case township
    /// Shown as `Total` in English.
    case total
    /// Shown as `Overdue` in English.
    case overdue

    public var zh: String {
        switch self {
        case .hazardLedger: "隐患台账"
        case .totals: "汇总"
        case .township: "乡镇"
        case .total: "合计"
        case .overdue: "逾期"
        }
    }

    public var en: String {
        switch self {
        case .hazardLedger: "Hazard ledger"
        case .totals: "Totals"
        case .township: "Township"
        case .total: "Total"
        case .overdue: "Overdue"
        }
    }
}
