import CheckupCore
import Foundation

/// Evidence files (photos, scans) copied into the station's own directory under their SHA-256,
/// so the original may be on a camera card that is wiped tomorrow. Identical files are kept once.
public struct EvidenceStore: Sendable {
    /// The directory holding the copies (`<hash prefix>/<hash>`).
    public let directory: String

    /// Largest evidence file accepted (a long video would not belong in a station record).
    public static let maxBytes: Int64 = 512 * 1_048_576

    /// Creates a store rooted at `directory` (created on first use).
    public init(directory: String) {
        self.directory = directory
    }

    /// The evidence directory beside a database file.
    public static func beside(database path: String) -> EvidenceStore {
        let base = (path as NSString).deletingLastPathComponent
        return EvidenceStore(directory: ((base.isEmpty ? "." : base) as NSString).appendingPathComponent("evidence"))
    }

    /// Where the copy of a file with this hash lives.
    public func path(for sha256: String) -> String {
        let prefix = String(sha256.prefix(2))
        return ((directory as NSString).appendingPathComponent(prefix) as NSString).appendingPathComponent(sha256)
    }

    /// Hashes and copies `source` into the store (atomically: a temporary file renamed into
    /// place by `TemporaryFile`) and returns its reference. A file already stored is not copied
    /// again. Only a regular file is read: a FIFO, device, socket or directory is refused before
    /// it is opened (a FIFO would block the open).
    public func add(file source: String) throws(SessionError) -> EvidenceRef {
        do {
            try RegularFile.check(source)
        } catch {
            throw .evidenceUnreadable(source, reason: error.reason)
        }
        let input: HashingFileReader
        do {
            input = try HashingFileReader(path: source)
        } catch {
            throw .evidenceUnreadable(source, reason: error == .notRegularFile ? error.reason : "permission denied")
        }
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let temp = try TemporaryFile(directory: directory, name: "incoming", label: directory)
            let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
            defer { chunk.deallocate() }
            var size: Int64 = 0
            while true {
                let got = try input.read(into: chunk)
                if got == 0 { break }
                size += Int64(got)
                if size > Self.maxBytes {
                    throw SessionError.evidenceUnreadable(source, reason: "larger than \(Self.maxBytes / 1_048_576) MB")
                }
                try temp.write(UnsafeRawBufferPointer(rebasing: chunk[..<got]))
            }
            let hash = input.sha256()
            let destination = path(for: hash)
            try manager.createDirectory(atPath: (destination as NSString).deletingLastPathComponent,
                                        withIntermediateDirectories: true)
            _ = try temp.commit(to: destination, keepExisting: true)
            return EvidenceRef(sha256: hash, originalName: (source as NSString).lastPathComponent, size: size)
        } catch let error as SessionError {
            throw error
        } catch let failure as HashingFileReader.Failure {
            throw .evidenceUnreadable(source, reason: failure.reason)
        } catch let error as AtomicFile.WriteError {
            throw .evidenceUnreadable(source, reason: "cannot write to evidence store: \(error.description)")
        } catch {
            throw .evidenceUnreadable(source, reason: (error as NSError).localizedDescription)
        }
    }
}
