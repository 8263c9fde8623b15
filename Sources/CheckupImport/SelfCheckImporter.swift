import CheckupCore
import CheckupStore
import CheckupXML
import Foundation

/// Imports self-check files: finds them, reads each with the streaming parser and the schema,
/// checks it against its checklist, and stores the good ones, each whole or not at all.
///
/// Reading and checking run on several threads (files are independent); every database write
/// happens on the calling thread, in batches of files with a savepoint per file. Outcomes are
/// reported in input order, after the batch holding them is committed, so what is reported is
/// what is stored. Memory stays bounded whatever the number of files: at most `window` files
/// are in flight, files read and waiting for the writer hold at most `windowBytes` bytes of
/// source (or are one file), and files are streamed rather than held as trees.
public struct SelfCheckImporter {
    /// How an import runs.
    public struct Options: Sendable {
        /// Add enterprises missing from the register from the file's enterprise block.
        public var register: Bool
        /// The moment performed-at must not be after.
        public var now: Date
        /// Reading threads (at least 1).
        public var threads: Int
        /// Size and depth limits for one file.
        public var limits: XMLLimits
        /// Files in flight between the reading threads and the writer. A wide window lets the
        /// readers go on while the writer waits for a commit or a checkpoint.
        public var window: Int
        /// Most bytes (of the files' source) read and waiting for the writer: what bounds the
        /// memory when files are large. A file is always let through when none is waiting.
        public var windowBytes: Int
        /// Files per committed batch.
        public var batchFiles: Int
        /// How many steps nicer than the writing thread the reading threads run (0: the same
        /// priority). See `ThreadNiceness`.
        public var readerNiceness: Int32

        /// Creates options; `threads` defaults to the number of processors.
        public init(register: Bool = false, now: Date = Date(),
                    threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                    limits: XMLLimits = .stream, window: Int = 256, windowBytes: Int = 6 * 1_048_576,
                    batchFiles: Int = 500,
                    readerNiceness: Int32 = 10) {
            self.register = register
            self.now = now
            self.threads = max(1, threads)
            self.limits = limits
            self.window = max(1, window)
            self.windowBytes = max(1, windowBytes)
            self.batchFiles = max(1, batchFiles)
            self.readerNiceness = max(0, readerNiceness)
        }
    }

    /// What became of one file.
    public typealias FileOutcome = SelfCheckFileOutcome
    /// Totals of an import.
    public typealias Summary = SelfCheckImportSummary

    /// The catalog and schema.
    public let catalog: SelfCheckCatalog
    /// The database.
    public let store: any SelfCheckStore
    /// How to run.
    public let options: Options

    /// Creates an importer.
    public init(catalog: SelfCheckCatalog, store: any SelfCheckStore, options: Options) {
        self.catalog = catalog
        self.store = store
        self.options = options
    }

    /// Imports `paths` (files, or directories searched recursively for `*.xml`). `outcome` is
    /// called for every file in order, `progress` after each with (files done, files in all).
    /// Throws only when the database fails; refused files are outcomes.
    @discardableResult
    public func run(paths: [String], outcome: (FileOutcome) throws -> Void,
                    progress: (Int, Int) -> Void = { _, _ in }) throws -> Summary {
        let found = SelfCheckFiles.find(paths)
        return try run(files: found, outcome: outcome, progress: progress)
    }

    /// Imports files already found.
    func run(files: [SelfCheckFiles.Found], outcome: (FileOutcome) throws -> Void,
             progress: (Int, Int) -> Void) throws -> Summary {
        var summary = Summary()
        let total = files.count
        guard total > 0 else { return summary }
        var lookups: [any SelfCheckHashLookup] = []
        let threads = min(options.threads, total)
        for _ in 0..<threads { lookups.append(try store.selfCheckHashLookup()) }
        let preparer = SelfCheckPreparer(catalog: catalog, now: options.now, limits: options.limits)
        let pipeline = SelfCheckPipeline(files: files, window: options.window, windowBytes: options.windowBytes,
                                         readerNiceness: options.readerNiceness)
        pipeline.start(lookups: lookups, preparer: preparer)
        defer { pipeline.stop() }

        // Outcomes wait here, in input order, until the batch holding them is committed.
        var queue = OutcomeQueue()
        var done = 0
        func flush() throws {
            while var ready = queue.popReady() {
                if case .refused(let problems) = ready.outcome {
                    ready.outcome = .refused(SelfCheckPreparer.refineColumns(problems, file: ready.file))
                }
                summary.count(ready.outcome)
                done += 1
                try outcome(ready)
                progress(done, total)
            }
        }
        // The submission handed to the store last time: the store keeps no reference to it once
        // it asks for the next one, so the reading threads can free it.
        var handedOver: SelfCheckSubmission?
        try store.storeSelfChecks(
            register: options.register, now: options.now, batchFiles: options.batchFiles, batchSeconds: 1,
            next: {
                if let stored = handedOver.take() { pipeline.retire(stored) }
                while let prepared = pipeline.next() {
                    summary.bytes += prepared.bytes
                    switch prepared.result {
                    case .outcome(let result):
                        queue.append(FileOutcome(file: prepared.file, outcome: result))
                        try flush()
                    case .submission(let submission):
                        queue.appendWaiting(file: prepared.file)
                        handedOver = submission
                        return submission
                    }
                }
                return nil
            },
            committed: { outcomes in
                queue.fill(outcomes.map(SelfCheckRefusals.outcome))
                try flush()
            })
        try flush()
        return summary
    }
}

