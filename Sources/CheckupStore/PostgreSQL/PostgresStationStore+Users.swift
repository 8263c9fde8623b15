import CheckupCore
import Foundation
import PostgresNIO

extension PostgresStationStore: UserStore {
    private static let userColumns = "name, role, township, disabled, created_at, password_hash"

    private static func user(_ row: PostgresRandomAccessRow) throws -> (user: User, passwordHash: String) {
        let name = try row[0].decode(String.self)
        let role = try row[1].decode(String.self)
        guard let known = UserRole(rawValue: role) else {
            throw StoreError.corruptRow(table: "app_user", row: name, column: "role",
                                        problem: .unknownValue(role, allowed: UserRole.allCases.map(\.rawValue)))
        }
        let user = User(name: name, role: known, township: try row[2].decode(String?.self),
                        disabled: try row[3].decode(Bool.self), createdAt: PostgresDate.read(try row[4].decode(Date.self)))
        return (user, try row[5].decode(String.self))
    }

    public func users() throws -> [User] {
        try withConnection { connection in
            try await connection.rows("SELECT \(unescaped: Self.userColumns) FROM app_user ORDER BY name")
                .map { try Self.user($0).user }
        }
    }

    public func user(named name: String) throws -> User? {
        try credentials(named: name)?.user
    }

    public func credentials(named name: String) throws -> (user: User, passwordHash: String)? {
        let key = Names.normalised(name)
        return try withConnection { connection in
            try await connection.rows("SELECT \(unescaped: Self.userColumns) FROM app_user WHERE name = \(key)")
                .first.map(Self.user)
        }
    }

    public func user(tokenHash: String) throws -> User? {
        try withConnection { connection in
            try await connection.rows("SELECT \(unescaped: Self.userColumns) FROM app_user WHERE token_hash = \(tokenHash)")
                .first.map { try Self.user($0).user }
        }
    }

    /// As SQLite's: a name taken is refused. The insert does nothing on a conflict, so that of two
    /// processes adding one name at once, the second is refused rather than failing on the key.
    public func addUser(_ user: User, passwordHash: String) throws {
        try transaction { connection in
            let inserted = try await connection.rows("""
                INSERT INTO app_user (name, role, township, password_hash, disabled, created_at)
                VALUES (\(user.name), \(user.role.rawValue), \(user.township), \(passwordHash), \(user.disabled),
                        \(PostgresDate.stored(user.createdAt)))
                ON CONFLICT (name) DO NOTHING RETURNING 1
                """)
            if inserted.isEmpty { throw UserError.duplicate(user.name) }
        }
    }

    public func setPassword(of name: String, passwordHash: String) throws {
        let key = Names.normalised(name)
        try transaction { connection in
            let changed = try await connection.rows(
                "UPDATE app_user SET password_hash = \(passwordHash) WHERE name = \(key) RETURNING 1")
            if changed.isEmpty { throw UserError.unknown(key) }
        }
    }

    public func disableUser(_ name: String) throws -> Bool {
        let key = Names.normalised(name)
        return try transaction { connection in
            let rows = try await connection.rows("SELECT disabled FROM app_user WHERE name = \(key) FOR UPDATE")
            guard let row = rows.first else { throw UserError.unknown(key) }
            if try row[0].decode(Bool.self) { return false }
            try await connection.run("UPDATE app_user SET disabled = true, token_hash = NULL WHERE name = \(key)")
            return true
        }
    }

    public func setToken(of name: String, tokenHash: String) throws {
        let key = Names.normalised(name)
        try transaction { connection in
            let rows = try await connection.rows("SELECT disabled FROM app_user WHERE name = \(key) FOR UPDATE")
            guard let row = rows.first else { throw UserError.unknown(key) }
            if try row[0].decode(Bool.self) { throw UserError.disabled(key) }
            try await connection.run("UPDATE app_user SET token_hash = \(tokenHash) WHERE name = \(key)")
        }
    }
}
