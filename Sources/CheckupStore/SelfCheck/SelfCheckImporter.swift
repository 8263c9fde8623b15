import CheckupCore
import CheckupXML
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    public struct FileOutcome: Sendable, Hashable {
        /// The file, as given or found.
        public var file: String
        /// Its outcome.
        public var outcome: SelfCheckOutcome
    }

    /// Totals of an import.
    public struct Summary: Sendable, Hashable {
        /// Files stored as new self-checks.
        public var imported = 0
        /// Files stored as corrections replacing an earlier submission.
        public var superseded = 0
        /// Files skipped because their content was imported before.
        public var duplicates = 0
        /// Files refused.
        public var refused = 0
        /// Bytes of every file looked at.
        public var bytes: Int64 = 0

        /// Every file counted.
        public var files: Int { imported + superseded + duplicates + refused }

        mutating func count(_ outcome: SelfCheckOutcome) {
            switch outcome {
            case .imported: imported += 1
            case .superseded: superseded += 1
            case .duplicate: duplicates += 1
            case .refused: refused += 1
            }
        }
    }

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
                queue.fill(outcomes)
                try flush()
            })
        try flush()
        return summary
    }
}

/// Outcomes in input order, some waiting for their batch to be committed.
struct OutcomeQueue {
    private var entries: [(file: String, outcome: SelfCheckOutcome?)] = []
    private var head = 0
    /// First entry still waiting for the store.
    private var firstWaiting = 0

    mutating func append(_ outcome: SelfCheckImporter.FileOutcome) {
        entries.append((outcome.file, outcome.outcome))
    }

    mutating func appendWaiting(file: String) {
        entries.append((file, nil))
    }

    /// Gives the waiting entries, oldest first, the outcomes the store reported.
    mutating func fill(_ outcomes: [SelfCheckOutcome]) {
        var remaining = outcomes[...]
        var index = max(firstWaiting, head)
        while let next = remaining.first, index < entries.count {
            if entries[index].outcome == nil {
                entries[index].outcome = next
                remaining = remaining.dropFirst()
            }
            index += 1
        }
        firstWaiting = index
    }

    /// The oldest entry, if its outcome is known.
    mutating func popReady() -> SelfCheckImporter.FileOutcome? {
        guard head < entries.count, let outcome = entries[head].outcome else { return nil }
        let file = entries[head].file
        head += 1
        if head > 1024 && head * 2 > entries.count {
            entries.removeFirst(head)
            firstWaiting = max(0, firstWaiting - head)
            head = 0
        }
        return SelfCheckImporter.FileOutcome(file: file, outcome: outcome)
    }
}

/// Finding the files to import.
public enum SelfCheckFiles {
    /// A path to import, or a path that cannot be.
    public struct Found: Sendable, Hashable {
        /// The file.
        public var path: String
        /// Why it cannot be read, when it cannot.
        public var problem: String?
    }

    /// Files named directly are taken whatever their name; directories are searched recursively
    /// for `*.xml` (any case), skipping hidden files and directories (such as the `._name.xml`
    /// files macOS leaves on USB sticks) and not following links to directories. Files of a
    /// directory are sorted by path.
    public static func find(_ paths: [String]) -> [Found] {
        var found: [Found] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                found.append(Found(path: path, problem: "no such file or directory"))
                continue
            }
            guard isDirectory.boolValue else {
                found.append(Found(path: path, problem: RegularFile.problem(path)))
                continue
            }
            var files: [String] = []
            walk(path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path, into: &files)
            found += files.sorted().map { Found(path: $0, problem: nil) }
        }
        return found
    }

    /// Adds the `*.xml` files below `directory` to `files` (readdir: FileManager's enumerator
    /// builds a URL per entry, which costs more than a township's folder deserves).
    static func walk(_ directory: String, into files: inout [String]) {
        guard let handle = opendir(directory) else { return }
        defer { closedir(handle) }
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard !name.hasPrefix(".") else { continue }
            let path = directory + "/" + name
            var type = entry.pointee.d_type
            if type == UInt8(DT_UNKNOWN) {
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                let mode = info.st_mode & S_IFMT
                type = mode == S_IFDIR ? UInt8(DT_DIR) : mode == S_IFREG ? UInt8(DT_REG) : mode == S_IFLNK ? UInt8(DT_LNK) : 0
            }
            if type == UInt8(DT_LNK) {
                // A link to a file is followed; a link to a directory is not (no cycles).
                var info = stat()
                guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
                type = UInt8(DT_REG)
            }
            if type == UInt8(DT_DIR) {
                walk(path, into: &files)
            } else if type == UInt8(DT_REG), name.lowercased().hasSuffix(".xml") {
                files.append(path)
            }
        }
    }
}
