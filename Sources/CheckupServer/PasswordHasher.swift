import HummingbirdBcrypt

/// Hashes and checks users' passwords with bcrypt; the clear password is never kept.
public enum PasswordHasher {
    /// bcrypt's cost: 2^cost rounds (about 50 ms a hash here at 10).
    public static let cost: UInt8 = 10

    /// The bcrypt hash of `password`, salted.
    public static func hash(_ password: String) -> String {
        Bcrypt.hash(password, cost: cost)
    }

    /// Whether `password` is the one `hash` was made from.
    public static func verify(_ password: String, against hash: String) -> Bool {
        Bcrypt.verify(password, hash: hash)
    }
}

extension PasswordHasher {
    /// A hash of no one's password, checked when the name is unknown so that the answer takes
    /// as long as for a wrong password.
    static let decoy = hash(APIToken.generate())
}
