import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the file system holding the station database says when SQLite can only say "disk I/O
/// error" or "unable to open database file": a WAL database needs room for, and write access
/// to, its `-shm` index even to be read, so a full disk or read-only media stop every command
/// with SQLite's generic words. The hint tells the station what to do.
enum DiskCondition {
    /// The hint for the database at `path`, or nil when its file system is writable and has room.
    static func hint(forDatabaseAt path: String) -> String? {
        let directory = (path as NSString).deletingLastPathComponent
        var info = statvfs()
        guard statvfs(directory.isEmpty ? "." : directory, &info) == 0 else { return nil }
        let readOnly = info.f_flag & UInt(ST_RDONLY) != 0
        return hint(readOnly: readOnly, bytesFree: UInt64(info.f_bavail) * UInt64(info.f_frsize))
    }

    /// Below this many free bytes a disk counts as full: SQLite needs a few pages at least.
    static let fullBelow: UInt64 = 64 * 1024

    /// The hint for a file system in this condition, or nil.
    static func hint(readOnly: Bool, bytesFree: UInt64) -> String? {
        if readOnly {
            return "the station database is on a read-only file system; copy it to a writable directory to use it"
        }
        if bytesFree < fullBelow {
            return "the disk holding the station database is full; free some space and run the command again "
                + "(nothing recorded is lost)"
        }
        return nil
    }

    /// `reason`, with the hint appended when the file system explains it.
    static func explained(_ reason: String, databaseAt path: String) -> String {
        guard let hint = hint(forDatabaseAt: path) else { return reason }
        return "\(reason): \(hint)"
    }
}
