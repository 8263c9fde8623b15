import Crypto
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads one regular file through a single open descriptor and hashes (SHA-256) every byte it
/// hands out: what is hashed is exactly what was read, even if the file is replaced or
/// rewritten meanwhile. The one place a file is read and hashed (self-check import, evidence).
///
/// Opening never blocks: a FIFO, device or socket is refused before anything is read.
public final class HashingFileReader {
    /// Why a file could not be read: a short reason such as `strerror` gives.
    public struct Failure: Error, Sendable, Equatable {
        /// What went wrong.
        public var reason: String

        /// A FIFO, device, socket or anything else that is not a regular file or a directory.
        public static let notRegularFile = Failure(reason: "not a regular file")
    }

    /// The file as named.
    public let path: String
    /// Its size when it was opened.
    public let size: Int
    /// Bytes handed out (and hashed) so far.
    public private(set) var bytesRead = 0
    private let descriptor: Int32
    private var hasher = SHA256()

    /// Opens `path` for reading; refuses anything but a regular file.
    public init(path: String) throws(Failure) {
        self.path = path
        // O_NONBLOCK: opening a FIFO for reading would wait for a writer.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(reason: Self.lastError()) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let reason = Self.lastError()
            close(fd)
            throw Failure(reason: reason)
        }
        let mode = info.st_mode & S_IFMT
        guard mode == S_IFREG else {
            close(fd)
            throw mode == S_IFDIR ? Failure(reason: "is a directory") : .notRegularFile
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        descriptor = fd
        size = Int(info.st_size)
    }

    deinit { close(descriptor) }

    /// Reads up to `buffer.count` bytes into `buffer` and hashes them; 0 at the end of the file.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(Failure) -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        while true {
            let got = Self.readFD(descriptor, base, buffer.count)
            if got < 0 {
                if errno == EINTR { continue }
                throw Failure(reason: Self.lastError())
            }
            if got > 0 {
                hasher.update(bufferPointer: UnsafeRawBufferPointer(start: base, count: got))
                bytesRead += got
            }
            return got
        }
    }

    /// Reads the file's first `count` bytes (fewer if it ends sooner), hashed.
    public func read(upTo count: Int) throws(Failure) -> [UInt8] {
        var failure: Failure?
        let bytes = [UInt8](unsafeUninitializedCapacity: max(count, 1)) { buffer, filled in
            filled = 0
            while filled < count {
                do throws(Failure) {
                    let got = try read(into: UnsafeMutableRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(buffer)[filled..<count]))
                    if got == 0 { return }
                    filled += got
                } catch {
                    failure = error
                    return
                }
            }
        }
        if let failure { throw failure }
        return bytes
    }

    /// Reads (and hashes) the rest of the file, up to `limit` bytes in all; answers whether the
    /// end was reached within it.
    public func readToEnd(limit: Int) throws(Failure) -> Bool {
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 * 1024, alignment: 16)
        defer { chunk.deallocate() }
        while bytesRead <= limit {
            if try read(into: chunk) == 0 { return true }
        }
        return false
    }

    /// The SHA-256 of every byte read so far, as 64 lowercase hex digits.
    public func sha256() -> String {
        ContentHash.hex(hasher.finalize())
    }

    @inline(__always)
    private static func readFD(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(fd, buffer, count)
        #else
        Darwin.read(fd, buffer, count)
        #endif
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}
