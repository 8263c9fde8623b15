import Foundation
import GRDB

/// Copies the write-ahead log into the database file on a thread of its own, while a bulk
/// import keeps writing. SQLite's automatic checkpoint runs inside the commit that crosses its
/// threshold, on the committing thread: for the import that is the one thread every file waits
/// for, and reading the log back and writing the database file was about half of its commit
/// time. A PASSIVE checkpoint waits for nobody and never blocks the writer; frames it cannot
/// copy yet wait for the next one. Checkpoints only move committed pages, so durability and
/// crash safety are those of the log, as before.
final class WALCheckpointer: @unchecked Sendable {
    /// Above this many frames (4 KiB pages) in the log, `commitDone` waits for the checkpoint
    /// to catch up. Only a transaction that begins on a fully checkpointed log starts writing it
    /// from the beginning again; a writer that begins its next batch at once never does, and
    /// the log would grow by every batch, to about the size of the whole import.
    static let logLimit = 16_384

    private let queue: DatabaseQueue
    private let condition = NSCondition()
    // Guarded by `condition`:
    private var requested = false
    private var busy = false
    private var stopping = false
    private var running = false
    /// Frames in the log at the last checkpoint.
    private var logFrames = 0

    /// Opens a connection of its own to the database at `path` and starts the thread.
    init(path: String) throws {
        var config = Configuration()
        config.busyMode = .timeout(SQLiteStationStore.busyTimeout)
        queue = try DatabaseQueue(path: path, configuration: config)
        // As the importing connection: the log is synced before it is copied, the database
        // file after (so the log is never written over before what it held is on disk).
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        running = true
        let thread = Thread { [self] in self.work() }
        thread.name = "selfcheck-checkpoint"
        thread.start()
    }

    /// After each commit: asks for a checkpoint, and when the log has grown past `logLimit`,
    /// waits until it has been copied, so that the next transaction writes the log from the
    /// beginning.
    func commitDone() {
        condition.lock()
        defer { condition.unlock() }
        requested = true
        condition.broadcast()
        guard logFrames > Self.logLimit else { return }
        while requested || busy { condition.wait() }
    }

    /// Runs the checkpoint still requested, if any, and waits for the thread to end.
    func stop() {
        condition.lock()
        stopping = true
        condition.broadcast()
        while running { condition.wait() }
        condition.unlock()
    }

    private func work() {
        while true {
            condition.lock()
            while !requested && !stopping { condition.wait() }
            guard requested else {
                running = false
                condition.broadcast()
                condition.unlock()
                return
            }
            requested = false
            busy = true
            condition.unlock()
            // A failed checkpoint leaves its frames in the log, where the next checkpoint (or
            // the last connection to close) finds them: nothing is lost, so nothing to report.
            let frames = try? queue.writeWithoutTransaction { db in try db.checkpoint(.passive).walFrameCount }
            condition.lock()
            busy = false
            if let frames { logFrames = frames }
            condition.broadcast()
            condition.unlock()
        }
    }
}
