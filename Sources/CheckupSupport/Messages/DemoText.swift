/// The lines `checkup demo` prints as it goes.
public enum DemoText: String, CatalogMessage {
    /// `{0}` output folder, `{1}` the moment used as now.
    case start
    /// `{0}` checklists, `{1}` items, `{2}` their ids.
    case checklists
    /// The catalog holds an invalid checklist.
    case invalidCatalog
    /// `{0}` a sample file that cannot be read.
    case cannotRead
    /// `{0}` a built-in sample that does not decode.
    case sampleDamaged
    /// `{0}` enterprises, `{1}` townships.
    case enterprises
    /// `{0}` imported, `{1}` folder, `{2}` corrected resubmissions, `{3}` duplicates, `{4}` refused, `{5}` hazards reported.
    case selfChecks
    /// `{0}` sessions, `{1}` folder, `{2}` answers, `{3}` hazards.
    case inspections
    /// `{0}` verified, `{1}` major in rectification, `{2}` verifications refused.
    case rectification
    /// The reports heading.
    case reports
    /// `{0}` the files, `{1}` how many.
    case notices
    /// `{0}` CSV, `{1}` XLSX.
    case ledger
    /// `{0}` the HTML file.
    case township
    /// `{0}` the database file.
    case database

    public var zh: String {
        switch self {
        case .start: "Checkup 演示 → {0}/（当前时间 = {1}）"
        case .checklists: "1. 检查表：{0} 份有效，共 {1} 项（{2}）"
        case .invalidCatalog: "检查表目录中有无效的检查表"
        case .cannotRead: "{0}：无法读取"
        case .sampleDamaged: "内置样例 {0} 已损坏"
        case .enterprises: "2. 企业：登记 {0} 家（{1}）"
        case .selfChecks: "3. 企业自查：从 {1}/ 导入 {0} 份（更正重报 {2} 份，重复 {3} 份，拒收 {4} 份），企业自报隐患 {5} 项"
        case .inspections: "4. 检查：重放 {1}/ 中的 {0} 次检查，{2} 条答案，发现隐患 {3} 项"
        case .rectification: "5. 整改：{0} 项整改后复查销号，{1} 项重大隐患落实五落实后整改中，{2} 项复查不通过"
        case .reports: "6. 报告："
        case .notices: "   整改通知书：{0}（{1} 份；第一份另存 .md）"
        case .ledger: "   隐患台账：{0}、{1}"
        case .township: "   乡镇报告：{0}（另有 .json）"
        case .database: "数据库：{0}"
        }
    }

    public var en: String {
        switch self {
        case .start: "Checkup demo → {0}/  (now = {1})"
        case .checklists: "1. Checklists: {0} valid, {1} items ({2})"
        case .invalidCatalog: "the catalog has invalid checklists"
        case .cannotRead: "{0}: cannot read"
        case .sampleDamaged: "built-in sample {0} is damaged"
        case .enterprises: "2. Enterprises: {0} registered in {1}"
        case .selfChecks: "3. Self-checks: {0} imported from {1}/ ({2} corrected resubmission, {3} duplicates, {4} refused), {5} self-reported hazards"
        case .inspections: "4. Inspections: {0} replayed from {1}/, {2} answers, {3} hazards found"
        case .rectification: "5. Rectification: {0} rectified and verified, {1} major in rectification with the five measures, {2} verification refused"
        case .reports: "6. Reports:"
        case .notices: "   Rectification notices: {0} ({1}; the first also as .md)"
        case .ledger: "   Hazard ledger: {0}, {1}"
        case .township: "   Township report: {0} (and .json)"
        case .database: "Database: {0}"
        }
    }
}
