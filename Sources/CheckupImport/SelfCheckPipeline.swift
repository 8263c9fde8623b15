import CheckupStore
import Foundation

/// Runs the preparer on several threads and hands the results to the writer in input order,
/// never more than `window` files ahead of it, and holding at most `windowBytes` bytes of read
/// files for it. The reading threads run `readerNiceness` steps nicer than the writer, which
/// every file waits for.
final class SelfCheckPipeline: @unchecked Sendable {
    private let files: [SelfCheckFiles.Found]
    private let window: Int
    private let windowBytes: Int64
    private let readerNiceness: Int32
    private let condition = NSCondition()
    // Guarded by `condition`:
    private var nextToClaim = 0
    private var nextToTake = 0
    private var ready: [Int: PreparedFile] = [:]
    /// Bytes of the files in `ready`.
    private var readyBytes: Int64 = 0
    private var stopped = false
    private var running = 0
    /// Stored submissions waiting to be freed by a reading thread.
    private var retired: [SelfCheckSubmission] = []

    init(files: [SelfCheckFiles.Found], window: Int, windowBytes: Int = .max, readerNiceness: Int32 = 0) {
        self.files = files
        self.window = window
        self.windowBytes = Int64(windowBytes)
        self.readerNiceness = readerNiceness
    }

    /// Whether a reading thread may start on another file: fewer than `window` files are
    /// claimed and not yet taken by the writer, and the files read and waiting hold less than
    /// `windowBytes` (or none is waiting, so that a file larger than the budget still goes
    /// through). The file the writer waits for is always claimed already, or nothing waits:
    /// a thread held back here never holds up the writer.
    static func mayClaim(claimed: Int, taken: Int, window: Int, readyFiles: Int, readyBytes: Int64,
                         windowBytes: Int64) -> Bool {
        claimed - taken < window && (readyFiles == 0 || readyBytes < windowBytes)
    }

    /// Starts one thread per lookup.
    func start(lookups: [any SelfCheckHashLookup], preparer: SelfCheckPreparer) {
        condition.lock()
        running = lookups.count
        condition.unlock()
        for lookup in lookups {
            let thread = Thread { [self] in
                self.work(lookup: lookup, preparer: preparer)
            }
            thread.name = "selfcheck-reader"
            thread.start()
        }
    }

    private func work(lookup: any SelfCheckHashLookup, preparer: SelfCheckPreparer) {
        if readerNiceness > 0 { ThreadNiceness.lowerCurrentThread(by: readerNiceness) }
        while true {
            condition.lock()
            while !stopped && nextToClaim < files.count
                && !Self.mayClaim(claimed: nextToClaim, taken: nextToTake, window: window, readyFiles: ready.count,
                                  readyBytes: readyBytes, windowBytes: windowBytes) {
                condition.wait()
            }
            if stopped || nextToClaim >= files.count {
                running -= 1
                condition.broadcast()
                condition.unlock()
                return
            }
            let index = nextToClaim
            nextToClaim += 1
            var dead: [SelfCheckSubmission] = []
            swap(&dead, &retired)
            condition.unlock()
            // Freed here, off the writing thread, by a thread that allocates the same shapes
            // again at once (malloc's per-thread cache can hand the memory straight back).
            dead = []
            let prepared = preparer.prepare(files[index], lookup: lookup)
            condition.lock()
            ready[index] = prepared
            readyBytes += prepared.bytes
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The next file in input order (waiting for it if needed), or nil after the last.
    func next() -> PreparedFile? {
        condition.lock()
        defer { condition.unlock() }
        guard nextToTake < files.count else { return nil }
        while ready[nextToTake] == nil { condition.wait() }
        let prepared = ready.removeValue(forKey: nextToTake)
        readyBytes -= prepared?.bytes ?? 0
        nextToTake += 1
        condition.broadcast()
        return prepared
    }

    /// Hands a stored submission back, to be freed by the next reading thread that takes a file
    /// (or at `stop`).
    func retire(_ submission: SelfCheckSubmission) {
        condition.lock()
        retired.append(submission)
        condition.unlock()
    }

    /// Stops the threads after the files they are reading, and waits for them.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        while running > 0 { condition.wait() }
        retired = []
        condition.unlock()
    }
}

