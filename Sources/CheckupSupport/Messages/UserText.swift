/// Messages of the server's users (`checkup user add|list|disable|passwd|token`).
public enum UserText: String, CatalogMessage {
    /// `{0}` the value left empty (the name or --township).
    case empty
    /// `{0}` what, `{1}` length, `{2}` limit.
    case tooLong
    /// `{0}` name: a user of that name exists.
    case duplicate
    /// `{0}` name: no such user.
    case unknown
    /// A township user without --township.
    case townshipRequired
    /// --township given to a district or admin user.
    case townshipNotForRole
    /// `{0}` the minimum length.
    case passwordTooShort
    /// `{0}` the maximum length in bytes.
    case passwordTooLong
    /// The password is empty (nothing on stdin).
    case passwordEmpty
    /// --password-stdin is required (the password is never an argument).
    case passwordStdinRequired
    /// `{0}` name, `{1}` role, `{2}` township (or "—").
    case added
    /// `{0}` name.
    case disabled
    /// `{0}` name: already disabled.
    case alreadyDisabled
    /// `{0}` name.
    case passwordChanged
    /// `{0}` name: the token follows on stdout; shown once.
    case tokenIssued
    /// `{0}` name: a disabled user gets no token.
    case disabledNoToken
    /// `user list` with nobody.
    case noneRegistered
    /// Column headings of `user list`.
    case name, role, township, state, created
    /// Role names.
    case roleTownship, roleDistrict, roleAdmin
    /// States.
    case active, inactive

    public var zh: String {
        switch self {
        case .empty: "{0} 不能为空，未保存"
        case .tooLong: "{0} 长度为 {1} 个字符，超过上限 {2}，未保存"
        case .duplicate: "用户“{0}”已存在，未重复添加"
        case .unknown: "没有名为“{0}”的用户"
        case .townshipRequired: "乡镇用户须用 --township 指明所属乡镇，未添加"
        case .townshipNotForRole: "只有乡镇用户（--role township）属于某个乡镇；区县用户和管理员不带 --township，未添加"
        case .passwordTooShort: "密码太短：至少 {0} 个字符，未保存"
        case .passwordTooLong: "密码太长：最多 {0} 字节，未保存"
        case .passwordEmpty: "密码为空（标准输入没有读到密码），未保存"
        case .passwordStdinRequired: "密码只从标准输入读取：请加 --password-stdin（例如 printf '%s' \"$PW\" | checkup user add …）"
        case .added: "已添加用户 {0}（{1}，{2}）"
        case .disabled: "已停用用户 {0}：其已登录的会话立即失效"
        case .alreadyDisabled: "用户 {0} 已是停用状态"
        case .passwordChanged: "已修改用户 {0} 的密码"
        case .tokenIssued: "已为用户 {0} 生成 API 令牌（只显示这一次；旧令牌作废），令牌在标准输出"
        case .disabledNoToken: "用户 {0} 已停用，不生成令牌"
        case .noneRegistered: "尚无用户：checkup user add NAME --role township|district|admin --password-stdin"
        case .name: "用户名"
        case .role: "角色"
        case .township: "乡镇"
        case .state: "状态"
        case .created: "创建时间"
        case .roleTownship: "乡镇"
        case .roleDistrict: "区县"
        case .roleAdmin: "管理员"
        case .active: "启用"
        case .inactive: "停用"
        }
    }

    public var en: String {
        switch self {
        case .empty: "{0} must not be empty; nothing saved"
        case .tooLong: "{0} is {1} characters long, over the limit of {2}; nothing saved"
        case .duplicate: "user \"{0}\" already exists; not added again"
        case .unknown: "no user named \"{0}\""
        case .townshipRequired: "a township user needs --township naming the township; not added"
        case .townshipNotForRole: "only township users (--role township) belong to a township; district and admin users take no --township; not added"
        case .passwordTooShort: "password too short: at least {0} characters; nothing saved"
        case .passwordTooLong: "password too long: at most {0} bytes; nothing saved"
        case .passwordEmpty: "the password is empty (nothing read on standard input); nothing saved"
        case .passwordStdinRequired: "passwords are read from standard input only: add --password-stdin (e.g. printf '%s' \"$PW\" | checkup user add …)"
        case .added: "added user {0} ({1}, {2})"
        case .disabled: "disabled user {0}: their signed-in sessions stop working at once"
        case .alreadyDisabled: "user {0} is already disabled"
        case .passwordChanged: "changed the password of user {0}"
        case .tokenIssued: "issued an API token for user {0} (shown this once; any earlier token no longer works); the token is on standard output"
        case .disabledNoToken: "user {0} is disabled; no token issued"
        case .noneRegistered: "no users yet: checkup user add NAME --role township|district|admin --password-stdin"
        case .name: "Name"
        case .role: "Role"
        case .township: "Township"
        case .state: "State"
        case .created: "Created"
        case .roleTownship: "township"
        case .roleDistrict: "district"
        case .roleAdmin: "admin"
        case .active: "active"
        case .inactive: "disabled"
        }
    }
}
