/// Messages of the PostgreSQL store when a connection that was working is lost mid-way (the
/// server stopped, restarted or the network dropped): what was not committed is rolled back.
public enum PostgresConnectionText: String, CatalogMessage {
    /// `{0}` server (`user@host:port/db`), `{1}` the cause.
    case connectionLost
    /// The server closed the connection without saying why.
    case causeClosed

    public var zh: String {
        switch self {
        case .connectionLost: "与 PostgreSQL {0} 的连接中断：{1}；未提交的内容已回滚"
        case .causeClosed: "服务器关闭了连接（已停止或重启）"
        }
    }

    public var en: String {
        switch self {
        case .connectionLost: "lost the connection to PostgreSQL {0}: {1}; nothing uncommitted was kept"
        case .causeClosed: "the server closed the connection (stopped or restarted)"
        }
    }
}
