@testable import CheckupImport
import CheckupCore
import CheckupStore
import Foundation
import Testing

/// Each self-check file is read through one open descriptor: the bytes hashed are the bytes
/// parsed, and a file that cannot be read costs that file only.
@Suite("Reading one self-check file")
struct SelfCheckFileReadingTests {
    /// A lookup that knows no earlier import.
    struct NoDuplicates: SelfCheckHashLookup {
        func session(contentHash: String) throws -> Int64? { nil }
    }

    /// A self-check performed by `performer`, padded with a comment to at least `size` bytes.
    static func text(performer: String, size: Int) -> String {
        let base = SelfCheckStation.text().replacingOccurrences(
            of: "<performed-by>王建华</performed-by>", with: "<performed-by>\(performer)</performed-by>")
        let padding = String(repeating: "x", count: max(0, size - base.utf8.count))
        return base.replacingOccurrences(of: "</selfcheck>", with: "<!-- \(padding) -->\n</selfcheck>")
    }

    /// Issue 14 item 6: a file replaced (renamed over) while it is imported must not be stored
    /// as the new content under the old content's hash, or the reverse. Both sizes: read whole,
    /// and streamed past `SelfCheckPreparer.inMemoryLimit`.
    @Test(arguments: [20_000, 5 * 1_048_576])
    func aFileReplacedAfterItWasOpenedIsHashedAndParsedAsItWasWhenOpened(size: Int) throws {
        let station = try SelfCheckStation()
        let original = Self.text(performer: "甲", size: size)
        let path = try station.write("a.xml", original)
        let replacement = try station.write("b.xml", Self.text(performer: "乙", size: size))
        var preparer = SelfCheckPreparer(catalog: try SelfCheckCatalog(catalog: station.catalog),
                                         now: SelfCheckStation.now, limits: .stream)
        preparer.opened = { path in _ = rename(replacement, path) }
        let prepared = preparer.prepare(SelfCheckFiles.Found(path: path, problem: nil), lookup: NoDuplicates())
        guard case .submission(let submission) = prepared.result else {
            Issue.record("not a submission: \(prepared.result)")
            return
        }
        #expect(submission.document.performedBy == "甲")
        #expect(submission.contentHash == ContentHash.sha256(Array(original.utf8)))
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("乙"))
    }

    @Test func aStreamedFileImportedTwiceIsADuplicateTheSecondTime() throws {
        let station = try SelfCheckStation()
        let path = try station.write("big.xml", Self.text(performer: "甲", size: 5 * 1_048_576))
        let first = try station.importing([path]).outcomes.first?.outcome
        let second = try station.importing([path]).outcomes.first?.outcome
        #expect(first?.status == "imported")
        #expect(second == .duplicate(session: try #require(first?.session)))
    }

    /// Issue 14 items 1 and 7: a FIFO named among good files is refused at once (opening it
    /// for reading would wait for a writer forever) and the good files are stored.
    @Test func aFIFONamedAmongGoodFilesIsRefusedWithoutWaitingAndTheOthersImport() throws {
        let station = try SelfCheckStation()
        let fifo = station.inbox.appendingPathComponent("pipe.xml").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let (outcomes, summary) = try station.importing([
            try station.sample("04-hengyuan-2026-11-05.xml"), fifo, try station.sample("06-hemei-2026-11-08.xml"),
        ])
        #expect(outcomes.map(\.outcome.status) == ["imported", "refused", "imported"])
        #expect(outcomes[1].outcome.errors.map(\.message) == ["无法读取：" + (RegularFile.problem(fifo) ?? "")])
        #expect(RegularFile.problem(fifo)?.contains("FIFO") == true)
        #expect(summary.imported == 2 && summary.refused == 1)
    }
}
