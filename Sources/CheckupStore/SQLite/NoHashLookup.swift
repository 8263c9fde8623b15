/// A lookup for stores without a file another connection could open: finds nothing (the store
/// still refuses duplicates inside its transaction).
struct NoHashLookup: SelfCheckHashLookup {
    func session(contentHash: String) throws -> Int64? { nil }
}
