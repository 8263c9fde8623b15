import CheckupSupport
import Foundation

/// What a user of `checkup serve` may see and do.
public enum UserRole: String, Sendable, Hashable, Codable, CaseIterable {
    /// Township staff: their own township's record only.
    case township
    /// District staff: every township.
    case district
    /// Manages users; sees every township as the district does.
    case admin

    /// The role's name in `language`.
    public func name(_ language: Language = .current) -> String {
        switch self {
        case .township: UserText.roleTownship.text(in: language)
        case .district: UserText.roleDistrict.text(in: language)
        case .admin: UserText.roleAdmin.text(in: language)
        }
    }
}

/// A person who signs in to `checkup serve` (`checkup user add`). The password and API token are
/// kept only as hashes, by the store, never in this value.
public struct User: Sendable, Hashable {
    /// Unique name, as typed at the login form; also the name hazard histories record.
    public var name: String
    /// Role.
    public var role: UserRole
    /// The township of a township user; nil for district and admin users.
    public var township: String?
    /// A disabled user cannot sign in, and their sessions and token stop working.
    public var disabled: Bool
    /// When the user was added.
    public var createdAt: Date

    /// Creates a user.
    public init(name: String, role: UserRole, township: String?, disabled: Bool = false, createdAt: Date) {
        self.name = name
        self.role = role
        self.township = township
        self.disabled = disabled
        self.createdAt = createdAt
    }

    /// Whether this user may see and act on `township`'s record.
    public func mayAccess(township other: String) -> Bool {
        switch role {
        case .township: township == other
        case .district, .admin: true
        }
    }

    /// The longest name accepted, in characters.
    public static let nameLimit = 40
    /// The longest township accepted, in characters.
    public static let townshipLimit = 60
    /// The shortest password accepted, in characters.
    public static let passwordMinimum = 8
    /// The longest password accepted, in UTF-8 bytes (bcrypt reads no further).
    public static let passwordMaximum = 72

    /// A new user from the values given on the command line: the name and township normalised as
    /// session names are (`Names.normalised`); refuses an empty or too long name, a township user
    /// without a township and a township given to another role.
    public static func cleaned(name: String, role: UserRole, township: String?, now: Date) throws(UserError) -> User {
        let name = Names.normalised(name)
        if name.isEmpty { throw .empty("NAME") }
        if name.count > nameLimit { throw .tooLong("NAME", length: name.count, limit: nameLimit) }
        let township = township.map(Names.normalised)
        switch role {
        case .township:
            guard let township else { throw .townshipRequired }
            if township.isEmpty { throw .empty("--township") }
            if township.count > townshipLimit { throw .tooLong("--township", length: township.count, limit: townshipLimit) }
        case .district, .admin:
            if township != nil { throw .townshipNotForRole }
        }
        return User(name: name, role: role, township: township, createdAt: now)
    }

    /// `password` as read from standard input (one trailing line break dropped), refused when
    /// empty, shorter than `passwordMinimum` characters or longer than `passwordMaximum` bytes.
    public static func checkedPassword(_ password: String) throws(UserError) -> String {
        var text = password
        if text.hasSuffix("\r\n") { text.removeLast(2) } else if text.hasSuffix("\n") { text.removeLast() }
        if text.isEmpty { throw .passwordEmpty }
        if text.count < passwordMinimum { throw .passwordTooShort(minimum: passwordMinimum) }
        if text.utf8.count > passwordMaximum { throw .passwordTooLong(maximum: passwordMaximum) }
        return text
    }
}

/// Why a user was not added or changed.
public enum UserError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The value (`{0}`) is empty.
    case empty(String)
    /// A value is longer than allowed.
    case tooLong(String, length: Int, limit: Int)
    /// A user of this name exists.
    case duplicate(String)
    /// No user of this name.
    case unknown(String)
    /// A township user needs a township.
    case townshipRequired
    /// Only township users belong to a township.
    case townshipNotForRole
    /// Nothing was read for the password.
    case passwordEmpty
    /// The password is shorter than `minimum` characters.
    case passwordTooShort(minimum: Int)
    /// The password is longer than `maximum` bytes.
    case passwordTooLong(maximum: Int)
    /// A disabled user gets no token.
    case disabled(String)

    public var description: String {
        switch self {
        case .empty(let what): UserText.empty.text(what)
        case .tooLong(let what, let length, let limit): UserText.tooLong.text(what, length, limit)
        case .duplicate(let name): UserText.duplicate.text(name)
        case .unknown(let name): UserText.unknown.text(name)
        case .townshipRequired: UserText.townshipRequired.text()
        case .townshipNotForRole: UserText.townshipNotForRole.text()
        case .passwordEmpty: UserText.passwordEmpty.text()
        case .passwordTooShort(let minimum): UserText.passwordTooShort.text(minimum)
        case .passwordTooLong(let maximum): UserText.passwordTooLong.text(maximum)
        case .disabled(let name): UserText.disabledNoToken.text(name)
        }
    }
}
