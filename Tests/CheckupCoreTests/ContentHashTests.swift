import CheckupCore
import Foundation
import Testing

/// SHA-256 fingerprints keep the form stored in every station's database: 64 lowercase hex
/// digits, as `sha256sum` prints them.
@Suite("Content hash")
struct ContentHashTests {
    @Test func digestsAreLowercaseHexAsSha256sumPrintsThem() {
        #expect(ContentHash.sha256([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(ContentHash.sha256(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(ContentHash.sha256(Data("照片".utf8)) == ContentHash.sha256(Array("照片".utf8)))
    }

    @Test func aFileReadInChunksHashesAsItsBytesDo() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("hash-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let bytes = (0..<200_003).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let reader = try HashingFileReader(path: path)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 4093, alignment: 1)
        defer { buffer.deallocate() }
        var read: [UInt8] = []
        while case let got = try reader.read(into: buffer), got > 0 { read += buffer[..<got] }
        #expect(read == bytes && reader.size == bytes.count)
        #expect(reader.sha256() == ContentHash.sha256(bytes))
    }

    @Test func aFIFOIsRefusedBeforeAnythingIsRead() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("fifo-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(mkfifo(path, 0o600) == 0)
        #expect(throws: HashingFileReader.Failure.notRegularFile) { try HashingFileReader(path: path) }
    }
}
