import CheckupSupport
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

/// What stands at the target decides how it is written: only a regular file (or nothing) is
/// replaced by a rename; devices and FIFOs are written through; links are followed; the rest is
/// refused (issue 14 item 2).
@Suite("Atomic file: what stands at the path")
struct AtomicFileTargetTests {
    @Test func devNullIsWrittenThroughAndStaysACharacterDevice() throws {
        #expect(try AtomicFile.plan(for: "/dev/null") == .writeThrough)
        try AtomicFile.write("a report nobody keeps", to: "/dev/null")
        #expect(linkKind("/dev/null") == S_IFCHR)
    }

    @Test func devFullIsPlannedAsWriteThrough() throws {
        // Only planned: the tests write to no real device but /dev/null.
        #expect(try AtomicFile.plan(for: "/dev/full") == .writeThrough)
    }

    @Test func aFullDeviceIsAWriteErrorAndStaysADevice() throws {
        let scratch = try ScratchDirectory()
        guard let full = scratch.characterDevice("full", minor: 7) else { return }  // not root: nothing to test
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write("report", to: full) }
        #expect(linkKind(full) == S_IFCHR)
        #expect(try scratch.entries() == ["full"])
    }

    @Test func aFIFOIsWrittenThroughToItsReader() throws {
        let scratch = try ScratchDirectory()
        let fifo = scratch.fifo("pipe")
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        try AtomicFile.write("through the pipe", to: fifo)
        var buffer = [UInt8](repeating: 0, count: 100)
        let got = read(reader, &buffer, buffer.count)
        #expect(String(decoding: buffer.prefix(max(got, 0)), as: UTF8.self) == "through the pipe")
        #expect(linkKind(fifo) == S_IFIFO)
        #expect(try scratch.entries() == ["pipe"])
    }

    @Test func aFIFOWithoutAReaderIsRefusedNotWaitedFor() throws {
        let scratch = try ScratchDirectory()
        let fifo = scratch.fifo("pipe")
        #expect(throws: AtomicFile.WriteError(path: fifo, reason: FileText.fifoHasNoReader.text())) {
            try AtomicFile.write("nobody listens", to: fifo)
        }
        #expect(linkKind(fifo) == S_IFIFO)
    }

    @Test func aLinkToARegularFileReplacesTheFileAndStaysALink() throws {
        let scratch = try ScratchDirectory()
        let target = scratch.file("real.csv")
        try AtomicFile.write("old", to: target)
        let link = scratch.file("link.csv")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        try AtomicFile.write("new", to: link)
        #expect(linkKind(link) == S_IFLNK)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new")
        #expect(try scratch.entries() == ["link.csv", "real.csv"])
    }

    @Test func aLinkToNothingIsRefused() throws {
        let scratch = try ScratchDirectory()
        let link = scratch.file("dangling")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: scratch.file("missing"))
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write("x", to: link) }
        #expect(linkKind(link) == S_IFLNK)
        #expect(try scratch.entries() == ["dangling"])
    }

    @Test func aLinkToDevNullIsWrittenThrough() throws {
        let scratch = try ScratchDirectory()
        let link = scratch.file("stdout-like")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/dev/null")
        try AtomicFile.write("x", to: link)
        #expect(linkKind(link) == S_IFLNK)
        #expect(linkKind("/dev/null") == S_IFCHR)
    }

    @Test func aDirectoryIsRefused() throws {
        let scratch = try ScratchDirectory()
        let directory = scratch.file("dir")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        #expect(throws: AtomicFile.WriteError(path: directory, reason: FileText.notWritableKind.text(FileKind.directory.label))) {
            try AtomicFile.write("x", to: directory)
        }
        #expect(linkKind(directory) == S_IFDIR)
        #expect(try scratch.entries() == ["dir"])
    }

    @Test func aReplacedFileKeepsItsPermissions() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.file("private.csv")
        try AtomicFile.write("old", to: path)
        chmod(path, 0o600)
        try AtomicFile.write("new", to: path)
        var info = stat()
        #expect(stat(path, &info) == 0 && info.st_mode & 0o777 == 0o600)
    }
}

/// Files are read only when they are regular files, checked with stat before any open (issue 14
/// item 7): a FIFO would block the open forever.
@Suite("Regular file check")
struct RegularFileTests {
    @Test func aRegularFileGivesItsSize() throws {
        let scratch = try ScratchDirectory()
        try AtomicFile.write("12345", to: scratch.file("a"))
        #expect(try RegularFile.check(scratch.file("a")) == 5)
    }

    @Test func aFIFOIsRefusedWithoutOpeningIt() throws {
        let scratch = try ScratchDirectory()
        let fifo = scratch.fifo("pipe")
        #expect(throws: FileRefusal(path: fifo, problem: .notRegular(.fifo))) { try RegularFile.check(fifo) }
    }

    @Test func devicesDirectoriesAndMissingFilesAreRefused() throws {
        #expect(throws: FileRefusal(path: "/dev/null", problem: .notRegular(.characterDevice))) {
            try RegularFile.check("/dev/null")
        }
        let scratch = try ScratchDirectory()
        #expect(throws: FileRefusal(path: scratch.path, problem: .notRegular(.directory))) { try RegularFile.check(scratch.path) }
        #expect(throws: FileRefusal(path: scratch.file("none"), problem: .noSuchFile)) { try RegularFile.check(scratch.file("none")) }
        #expect(RegularFile.problem(scratch.file("none"), missingIsFine: true) == nil)
    }

    @Test func theRefusalNamesThePathAndTheKindInTheLanguage() {
        let refusal = FileRefusal(path: "in.xml", problem: .notRegular(.fifo))
        #expect(FileText.notRegular.text("in.xml", FileText.kindFIFO.text(in: .en), in: .en) == "in.xml: not a regular file (FIFO); refused")
        #expect(refusal.description.hasPrefix("in.xml"))
    }
}
