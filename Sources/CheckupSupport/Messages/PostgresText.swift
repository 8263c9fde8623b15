/// Messages of the PostgreSQL store: a database URL that does not parse, a server that cannot be
/// reached or refuses the connection, and why.
public enum PostgresText: String, CatalogMessage {
    /// `{0}` the URL (password hidden), `{1}` what is wrong.
    case badURL
    /// What a URL should look like.
    case urlForm
    /// The URL names no host.
    case urlNoHost
    /// The URL names no database.
    case urlNoDatabase
    /// `{0}` the sslmode given.
    case urlSSLMode
    /// `{0}` the parameter name.
    case urlParameter
    /// `{0}` server (`user@host:port/db`), `{1}` the cause.
    case cannotConnect
    /// The server is not listening or cannot be reached.
    case causeUnreachable
    /// `{0}` role.
    case causeAuthentication
    /// `{0}` database.
    case causeNoDatabase
    /// The server refused TLS.
    case causeNoTLS
    /// The TLS handshake or certificate failed (`{0}` detail).
    case causeTLS
    /// The server closed the connection or timed out.
    case causeTimeout
    /// `{0}` database, `{1}` how many enterprises it holds.
    case demoNotEmpty

    public var zh: String {
        switch self {
        case .badURL: "{0}：不是可用的 PostgreSQL 地址（{1}）"
        case .urlForm: "应为 postgresql://用户[:密码]@主机[:端口]/数据库"
        case .urlNoHost: "缺少主机名"
        case .urlNoDatabase: "缺少数据库名"
        case .urlSSLMode: "sslmode “{0}” 无效（可用 disable、require、verify-full）"
        case .urlParameter: "不支持参数 “{0}”（只支持 sslmode）"
        case .cannotConnect: "无法连接 PostgreSQL {0}：{1}"
        case .causeUnreachable: "服务器不可达或未在该端口监听"
        case .causeAuthentication: "角色 {0} 的密码错误或未获准登录"
        case .causeNoDatabase: "数据库 {0} 不存在"
        case .causeNoTLS: "服务器不支持 TLS（sslmode 要求 TLS）"
        case .causeTLS: "TLS 失败：{0}"
        case .causeTimeout: "连接超时"
        case .demoNotEmpty: "{0} 已有 {1} 家企业；演示只在空数据库中运行（不会删除已有数据）"
        }
    }

    public var en: String {
        switch self {
        case .badURL: "{0}: not a usable PostgreSQL URL ({1})"
        case .urlForm: "expected postgresql://user[:password]@host[:port]/database"
        case .urlNoHost: "no host name"
        case .urlNoDatabase: "no database name"
        case .urlSSLMode: "sslmode '{0}' is not one of disable, require, verify-full"
        case .urlParameter: "parameter '{0}' is not supported (only sslmode)"
        case .cannotConnect: "cannot connect to PostgreSQL {0}: {1}"
        case .causeUnreachable: "server unreachable or not listening on that port"
        case .causeAuthentication: "password wrong or login refused for role {0}"
        case .causeNoDatabase: "database {0} does not exist"
        case .causeNoTLS: "the server does not support TLS (sslmode requires it)"
        case .causeTLS: "TLS failed: {0}"
        case .causeTimeout: "connection timed out"
        case .demoNotEmpty: "{0} already holds {1} enterprises; the demo runs only in an empty database (it never deletes data)"
        }
    }
}
