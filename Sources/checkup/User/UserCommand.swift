import ArgumentParser

/// `checkup user`: who may sign in to `checkup serve` (服务用户).
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Manage the users of checkup serve (网页用户).",
        discussion: """
        Roles: township (its own township only; --township required), district (every \
        township), admin (every township, and manages users). Passwords are read from standard \
        input only (--password-stdin), at least 8 characters and at most 72 bytes, and stored \
        as bcrypt hashes; API tokens (user token) are stored as SHA-256 hashes. Nothing secret \
        is ever printed except a new token, once. docs/api.md describes signing in.
        """,
        subcommands: [UserAdd.self, UserList.self, UserDisable.self, UserPasswd.self, UserToken.self]
    )
}
