import Foundation

/// A scratch directory for the file-safety tests, removed when released, with helpers that make
/// the special files the tests need inside it (never in /dev).
final class ScratchDirectory {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("checkup-files-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { path + "/" + name }

    /// A FIFO named `name`.
    func fifo(_ name: String) -> String {
        let fifo = file(name)
        precondition(mkfifo(fifo, 0o600) == 0, "mkfifo failed")
        return fifo
    }

    /// A character device node with the numbers of /dev/full (1, 7) or /dev/null (1, 3), made
    /// here with mknod (root only); nil when the system refuses.
    func characterDevice(_ name: String, major: UInt32 = 1, minor: UInt32) -> String? {
        let node = file(name)
        return mknod(node, S_IFCHR | 0o666, dev_t(major << 8 | minor)) == 0 ? node : nil
    }

    /// The entries of the directory (hidden ones included), sorted.
    func entries() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    }
}

/// The kind of what stands at `path` itself (`lstat`: a link is a link).
func linkKind(_ path: String) -> mode_t? {
    var info = stat()
    guard lstat(path, &info) == 0 else { return nil }
    return info.st_mode & S_IFMT
}
