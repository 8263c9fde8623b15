import CheckupCore
import CheckupXML
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One file after reading and checking: either ready to store, or already decided.
struct PreparedFile: Sendable {
    enum Result: Sendable {
        /// Passed every check that needs no database.
        case submission(SelfCheckSubmission)
        /// Refused, or a duplicate of a committed import.
        case outcome(SelfCheckOutcome)
    }

    var file: String
    var bytes: Int64
    var result: Result
}

/// Reads and checks one file: everything the importer does before the database.
struct SelfCheckPreparer: Sendable {
    let catalog: SelfCheckCatalog
    let now: Date
    let limits: XMLLimits
    /// Files up to this size are read whole (one read, hashed and parsed from memory); larger
    /// ones are hashed and parsed in a stream from disk.
    static let inMemoryLimit = 4 * 1_048_576

    func prepare(_ found: SelfCheckFiles.Found, lookup: any SelfCheckHashLookup) -> PreparedFile {
        let path = found.path
        func refused(_ problems: [XMLDiagnostic], size: Int64 = 0) -> PreparedFile {
            PreparedFile(file: path, bytes: size, result: .outcome(.refused(problems)))
        }
        if let problem = found.problem {
            return refused([XMLDiagnostic(location: SourceLocation(file: path, line: 0, column: 0),
                                          message: "cannot read: \(problem)")])
        }
        var info = stat()
        guard stat(path, &info) == 0 else {
            return refused([XMLDiagnostic(location: SourceLocation(file: path, line: 0, column: 0),
                                          message: "cannot read: \(String(cString: strerror(errno)))")])
        }
        let size = Int(info.st_size)
        guard size <= limits.maxBytes else {
            return refused(XMLError.tooLarge(file: path, size: size, limit: limits.maxBytes).diagnostics, size: Int64(size))
        }
        let hash: String
        var document: SelfCheckDocument
        // Kept for small files, to find exact columns if the file is refused.
        var source: [UInt8]?
        do throws(XMLError) {
            if size <= Self.inMemoryLimit {
                let bytes = try FileBytes.read(path, expectedSize: size)
                source = bytes
                hash = SHA256.hex(bytes)
                if let session = try? lookup.session(contentHash: hash) {
                    return PreparedFile(file: path, bytes: Int64(size), result: .outcome(.duplicate(session: session)))
                }
                document = try SelfCheckReader.read(bytes: bytes, file: path, schema: catalog.schema, limits: limits)
            } else {
                hash = try FileBytes.sha256(path)
                if let session = try? lookup.session(contentHash: hash) {
                    return PreparedFile(file: path, bytes: Int64(size), result: .outcome(.duplicate(session: session)))
                }
                document = try SelfCheckReader.read(file: path, schema: catalog.schema, limits: limits)
            }
        } catch {
            return refused(SelfCheckMessages.clarify(error.diagnostics), size: Int64(size))
        }
        let (match, entry) = catalog.match(id: document.checklistID, version: document.checklistVersion)
        var problems = SelfCheckRules.check(document, checklist: match, now: now)
        if !problems.isEmpty, let source {
            document = SelfCheckLocator(source: source).refine(document)
            problems = SelfCheckRules.check(document, checklist: match, now: now)
        }
        guard problems.isEmpty, let entry, let performedAt = document.performedAt else {
            return refused(problems, size: Int64(size))
        }
        return PreparedFile(file: path, bytes: Int64(size), result: .submission(SelfCheckSubmission(
            file: path, contentHash: hash, document: document, performedAt: performedAt,
            checklist: entry.loaded, index: entry.index)))
    }
}

@inline(__always)
private func readFD(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.read(fd, buffer, count)
    #else
    return Darwin.read(fd, buffer, count)
    #endif
}

extension SelfCheckPreparer {
    /// `problems` with the columns libxml2 and the streaming parser could not give, found by
    /// reading the (small) file again. Only refused files pay for this.
    static func refineColumns(_ problems: [XMLDiagnostic], file: String) -> [XMLDiagnostic] {
        guard problems.contains(where: { $0.location.line >= 1 && $0.location.column <= 1 }) else { return problems }
        var info = stat()
        guard stat(file, &info) == 0, Int(info.st_size) <= inMemoryLimit,
              let bytes = try? FileBytes.read(file, expectedSize: Int(info.st_size)) else { return problems }
        return SelfCheckLocator(source: bytes).refine(problems)
    }
}

/// Plain POSIX reads: one `read` for a small file, chunks for hashing a large one.
enum FileBytes {
    static func read(_ path: String, expectedSize: Int) throws(XMLError) -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .cannotRead(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: max(expectedSize, 1)) { buffer, count in
            count = 0
            guard let base = buffer.baseAddress else { return }
            while count < expectedSize {
                let got = readFD(fd, base + count, expectedSize - count)
                if got < 0 { failure = errno; return }
                if got == 0 { return }
                count += got
            }
        }
        if failure != 0 { throw .cannotRead(path: path, reason: String(cString: strerror(failure))) }
        return bytes
    }

    static func sha256(_ path: String) throws(XMLError) -> String {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .cannotRead(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var hasher = SHA256Hasher()
        let chunk = 1 << 20
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 16)
        defer { buffer.deallocate() }
        guard let base = buffer.baseAddress else { throw .cannotRead(path: path, reason: "out of memory") }
        while true {
            let got = readFD(fd, base, chunk)
            if got < 0 { throw .cannotRead(path: path, reason: String(cString: strerror(errno))) }
            if got == 0 { break }
            hasher.update(UnsafeRawBufferPointer(start: base, count: got))
        }
        return SHA256.hexEncoded(hasher.finalize())
    }
}

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

