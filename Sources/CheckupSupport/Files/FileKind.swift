import Foundation

/// What stands at a path, as `stat` or `lstat` report it. Checkup reads only regular files and
/// replaces only regular files; every other kind is named in the refusal.
public enum FileKind: Sendable, Equatable {
    /// A regular file.
    case regular
    /// A directory.
    case directory
    /// A FIFO (named pipe): opening it for reading blocks until a writer comes.
    case fifo
    /// A character device such as /dev/null or a terminal.
    case characterDevice
    /// A block device (a disk).
    case blockDevice
    /// A socket.
    case socket
    /// A symbolic link (only `lstat` sees one).
    case symbolicLink
    /// Anything else the system may report.
    case unknown

    /// The kind of a `st_mode`.
    public init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .directory
        case S_IFIFO: self = .fifo
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        case S_IFSOCK: self = .socket
        case S_IFLNK: self = .symbolicLink
        default: self = .unknown
        }
    }

    /// The kind of what `path` names, following symbolic links (`stat`); nil when nothing is
    /// there (or it cannot be examined).
    public static func of(_ path: String) -> FileKind? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileKind(mode: info.st_mode)
    }

    /// The kind's name in the process's language, for messages.
    public var label: String {
        switch self {
        case .regular: "regular"
        case .directory: FileText.kindDirectory.text()
        case .fifo: FileText.kindFIFO.text()
        case .characterDevice: FileText.kindCharacterDevice.text()
        case .blockDevice: FileText.kindBlockDevice.text()
        case .socket: FileText.kindSocket.text()
        case .symbolicLink: FileText.kindSymbolicLink.text()
        case .unknown: FileText.kindUnknown.text()
        }
    }
}
