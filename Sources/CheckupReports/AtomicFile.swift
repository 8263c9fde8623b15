import Foundation

/// Writes files that leave the station atomically: the bytes go to a temporary file in the same
/// directory, are flushed to disk, and then the temporary file is renamed over the target. A
/// crash, a full disk or a read-only directory leaves the previous file intact.
public enum AtomicFile {
    /// Why a report could not be written.
    public struct WriteError: Error, CustomStringConvertible, Sendable, Equatable {
        /// The target path.
        public var path: String
        /// The system's reason.
        public var reason: String

        public var description: String { "\(path): cannot write: \(reason)" }
    }

    /// Writes `data` to `path` atomically.
    public static func write(_ data: Data, to path: String) throws(WriteError) {
        do {
            try write(to: path) { sink in try data.withUnsafeBytes { try sink($0.bindMemory(to: UInt8.self)) } }
        } catch let error as WriteError {
            throw error
        } catch {
            throw WriteError(path: path, reason: String(describing: error))
        }
    }

    /// Writes to `path` atomically what `body` gives its sink, piece by piece, so that a large
    /// report need not be held whole. An error thrown by `body` leaves the previous file as it
    /// was and is thrown again; a failed write throws `WriteError`.
    public static func write(to path: String,
                             _ body: (_ sink: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        let temp = (directory as NSString).appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        var closed = false
        do {
            try body { bytes in
                var offset = 0
                while offset < bytes.count, let base = bytes.baseAddress {
                    let written = Foundation.write(fd, base + offset, bytes.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        throw WriteError(path: path, reason: String(cString: strerror(errno)))
                    }
                    offset += written
                }
            }
            if fsync(fd) != 0 { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
            closed = true
            if close(fd) != 0 { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
            if rename(temp, path) != 0 { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        } catch {
            if !closed { close(fd) }
            unlink(temp)
            throw error
        }
    }

    /// Writes `text` as UTF-8.
    public static func write(_ text: String, to path: String) throws(WriteError) {
        try write(Data(text.utf8), to: path)
    }
}
