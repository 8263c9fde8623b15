import Dispatch
import Foundation

/// Runs postgres-nio's async work for the store's synchronous protocols: the calling thread
/// waits on a semaphore while the work runs as a detached task on `PostgresExecutor`, threads
/// of its own. Never on the caller's actor (a `Task {}` in `main.swift` inherits the main actor,
/// which the waiting thread holds: a deadlock, docs/ENGINEERING-NOTES), and never on Swift's
/// cooperative pool, whose few threads may all be waiting in this bridge (parallel tests do).
enum PostgresBridge {
    /// The executor every task of every PostgreSQL store runs on.
    static let executor = PostgresExecutor()

    /// Runs `body` and waits for it. `body` may call the caller's non-Sendable closures: the
    /// caller is blocked until it returns, so they are never used from two threads at once.
    static func wait<T>(_ body: @escaping () async throws -> T) throws -> T {
        let work = Unchecked(body)
        let result = Unchecked<Result<T, any Error>?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task.detached(executorPreference: executor) {
            do {
                result.value = .success(try await work.value())
            } catch {
                result.value = .failure(error)
            }
            done.signal()
        }
        done.wait()
        return try result.value!.get()
    }

    /// Starts `body` detached on the store's executor, without waiting (the client's `run()`).
    static func start(_ body: @escaping @Sendable () async -> Void) -> Task<Void, Never> {
        Task.detached(executorPreference: executor) { await body() }
    }
}

/// A value handed between the waiting thread and the task it waits for. `@unchecked Sendable`:
/// only one of the two touches it at a time (the semaphore orders them).
final class Unchecked<Value>: @unchecked Sendable {
    var value: Value

    init(_ value: Value) {
        self.value = value
    }
}

/// A task executor on a concurrent dispatch queue: jobs run on GCD's threads, which grow when
/// some are blocked, so the store's tasks always find a thread.
final class PostgresExecutor: TaskExecutor, @unchecked Sendable {
    private let queue = DispatchQueue(label: "checkup.postgres", attributes: .concurrent)

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }
}
