import CheckupCore
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    /// for `*.xml` self-check files and `*.xlsx` Excel forms (any case; `*.xlsm` too, to be
    /// refused for its macros), skipping hidden files and directories (such as the
    /// `._name.xml` files macOS leaves on USB sticks), the `~$name.xlsx` lock files Excel and
    /// WPS leave beside an open workbook, and not following links to directories. Files of a
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

    /// Adds the `*.xml`, `*.xlsx` and `*.xlsm` files below `directory` to `files` (readdir: FileManager's enumerator
    /// builds a URL per entry, which costs more than a township's folder deserves).
    static func walk(_ directory: String, into files: inout [String]) {
        guard let handle = opendir(directory) else { return }
        defer { closedir(handle) }
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard !name.hasPrefix("."), !name.hasPrefix("~$") else { continue }
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
            } else if type == UInt8(DT_REG), name.lowercased().hasSuffix(".xml") || SelfCheckFormReader.isWorkbook(name) {
                files.append(path)
            }
        }
    }
}
