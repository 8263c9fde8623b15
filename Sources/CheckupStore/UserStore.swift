import CheckupCore
import Foundation

/// The users of `checkup serve` (`checkup user …`): names, roles, townships, and only the hashes
/// of their passwords (bcrypt) and API tokens (SHA-256). Hashing is the caller's (CheckupServer's
/// `PasswordHasher`, `APIToken`); the store never sees a clear password or token.
public protocol UserStore: Sendable {
    /// Every user, by name.
    func users() throws -> [User]
    /// The user named `name` (exactly, after `Names.normalised`), if any.
    func user(named name: String) throws -> User?
    /// The user named `name` with their password hash, if any.
    func credentials(named name: String) throws -> (user: User, passwordHash: String)?
    /// The user whose API token hashes to `tokenHash`, if any.
    func user(tokenHash: String) throws -> User?
    /// Adds `user` with `passwordHash`; refuses (`UserError.duplicate`) a name already taken.
    func addUser(_ user: User, passwordHash: String) throws
    /// Replaces the password hash of `name` (`UserError.unknown` when there is no such user).
    func setPassword(of name: String, passwordHash: String) throws
    /// Disables `name` (`UserError.unknown`); returns false when they were already disabled.
    func disableUser(_ name: String) throws -> Bool
    /// Replaces the API token hash of `name` (`UserError.unknown`; `UserError.disabled` for a
    /// disabled user).
    func setToken(of name: String, tokenHash: String) throws
}
