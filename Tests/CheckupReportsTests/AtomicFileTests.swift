import CheckupReports
import Foundation
import Testing

/// Reports are written whole or not at all.
@Suite("Atomic file")
struct AtomicFileTests {
    private struct Interrupted: Error {}

    private func directory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("checkup-atomic-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func piecesWrittenThroughTheSinkMakeTheFile() throws {
        let dir = try directory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/report.json"
        try AtomicFile.write(to: path) { sink in
            for piece in ["[", "1,", "2", "]"] { try Array(piece.utf8).withUnsafeBufferPointer(sink) }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "[1,2]")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["report.json"])
    }

    @Test func aFailureHalfWayLeavesThePreviousFileAndNoTemporaryFile() throws {
        let dir = try directory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/report.json"
        try AtomicFile.write("previous", to: path)
        #expect(throws: Interrupted.self) {
            try AtomicFile.write(to: path) { sink in
                try Array("half a rep".utf8).withUnsafeBufferPointer(sink)
                throw Interrupted()
            }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "previous")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["report.json"])
    }

    @Test func anUnwritableDirectoryIsAWriteError() {
        #expect(throws: AtomicFile.WriteError.self) {
            try AtomicFile.write(to: "/nonexistent-\(UUID().uuidString)/report.json") { _ in }
        }
    }
}
