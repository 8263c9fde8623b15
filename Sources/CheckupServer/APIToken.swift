import CheckupCore

/// API tokens (`checkup user token NAME`): 32 random bytes shown once as `ck_` and 64 hex
/// digits; the store keeps only their SHA-256, so a copy of the database gives no token.
public enum APIToken {
    /// A new random token (from the system's cryptographic generator).
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return "ck_" + bytes.map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// The hash the store keeps (and looks a presented token up by).
    public static func hash(_ token: String) -> String {
        ContentHash.sha256(Array(token.utf8))
    }
}
