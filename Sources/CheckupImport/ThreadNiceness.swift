import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lowers the scheduling priority of the calling thread alone.
///
/// The import's single writing thread is its bottleneck: on a machine with as many reading
/// threads as cores, the readers take turns with the writer, fill their window and then sleep,
/// leaving a core idle while the writer waits for its turn. Readers a few steps nicer than the
/// writer give the writer the CPU whenever it can use it and take the rest themselves.
enum ThreadNiceness {
    /// Raises the calling thread's nice value by `steps` (lowering its priority; any process
    /// may do that) and returns the new value, or nil where only a whole process has a nice
    /// value (everywhere but Linux), so that the other threads keep theirs.
    @discardableResult
    static func lowerCurrentThread(by steps: Int32) -> Int32? {
        #if os(Linux)
        // On Linux the nice value belongs to each thread, and `who` 0 names the calling one.
        let which = __priority_which_t(PRIO_PROCESS.rawValue)
        errno = 0
        let current = getpriority(which, 0)
        guard errno == 0 else { return nil }
        let target = min(current + steps, 19)
        guard setpriority(which, 0, target) == 0 else { return nil }
        return target
        #else
        return nil
        #endif
    }

    /// The calling thread's nice value (Linux), or nil.
    static func current() -> Int32? {
        #if os(Linux)
        errno = 0
        let value = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
        return errno == 0 ? value : nil
        #else
        return nil
        #endif
    }
}
