import CheckupCore
import CheckupStore
import Foundation

/// The real `EvidencePathCheck` that `inspect` gives its shell: each evidence path is looked
/// at as it is typed, with `stat` only — nothing is opened, so a FIFO (whose open would block
/// until a writer appears) or a device is refused without being touched.
enum EvidencePathChecker {
    /// The check, as the shell takes it.
    static let check: EvidencePathCheck = { problem(at: $0) }

    /// Why the file at `path` cannot be evidence, or nil: it must exist, be a regular file (a
    /// symbolic link to one is fine), be readable, and be within `EvidenceStore.maxBytes`.
    static func problem(at path: String) -> EvidencePathProblem? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            return errno == EACCES ? .unreadable : .missing
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .directory
        default: return .notRegularFile
        }
        guard access(path, R_OK) == 0 else { return .unreadable }
        if Int64(info.st_size) > EvidenceStore.maxBytes {
            return .tooLarge(limitMB: EvidenceStore.maxBytes / 1_048_576)
        }
        return nil
    }
}
