import CheckupCore

/// Stable JSON of a user of `checkup serve` (`user list --format json`): never a hash.
public struct UserJSON: Codable {
    public var name: String
    /// township, district or admin.
    public var role: String
    /// The township of a township user; null otherwise.
    @NullEncoded public var township: String?
    public var disabled: Bool
    public var created_at: String

    /// The JSON of `user`.
    public init(_ user: User) {
        name = user.name
        role = user.role.rawValue
        township = user.township
        disabled = user.disabled
        created_at = Timestamp.iso(user.createdAt)
    }
}
