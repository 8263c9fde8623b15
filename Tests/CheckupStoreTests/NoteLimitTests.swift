import CheckupCore
import CheckupStore
import Foundation
import Testing

/// The longest note an answer may carry (docs/limits.md).
@Suite("Note length limit")
struct NoteLimitTests {
    @Test(arguments: Backend.all) func aNoteOfTheLimitIsKeptAndOneCharacterMoreIsRefused(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let id = try fixture.start().session.id
        let limit = SessionRules.maxNoteLength
        #expect(limit == 4000)
        // Counted in characters, not bytes: 4,000 Chinese characters are 12,000 UTF-8 bytes.
        let longest = String(repeating: "隐", count: limit)
        try fixture.station.record(Answer(itemID: "m1", result: .fail, note: longest), session: id, by: "张三", now: StoreFixture.now)
        #expect(try fixture.store.findings(session: id).first?.answer.note == longest)

        #expect(throws: SessionError.noteTooLong("m1", length: limit + 1, limit: limit)) {
            try fixture.station.record(Answer(itemID: "m1", result: .fail, note: longest + "患"), session: id, by: "张三",
                                       now: StoreFixture.now)
        }
        // The refused answer changed nothing.
        #expect(try fixture.store.findings(session: id).first?.answer.note == longest)
    }

    @Test(arguments: Backend.all) func aPassWithAHugeNoteIsRefusedToo(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let id = try fixture.start().session.id
        let note = String(repeating: "x", count: 1_000_000)
        #expect(throws: SessionError.noteTooLong("m2", length: 1_000_000, limit: SessionRules.maxNoteLength)) {
            try fixture.station.record(Answer(itemID: "m2", result: .pass, note: note), session: id, by: "张三", now: StoreFixture.now)
        }
        #expect(try fixture.store.findings(session: id).isEmpty)
    }
}
