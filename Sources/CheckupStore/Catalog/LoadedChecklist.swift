import CheckupCore
import Foundation

/// A checklist together with the exact bytes it was read from, so a session can keep a
/// snapshot that later edits of the file never change.
public struct LoadedChecklist: Sendable, Hashable {
    /// The parsed definition.
    public var checklist: Checklist
    /// The file it came from (or `snapshot:ID` when restored from a session).
    public var path: String
    /// The file's bytes as read.
    public var bytes: [UInt8]
    /// SHA-256 of `bytes`, lowercase hex.
    public var contentHash: String

    /// Creates a value.
    public init(checklist: Checklist, path: String, bytes: [UInt8], contentHash: String) {
        self.checklist = checklist
        self.path = path
        self.bytes = bytes
        self.contentHash = contentHash
    }
}
