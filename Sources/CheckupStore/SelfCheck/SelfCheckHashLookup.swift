/// Finds whether a file's content was imported before. Each importing thread gets its own, so
/// that duplicates are skipped before they are parsed.
public protocol SelfCheckHashLookup: Sendable {
    /// The session a file with this content hash was imported as, if any (committed imports only;
    /// the store checks again inside its transaction).
    func session(contentHash: String) throws -> Int64?
}
