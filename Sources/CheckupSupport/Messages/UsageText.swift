/// Usage errors (exit 2) and input refusals the commands explain before they touch the station.
public enum UsageText: String, CatalogMessage {
    /// `inspect` / `session start` without an inspector.
    case inspectorRequired
    /// `hazard verify --refuse` without a reason.
    case reasonRequired
    /// A credit code whose check character is wrong: {0} the code, {1} the expected character.
    case wrongCheckCharacter
    /// score without exactly one target.
    case scoreOneTarget
    /// Period options without --township.
    case scorePeriodOnlyTownship
    /// `{0}` option, `{1}` value.
    case notISODateOrTime
    /// `{0}` option.
    case mustNotBeEmpty
    /// --from after --to.
    case periodEmpty
    /// --from/--to unreadable.
    case periodNotDates
    /// XLSX to a terminal.
    case binaryNeedsOutput
    /// import without a path.
    case nameSelfCheckPaths
    /// compare without a target.
    case compareOneTarget
    /// selfcheck fill without target.
    case fillNeedsTarget
    /// selfcheck fill without -o.
    case fillNeedsOutput
    /// selfcheck fill without --performed-by.
    case fillNeedsPerformer
    /// `{0}` code.
    case fillUnregistered
    /// --template with json.
    case templateNotForJSON
    /// `{0}` option, `{1}` value.
    case notADay
    /// `{0}` from, `{1}` to.
    case fromAfterTo

    public var zh: String {
        switch self {
        case .inspectorRequired: "请至少写明一名检查人员：--inspector 姓名（在场每人一次）"
        case .reasonRequired: "--refuse 需要用 --reason 写明复查未通过的理由"
        case .wrongCheckCharacter: "{0}：统一社会信用代码校验码应为 {1}，没有登记这个代码的企业"
        case .scoreOneTarget: "请只给出 SESSION、--enterprise 代码 或 --township 名称 中的一个"
        case .scorePeriodOnlyTownship: "--from、--to 和 --include-self-checks 只能与 --township 一起使用"
        case .notISODateOrTime: "{0} “{1}” 不是 ISO 8601 日期或时间（例如 2026-11-29）"
        case .mustNotBeEmpty: "{0} 不能为空"
        case .periodEmpty: "期间为空：--from 不能晚于 --to"
        case .periodNotDates: "--from/--to 须为 ISO 8601 日期或时间"
        case .binaryNeedsOutput: "此格式为二进制：请用 -o 文件 指定输出"
        case .nameSelfCheckPaths: "请至少给出一个自查文件或目录"
        case .compareOneTarget: "请给出 --enterprise 代码 或 --township 名称 之一"
        case .fillNeedsTarget: "请给出 --checklist 和 --enterprise（或 --resume 文件）"
        case .fillNeedsOutput: "请用 -o 文件 指定要写入的文件"
        case .fillNeedsPerformer: "请用 --performed-by 姓名 指定自查人"
        case .fillUnregistered: "企业 {0} 未在本站登记；请给出 --name、--township 和 --industry"
        case .templateNotForJSON: "--template 只适用于 --format html 或 md，不适用于 json"
        case .notADay: "{0} “{1}” 不是日期（yyyy-mm-dd）"
        case .fromAfterTo: "--from {0} 晚于 --to {1}"
        }
    }

    public var en: String {
        switch self {
        case .inspectorRequired: "name at least one inspector: --inspector NAME (once for each inspector present)"
        case .reasonRequired: "--refuse needs --reason TEXT saying why the rectification is not accepted"
        case .wrongCheckCharacter: "{0}: the credit code's check character should be {1}; no enterprise is registered under this code"
        case .scoreOneTarget: "give exactly one of SESSION, --enterprise CODE or --township NAME"
        case .scorePeriodOnlyTownship: "--from, --to and --include-self-checks apply only with --township"
        case .notISODateOrTime: "{0} '{1}' is not an ISO 8601 date or time (e.g. 2026-11-29)"
        case .mustNotBeEmpty: "{0} must not be empty"
        case .periodEmpty: "the period is empty: --from must not be after --to"
        case .periodNotDates: "--from/--to must be ISO 8601 dates or times"
        case .binaryNeedsOutput: "this format is binary: give -o FILE"
        case .nameSelfCheckPaths: "name at least one self-check file or directory"
        case .compareOneTarget: "give either --enterprise CODE or --township NAME"
        case .fillNeedsTarget: "give --checklist and --enterprise (or --resume FILE)"
        case .fillNeedsOutput: "name the file to write with -o FILE"
        case .fillNeedsPerformer: "name who performs the self-check with --performed-by NAME"
        case .fillUnregistered: "enterprise {0} is not in a register here; give --name, --township and --industry"
        case .templateNotForJSON: "--template applies to --format html or md, not json"
        case .notADay: "{0} '{1}' is not a date (yyyy-mm-dd)"
        case .fromAfterTo: "--from {0} is after --to {1}"
        }
    }
}
