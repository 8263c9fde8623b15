/// Messages about files named on the command line or in the data: what could not be read or
/// written, and why.
public enum FileText: String, CatalogMessage {
    /// `{0}` does not exist.
    case noSuchFile
    /// `{0}` is a FIFO, device, socket or directory where a regular file is needed; `{1}` names the kind.
    case notRegular
    /// The reason alone, for messages that name the path themselves: `{0}` names the kind.
    case notRegularReason
    /// The reason alone: the file does not exist.
    case noSuchFileReason
    /// `{0}` could not be written; `{1}` says why.
    case cannotWrite
    /// Why a path cannot be written: it is a `{0}` (directory, block device, socket).
    case notWritableKind
    /// Why a FIFO cannot be written: nobody reads it.
    case fifoHasNoReader
    /// Why a symbolic link cannot be written through: its target `{0}` does not exist.
    case brokenLink
    /// A file kind: directory.
    case kindDirectory
    /// A file kind: FIFO (named pipe).
    case kindFIFO
    /// A file kind: character device.
    case kindCharacterDevice
    /// A file kind: block device.
    case kindBlockDevice
    /// A file kind: socket.
    case kindSocket
    /// A file kind: symbolic link.
    case kindSymbolicLink
    /// A file kind the system reports but Checkup does not name.
    case kindUnknown

    public var zh: String {
        switch self {
        case .noSuchFile: "{0}：没有这个文件"
        case .notRegular: "{0}：不是普通文件（{1}），拒绝读取"
        case .notRegularReason: "不是普通文件（{0}）"
        case .noSuchFileReason: "没有这个文件"
        case .cannotWrite: "{0}：无法写入：{1}"
        case .notWritableKind: "这是{0}；Checkup 只写入普通文件（原子替换）、字符设备（如 /dev/null）和命名管道"
        case .fifoHasNoReader: "命名管道没有读取方，未写入"
        case .brokenLink: "符号链接指向的 {0} 不存在，未写入"
        case .kindDirectory: "目录"
        case .kindFIFO: "命名管道 FIFO"
        case .kindCharacterDevice: "字符设备"
        case .kindBlockDevice: "块设备"
        case .kindSocket: "套接字"
        case .kindSymbolicLink: "符号链接"
        case .kindUnknown: "未知类型"
        }
    }

    public var en: String {
        switch self {
        case .noSuchFile: "{0}: no such file"
        case .notRegular: "{0}: not a regular file ({1}); refused"
        case .notRegularReason: "not a regular file ({0})"
        case .noSuchFileReason: "no such file"
        case .cannotWrite: "{0}: cannot write: {1}"
        case .notWritableKind: "it is a {0}; Checkup writes only regular files (replaced atomically), character devices such as /dev/null, and FIFOs"
        case .fifoHasNoReader: "the FIFO has no reader; nothing written"
        case .brokenLink: "the symbolic link points to {0}, which does not exist; nothing written"
        case .kindDirectory: "directory"
        case .kindFIFO: "FIFO"
        case .kindCharacterDevice: "character device"
        case .kindBlockDevice: "block device"
        case .kindSocket: "socket"
        case .kindSymbolicLink: "symbolic link"
        case .kindUnknown: "unknown kind"
        }
    }
}
