import CheckupCore
import Foundation
import Testing

/// Reading the enterprise list file: the size limit comes before any byte is read (docs/limits.md).
@Suite("Enterprise CSV file reading")
struct EnterpriseCSVFileTests {
    func temporaryFile(_ name: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("checkup-csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent(name)
    }

    @Test func aFileOverTheLimitIsRefusedUnread() throws {
        let url = try temporaryFile("huge.csv")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        // A sparse file one byte over 16 MB: its size alone decides.
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(EnterpriseCSV.maxBytes + 1))
        try handle.close()
        #expect(EnterpriseCSV.maxBytes == 16 * 1_048_576)
        #expect(throws: EnterpriseCSV.FileError.tooLarge(size: EnterpriseCSV.maxBytes + 1, limit: EnterpriseCSV.maxBytes)) {
            _ = try EnterpriseCSV.contents(ofFile: url.path)
        }
        let message = EnterpriseCSV.FileError.tooLarge(size: EnterpriseCSV.maxBytes + 1, limit: EnterpriseCSV.maxBytes).description
        #expect(message == "文件大小 16 MB，超过 16 MB 的上限；请把名单拆成较小的文件")
    }

    @Test func aFileOfExactlyTheLimitIsRead() throws {
        let url = try temporaryFile("list.csv")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let text = "credit_code,name,township\n91350100M000100Y43,甲公司,孝顺镇\n"
        try Data(text.utf8).write(to: url)
        #expect(try EnterpriseCSV.contents(ofFile: url.path, limit: text.utf8.count) == text)
        #expect(throws: EnterpriseCSV.FileError.tooLarge(size: text.utf8.count, limit: text.utf8.count - 1)) {
            _ = try EnterpriseCSV.contents(ofFile: url.path, limit: text.utf8.count - 1)
        }
    }

    @Test func missingDirectoryAndNonUTF8AreRefusedWithTheirReason() throws {
        let url = try temporaryFile("gbk.csv")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        #expect(throws: EnterpriseCSV.FileError.cannotRead(reason: FileText.noSuchFileReason.text())) {
            _ = try EnterpriseCSV.contents(ofFile: url.path)
        }
        #expect(throws: EnterpriseCSV.FileError.cannotRead(reason: FileText.notRegularReason.text(FileKind.directory.label))) {
            _ = try EnterpriseCSV.contents(ofFile: url.deletingLastPathComponent().path)
        }
        try Data([0xC6, 0xF3, 0xD2, 0xB5, 0x0A]).write(to: url)  // 企业 in GBK
        #expect(throws: EnterpriseCSV.FileError.notUTF8) { _ = try EnterpriseCSV.contents(ofFile: url.path) }
    }
}
