import Foundation

/// The one way Checkup writes a file: reports (`-o`), self-check forms, the demo's files and the
/// evidence store's copies.
///
/// What stands at the path decides how (`plan(for:)`):
/// - nothing, or a **regular file**: the bytes go to a temporary file in the same directory, are
///   flushed to disk, and the temporary file is renamed over the path. A crash, a full disk or a
///   read-only directory leaves the previous file intact. An existing file keeps its permissions.
/// - a **character device** (`/dev/null`, a terminal) or a **FIFO**: the bytes are written
///   through, in place; renaming over them would replace the device with a file. A FIFO nobody
///   reads is refused rather than waited for. A failure part-way (`/dev/full`) is an error, but
///   what was written is gone.
/// - a **symbolic link** is resolved, and what it points to gets the rule of its kind: a
///   regular file is replaced (the link stays a link, pointing to the new file); a device or
///   FIFO is written through (`/dev/stdout`); a link to nothing is refused.
/// - a directory, block device, socket or anything else is refused; nothing is written.
///
/// Nothing is ever renamed over anything but a regular file: the kind is checked again with
/// `lstat` just before the rename.
public enum AtomicFile {
    /// Why a file could not be written.
    public struct WriteError: Error, CustomStringConvertible, Sendable, Equatable {
        /// The target path.
        public var path: String
        /// The reason, in the process's language or the system's words.
        public var reason: String

        /// Creates an error.
        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }

        public var description: String { FileText.cannotWrite.text(path, reason) }
    }

    /// How a path is written.
    public enum Plan: Sendable, Equatable {
        /// Through a temporary file renamed over this path (the given one, or the regular file a
        /// symbolic link points to); `mode` is the existing file's permissions, if there is one.
        case replace(path: String, mode: mode_t?)
        /// Written in place: a character device or a FIFO.
        case writeThrough
    }

    /// Decides how `path` is written (see the type's documentation); refuses what must not be
    /// written.
    public static func plan(for path: String) throws(WriteError) -> Plan {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return .replace(path: path, mode: nil) }
            throw WriteError(path: path, reason: String(cString: strerror(errno)))
        }
        var kind = FileKind(mode: info.st_mode)
        var target = path
        if kind == .symbolicLink {
            guard stat(path, &info) == 0 else {
                let destination = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
                throw WriteError(path: path, reason: FileText.brokenLink.text(destination))
            }
            kind = FileKind(mode: info.st_mode)
            if kind == .regular {
                guard let resolved = realpath(path, nil) else {
                    throw WriteError(path: path, reason: String(cString: strerror(errno)))
                }
                target = String(cString: resolved)
                free(resolved)
            }
        }
        switch kind {
        case .regular: return .replace(path: target, mode: info.st_mode & 0o7777)
        case .characterDevice, .fifo: return .writeThrough
        default: throw WriteError(path: path, reason: FileText.notWritableKind.text(kind.label))
        }
    }

    /// Writes `data` to `path`.
    public static func write(_ data: Data, to path: String) throws(WriteError) {
        do {
            try write(to: path) { sink in try data.withUnsafeBytes { try sink($0.bindMemory(to: UInt8.self)) } }
        } catch let error as WriteError {
            throw error
        } catch {
            throw WriteError(path: path, reason: String(describing: error))
        }
    }

    /// Writes `text` as UTF-8.
    public static func write(_ text: String, to path: String) throws(WriteError) {
        try write(Data(text.utf8), to: path)
    }

    /// Writes to `path` what `body` gives its sink, piece by piece, so that a large report need
    /// not be held whole. An error thrown by `body` leaves a replaced file as it was and is
    /// thrown again; a failed write throws `WriteError`.
    public static func write(to path: String,
                             _ body: (_ sink: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Void) throws {
        switch try plan(for: path) {
        case .writeThrough:
            try writeThrough(path, body)
        case .replace(let target, let mode):
            let directory = (target as NSString).deletingLastPathComponent
            let temp = try TemporaryFile(directory: directory.isEmpty ? "." : directory,
                                         name: (target as NSString).lastPathComponent, label: path, mode: mode)
            try body { bytes in try temp.write(UnsafeRawBufferPointer(bytes)) }
            try temp.commit(to: target)
        }
    }

    /// Opens a device or FIFO without blocking (a FIFO without a reader is refused, not waited
    /// for), then writes in blocking mode.
    private static func writeThrough(_ path: String,
                                     _ body: (_ sink: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Void) throws {
        let fd = open(path, O_WRONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENXIO { throw WriteError(path: path, reason: FileText.fifoHasNoReader.text()) }
            throw WriteError(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(fd) }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        try body { bytes in try writeAll(fd, UnsafeRawBufferPointer(bytes), label: path) }
    }

    /// Writes every byte of `bytes` to `fd`, retrying on interruption.
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, label: String) throws(WriteError) {
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(fd, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw WriteError(path: label, reason: String(cString: strerror(errno)))
            }
            offset += written
        }
    }
}

/// A hidden temporary file in the directory of the file it will become, committed by a rename
/// only over nothing or a regular file. Deleted if never committed. The evidence store uses it
/// directly, since a copy's name (its hash) is known only once all bytes are written.
public final class TemporaryFile {
    /// The temporary file's path.
    public let path: String
    /// The path named in messages.
    private let label: String
    private var fd: Int32
    private var finished = false

    /// Creates `.NAME.UUID.tmp` in `directory` with `mode` (0644 when nil); `label` is the path
    /// named in errors.
    public init(directory: String, name: String, label: String, mode: mode_t? = nil) throws(AtomicFile.WriteError) {
        path = (directory as NSString).appendingPathComponent(".\(name).\(UUID().uuidString).tmp")
        self.label = label
        fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw AtomicFile.WriteError(path: label, reason: String(cString: strerror(errno))) }
        if let mode { _ = fchmod(fd, mode) }
    }

    deinit { discard() }

    /// Appends `bytes`.
    public func write(_ bytes: UnsafeRawBufferPointer) throws(AtomicFile.WriteError) {
        try AtomicFile.writeAll(fd, bytes, label: label)
    }

    /// Flushes the file to disk and renames it to `destination`, which must be nothing or a
    /// regular file (checked with `lstat` just before). With `keepExisting`, an existing
    /// destination is left as it is and the temporary file deleted (for content-named files,
    /// where an existing one holds the same bytes). Returns whether the file was moved.
    @discardableResult
    public func commit(to destination: String, keepExisting: Bool = false) throws(AtomicFile.WriteError) -> Bool {
        defer { discard() }
        if fsync(fd) != 0 { throw AtomicFile.WriteError(path: label, reason: String(cString: strerror(errno))) }
        let status = close(fd)
        fd = -1
        if status != 0 { throw AtomicFile.WriteError(path: label, reason: String(cString: strerror(errno))) }
        var info = stat()
        if lstat(destination, &info) == 0 {
            let kind = FileKind(mode: info.st_mode)
            guard kind == .regular else {
                throw AtomicFile.WriteError(path: label, reason: FileText.notWritableKind.text(kind.label))
            }
            if keepExisting { return false }
        }
        guard rename(path, destination) == 0 else {
            throw AtomicFile.WriteError(path: label, reason: String(cString: strerror(errno)))
        }
        finished = true
        return true
    }

    /// Closes and deletes the temporary file (nothing after a commit).
    public func discard() {
        if fd >= 0 {
            close(fd)
            fd = -1
        }
        if !finished {
            unlink(path)
            finished = true
        }
    }
}
