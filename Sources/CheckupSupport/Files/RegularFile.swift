import Foundation

/// Why a path named for reading was refused before it was opened.
public struct FileRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was wrong.
    public enum Problem: Sendable, Equatable {
        /// Nothing is there.
        case noSuchFile
        /// Something other than a regular file is there.
        case notRegular(FileKind)
        /// `stat` failed for another reason (the system's words).
        case cannotExamine(String)
    }

    /// The path as given.
    public var path: String
    /// What was wrong.
    public var problem: Problem

    /// Creates a refusal.
    public init(path: String, problem: Problem) {
        self.path = path
        self.problem = problem
    }

    /// The reason without the path, for messages that name the path themselves.
    public var reason: String {
        switch problem {
        case .noSuchFile: FileText.noSuchFileReason.text()
        case .notRegular(let kind): FileText.notRegularReason.text(kind.label)
        case .cannotExamine(let reason): reason
        }
    }

    /// One line naming the path, in the process's language.
    public var description: String {
        switch problem {
        case .noSuchFile: FileText.noSuchFile.text(path)
        case .notRegular(let kind): FileText.notRegular.text(path, kind.label)
        case .cannotExamine(let reason): "\(path): \(reason)"
        }
    }
}

/// The check made before any file named from outside is opened for reading: it must be a regular
/// file. A FIFO would block the open until a writer appears (forever, in a batch import), a
/// device such as /dev/zero never ends, a socket cannot be opened at all and a directory is not a
/// file. The check uses `stat` (following symbolic links: a link to a regular file is read), never
/// `open`, so it cannot block.
public enum RegularFile {
    /// The size of the regular file at `path`, or the refusal.
    @discardableResult
    public static func check(_ path: String) throws(FileRefusal) -> Int64 {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw FileRefusal(path: path, problem: .noSuchFile) }
            throw FileRefusal(path: path, problem: .cannotExamine(String(cString: strerror(code))))
        }
        let kind = FileKind(mode: info.st_mode)
        guard kind == .regular else { throw FileRefusal(path: path, problem: .notRegular(kind)) }
        return Int64(info.st_size)
    }

    /// Why `path` cannot be read as a regular file (without the path), or nil when it can. With
    /// `missingIsFine`, a path where nothing exists yet passes (a database about to be created).
    public static func problem(_ path: String, missingIsFine: Bool = false) -> String? {
        do {
            try check(path)
            return nil
        } catch {
            if missingIsFine, error.problem == .noSuchFile { return nil }
            return error.reason
        }
    }
}
