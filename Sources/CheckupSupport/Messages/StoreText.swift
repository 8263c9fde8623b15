/// Messages of the station database: a database this binary must not write, a session that is
/// already open, a row that cannot be read back, an enterprise list that was not stored.
public enum StoreText: String, CatalogMessage {
    /// `{0}` database path, `{1}` the unknown migrations.
    case newerDatabase
    /// `{0}` the open session's id.
    case sessionAlreadyOpen
    /// `{0}` the open session's id (said by `session start`, which prints that id).
    case resumingOpenSession
    /// `{0}` table, `{1}` row, `{2}` column.
    case notADate
    /// `{0}` table, `{1}` row, `{2}` column, `{3}` the stored value, `{4}` the values allowed.
    case unknownValue
    /// `{0}` table, `{1}` row, `{2}` column.
    case notAnInteger
    /// `{0}` table, `{1}` row, `{2}` column.
    case notText
    /// `{0}` path, `{1}` reason.
    case cannotOpen
    /// `{0}` reason.
    case databaseError

    public var zh: String {
        switch self {
        case .newerDatabase: "{0}：此数据库由更新版本的 Checkup 写入（迁移 {1}）；请升级 checkup，本次未写入任何内容"
        case .sessionAlreadyOpen: "会话 {0} 已在进行中（同一企业、同一检查表、同一类型只能有一个进行中的会话）"
        case .resumingOpenSession: "会话 {0} 已在进行中（该企业、该检查表），沿用此会话"
        case .notADate: "数据表 {0} 第 {1} 行：{2} 不是日期（数据库已损坏或被改动）"
        case .unknownValue: "数据表 {0} 第 {1} 行：{2} 的值“{3}”无效（应为 {4}；数据库已损坏或被改动）"
        case .notAnInteger: "数据表 {0} 第 {1} 行：{2} 不是整数（数据库已损坏或被改动）"
        case .notText: "数据表 {0} 第 {1} 行：{2} 不是文本（数据库已损坏或被改动）"
        case .cannotOpen: "{0}：无法打开体检站数据库：{1}"
        case .databaseError: "体检站数据库出错：{0}"
        }
    }

    public var en: String {
        switch self {
        case .newerDatabase: "{0}: written by a newer Checkup (migration {1}); upgrade checkup. Nothing was written"
        case .sessionAlreadyOpen: "session {0} is already open (one open session per enterprise, checklist and kind)"
        case .resumingOpenSession: "session {0} is already open for this enterprise and checklist; using it"
        case .notADate: "{0} row {1}: {2} is not a date (the database is damaged or was edited)"
        case .unknownValue: "{0} row {1}: {2} is '{3}', not one of {4} (the database is damaged or was edited)"
        case .notAnInteger: "{0} row {1}: {2} is not an integer (the database is damaged or was edited)"
        case .notText: "{0} row {1}: {2} is not text (the database is damaged or was edited)"
        case .cannotOpen: "{0}: cannot open station database: {1}"
        case .databaseError: "station database error: {0}"
        }
    }
}
