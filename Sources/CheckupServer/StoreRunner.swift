import NIOPosix

/// Runs the store's calls, which are synchronous and block (SQLite's file I/O; PostgreSQL through
/// `PostgresBridge`, which waits on a semaphore), on threads of their own, never on Swift's
/// cooperative pool: on a machine of two cores that pool has two threads, and two blocked
/// handlers would stop the server. Handlers `await run { … }`; the pool's threads do the waiting.
/// Password hashing (bcrypt, tens of milliseconds of CPU) runs here too.
public final class StoreRunner: Sendable {
    private let pool: NIOThreadPool

    /// A pool of `threads` threads, started.
    public init(threads: Int = 8) {
        pool = NIOThreadPool(numberOfThreads: max(1, threads))
        pool.start()
    }

    /// The value of `body`, run on one of the pool's threads.
    public func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await pool.runIfActive(body)
    }

    /// Stops the pool once the work given to it is done.
    public func shutdown() async throws {
        try await pool.shutdownGracefully()
    }
}
