@testable import CheckupImport
import Foundation
import Testing

/// The import's reading threads lower their own priority, never the writer's.
@Suite struct ThreadNicenessTests {
    /// Runs `body` on a new thread and returns its result.
    private func onNewThread<T: Sendable>(_ body: @escaping @Sendable () -> T) -> T {
        let done = NSCondition()
        nonisolated(unsafe) var result: T?
        let thread = Thread {
            let value = body()
            done.lock()
            result = value
            done.signal()
            done.unlock()
        }
        thread.start()
        done.lock()
        while result == nil { done.wait() }
        done.unlock()
        guard let result else { fatalError("unreachable") }
        return result
    }

    #if os(Linux)
    @Test func loweringAThreadRaisesItsNiceValueAndLeavesTheCallingThreadAlone() throws {
        let before = try #require(ThreadNiceness.current())
        let (lowered, seen) = onNewThread { (ThreadNiceness.lowerCurrentThread(by: 3), ThreadNiceness.current()) }
        #expect(lowered == min(before + 3, 19))
        #expect(seen == lowered)
        #expect(ThreadNiceness.current() == before)
    }

    @Test func niceValuesStopAtNineteen() {
        let lowered = onNewThread { ThreadNiceness.lowerCurrentThread(by: 40) }
        #expect(lowered == 19)
    }
    #endif
}
