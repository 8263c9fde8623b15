import CheckupCore
import Foundation
import GRDB

/// Row of `app_user` (migration `v12-users`).
struct UserRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "app_user"
    var name: String
    var role: String
    var township: String?
    var passwordHash: String
    var disabled: Bool
    var tokenHash: String?
    var createdAt: Date

    enum CodingKeys: String, CodingKey {
        case name, role, township, disabled
        case passwordHash = "password_hash", tokenHash = "token_hash", createdAt = "created_at"
    }

    /// Reads the row's columns by name, refusing a value of the wrong kind (`RowReader`).
    init(row: Row) throws {
        let read = RowReader(row, table: Self.databaseTableName, key: ["name"])
        name = try read.text("name")
        role = try read.text("role")
        try read.checked(role, "role", as: UserRole.self)
        township = try read.optionalText("township")
        passwordHash = try read.text("password_hash")
        disabled = try read.bool("disabled")
        tokenHash = try read.optionalText("token_hash")
        createdAt = try read.date("created_at")
    }

    init(_ user: User, passwordHash: String) {
        name = user.name
        role = user.role.rawValue
        township = user.township
        self.passwordHash = passwordHash
        disabled = user.disabled
        tokenHash = nil
        createdAt = user.createdAt
    }

    var value: User {
        User(name: name, role: UserRole(rawValue: role) ?? .township, township: township, disabled: disabled,
             createdAt: createdAt)
    }
}

extension SQLiteStationStore {
    public func users() throws -> [User] {
        try read { db in try UserRecord.order(Column("name")).fetchAll(db).map(\.value) }
    }

    public func user(named name: String) throws -> User? {
        try read { db in try UserRecord.fetchOne(db, key: Names.normalised(name))?.value }
    }

    public func credentials(named name: String) throws -> (user: User, passwordHash: String)? {
        try read { db in
            try UserRecord.fetchOne(db, key: Names.normalised(name)).map { ($0.value, $0.passwordHash) }
        }
    }

    public func user(tokenHash: String) throws -> User? {
        try read { db in try UserRecord.filter(Column("token_hash") == tokenHash).fetchOne(db)?.value }
    }

    public func addUser(_ user: User, passwordHash: String) throws {
        try write { db in
            if try UserRecord.fetchOne(db, key: user.name) != nil { throw UserError.duplicate(user.name) }
            try UserRecord(user, passwordHash: passwordHash).insert(db)
        }
    }

    public func setPassword(of name: String, passwordHash: String) throws {
        try write { db in
            guard var record = try UserRecord.fetchOne(db, key: Names.normalised(name)) else {
                throw UserError.unknown(Names.normalised(name))
            }
            record.passwordHash = passwordHash
            try record.update(db)
        }
    }

    public func disableUser(_ name: String) throws -> Bool {
        try write { db in
            guard var record = try UserRecord.fetchOne(db, key: Names.normalised(name)) else {
                throw UserError.unknown(Names.normalised(name))
            }
            if record.disabled { return false }
            record.disabled = true
            record.tokenHash = nil
            try record.update(db)
            return true
        }
    }

    public func setToken(of name: String, tokenHash: String) throws {
        try write { db in
            guard var record = try UserRecord.fetchOne(db, key: Names.normalised(name)) else {
                throw UserError.unknown(Names.normalised(name))
            }
            if record.disabled { throw UserError.disabled(record.name) }
            record.tokenHash = tokenHash
            try record.update(db)
        }
    }
}
