/// Messages of `checkup sync`: progress, the summary of a push or of what one would send,
/// conflicts, and refusals.
public enum SyncText: String, CatalogMessage {
    /// `{0}` batch, `{1}` batches, `{2}` rows sent so far, `{3}` server.
    case progress
    /// `{0}` server.
    case pushedTo
    /// `{0}` server.
    case wouldPush
    /// Row labels of the summary.
    case enterprises, sessions, findingChanges, hazards, hazardChanges, selfCheckFiles, notices, evidence
    /// `{0}` rows.
    case total
    /// Nothing new: a second push.
    case nothingNew
    /// `{0}` how many self-check files the server imported itself.
    case alreadyImported
    /// `{0}` kind label, `{1}` laptop number, `{2}` server number.
    case renumbered
    /// Labels for renumbered kinds.
    case kindSession, kindHazard
    /// `{0}` how many conflicts.
    case conflicts
    /// `{0}` credit code, `{1}` the differences.
    case conflictEnterprise
    /// `{0}` laptop number, `{1}` server number, `{2}` laptop status, `{3}` server status.
    case conflictHazard
    /// `{0}` laptop session, `{1}` enterprise, `{2}` checklist.
    case conflictOpenSession
    /// `{0}` laptop session, `{1}` number.
    case conflictNotice
    /// `{0}` file name, `{1}` hash.
    case conflictEvidence
    /// `{0}` field, `{1}` laptop value, `{2}` server value.
    case difference
    /// `{0}` the database argument.
    case localIsServer
    /// `{0}` the database path.
    case noLocalDatabase
    /// `{0}` the --to argument.
    case targetNotServer
    /// `{0}` the server, `{1}` cause.
    case interrupted
    /// The server closed the connection.
    case connectionClosed

    public var zh: String {
        switch self {
        case .progress: "同步：第 {0}/{1} 批已提交，已推送 {2} 条（{3}）"
        case .pushedTo: "已推送到 {0}："
        case .wouldPush: "推送到 {0} 将发送："
        case .enterprises: "企业"
        case .sessions: "检查/自查"
        case .findingChanges: "检查记录变更"
        case .hazards: "隐患"
        case .hazardChanges: "隐患记录"
        case .selfCheckFiles: "自查文件"
        case .notices: "整改通知书"
        case .evidence: "证据文件"
        case .total: "共 {0} 条新记录"
        case .nothingNew: "没有新记录（0 条）"
        case .alreadyImported: "{0} 个自查文件服务器已自行导入，未重复推送"
        case .renumbered: "{0} {1} 在服务器上编号为 {2}"
        case .kindSession: "检查"
        case .kindHazard: "隐患"
        case .conflicts: "{0} 处冲突未推送（需人工处理）："
        case .conflictEnterprise: "企业 {0} 在两边登记不同：{1}"
        case .conflictHazard: "隐患 {0}（服务器 {1}）两边都有变更且无法按时间合并：本机为 {2}，服务器为 {3}"
        case .conflictOpenSession: "检查 {0}：服务器上已有企业 {1} 按清单 {2} 的进行中检查"
        case .conflictNotice: "检查 {0} 的通知书编号 {1} 与服务器上的另一份通知书冲突"
        case .conflictEvidence: "证据文件 {0}（{1}）在本机证据目录中缺失"
        case .difference: "{0}：本机 {1}，服务器 {2}"
        case .localIsServer: "{0} 是服务器地址；sync 从本机 SQLite 数据库推送（用 --database 指定）"
        case .noLocalDatabase: "本机数据库 {0} 不存在，没有可推送的记录"
        case .targetNotServer: "--to {0}：应为 postgresql://… 服务器地址"
        case .interrupted: "推送中断，PostgreSQL {0}：{1}（已提交的批次保留，重新运行将继续）"
        case .connectionClosed: "服务器关闭了连接"
        }
    }

    public var en: String {
        switch self {
        case .progress: "sync: batch {0}/{1} committed, {2} rows pushed ({3})"
        case .pushedTo: "Pushed to {0}:"
        case .wouldPush: "A push to {0} would send:"
        case .enterprises: "enterprises"
        case .sessions: "sessions"
        case .findingChanges: "finding changes"
        case .hazards: "hazards"
        case .hazardChanges: "hazard changes"
        case .selfCheckFiles: "self-check files"
        case .notices: "notices"
        case .evidence: "evidence files"
        case .total: "{0} new rows in all"
        case .nothingNew: "nothing new (0 rows)"
        case .alreadyImported: "{0} self-check files the server imported itself, not pushed again"
        case .renumbered: "{0} {1} is number {2} on the server"
        case .kindSession: "session"
        case .kindHazard: "hazard"
        case .conflicts: "{0} conflicts not pushed (a person decides):"
        case .conflictEnterprise: "enterprise {0} is registered differently on both sides: {1}"
        case .conflictHazard: "hazard {0} (server {1}) changed on both sides and the histories do not merge by time: here {2}, server {3}"
        case .conflictOpenSession: "session {0}: the server has an open session of enterprise {1} on checklist {2}"
        case .conflictNotice: "the notice number {1} of session {0} clashes with another notice on the server"
        case .conflictEvidence: "evidence file {0} ({1}) is missing from this machine's evidence folder"
        case .difference: "{0}: here {1}, server {2}"
        case .localIsServer: "{0} is a server; sync pushes from this machine's SQLite database (--database)"
        case .noLocalDatabase: "no database at {0}: nothing to push"
        case .targetNotServer: "--to {0}: expected a postgresql://… server URL"
        case .interrupted: "push interrupted, PostgreSQL {0}: {1} (committed batches stay; run it again to continue)"
        case .connectionClosed: "the server closed the connection"
        }
    }
}
