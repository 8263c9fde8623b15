import CheckupCore
import CheckupStore
import Foundation
import Testing

@Suite("Sessions in the station database")
struct SessionStoreTests {
    @Test(arguments: Backend.all) func startingTwiceResumesTheOpenSession(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let first = try fixture.start()
        let second = try fixture.start()
        #expect(first.session.id == second.session.id)
        #expect(!first.resumed && second.resumed)
    }

    @Test(arguments: Backend.all) func answersAreSavedAtOnceAndReadBackInOrder(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let id = try fixture.start().session.id
        try fixture.station.record(Answer(itemID: "m2", result: .pass), session: id, by: "张三", now: StoreFixture.now)
        try fixture.station.record(Answer(itemID: "m1", result: .fail, note: "无责任制"), session: id, by: "张三", now: StoreFixture.now)
        let findings = try fixture.store.findings(session: id)
        #expect(findings.map(\.itemID) == ["m2", "m1"])
        #expect(findings[1].answer.note == "无责任制")
    }

    @Test(arguments: Backend.all) func changingAnAnswerKeepsTheEarlierOneInHistory(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let id = try fixture.start().session.id
        try fixture.station.record(Answer(itemID: "m1", result: .pass), session: id, by: "张三", now: StoreFixture.now)
        try fixture.station.record(Answer(itemID: "m1", result: .fail, note: "复核发现缺失"), session: id, by: "李四",
                                   now: StoreFixture.now.addingTimeInterval(60))
        let history = try fixture.store.history(session: id)
        #expect(history.count == 2)
        #expect(history[1].oldResult == .pass && history[1].newResult == .fail && history[1].changedBy == "李四")
        #expect(try fixture.store.findings(session: id).count == 1)
    }

    @Test(arguments: Backend.all) func aCompletedSessionRefusesChanges(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let id = try fixture.start().session.id
        _ = try fixture.station.complete(id, now: StoreFixture.now)
        #expect(throws: SessionError.sessionClosed(id, .completed)) {
            try fixture.station.record(Answer(itemID: "m1", result: .pass), session: id, by: "张三", now: StoreFixture.now)
        }
        #expect(try fixture.store.findings(session: id).isEmpty)
    }

    @Test(arguments: Backend.all) func unknownItemIsRefusedAndNothingWritten(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let id = try fixture.start().session.id
        #expect(throws: SessionError.unknownItem("zz", checklist: "mini")) {
            try fixture.station.record(Answer(itemID: "zz", result: .pass), session: id, by: "张三", now: StoreFixture.now)
        }
        #expect(try fixture.store.history(session: id).isEmpty)
    }

    @Test(arguments: Backend.all) func itemExcludedByProfileIsRefused(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let id = try fixture.start(profile: "no-fire").session.id
        #expect(throws: SessionError.itemNotApplicable("f1", profile: "no-fire")) {
            try fixture.station.record(Answer(itemID: "f1", result: .pass), session: id, by: "张三", now: StoreFixture.now)
        }
    }

    @Test(arguments: Backend.all) func itemForAnotherIndustryIsRefused(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let opened = try fixture.start()
        #expect(!opened.items.map(\.id).contains("k1"))
        #expect(throws: SessionError.self) {
            try fixture.station.record(Answer(itemID: "k1", result: .pass), session: opened.session.id, by: "张三", now: StoreFixture.now)
        }
    }

    @Test(arguments: Backend.all) func unknownSessionAndEnterpriseAreRefused(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        #expect(throws: SessionError.unknownSession(99)) { _ = try fixture.station.open(99) }
        #expect(throws: SessionError.unknownEnterprise("91350100M000100Y43X")) {
            _ = try fixture.station.startOrResume(checklist: "mini", enterprise: "91350100M000100Y43X",
                                                  inspectors: ["张三"], profile: nil, now: StoreFixture.now)
        }
    }

    @Test(arguments: Backend.all) func failWithoutNoteIsRefused(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let id = try fixture.start().session.id
        #expect(throws: SessionError.noteRequired("m1")) {
            try fixture.station.record(Answer(itemID: "m1", result: .fail, note: "  "), session: id, by: "张三", now: StoreFixture.now)
        }
    }

    @Test(arguments: Backend.all) func editingTheChecklistFileLaterDoesNotChangeTheSession(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let id = try fixture.start().session.id
        var text = try String(contentsOf: fixture.catalogFile, encoding: .utf8)
        text = text.replacingOccurrences(of: "责任制</title>", with: "已修改</title>")
        try text.write(to: fixture.catalogFile, atomically: true, encoding: .utf8)
        let reopened = try fixture.station.open(id)
        #expect(reopened.checklist.item("m1")?.title.primary == "责任制")
    }

    @Test(arguments: Backend.all) func evidenceIsCopiedUnderItsHashAndAMissingFileWritesNothing(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let id = try fixture.start().session.id
        let photo = fixture.directory.appendingPathComponent("IMG_0001.jpg")
        try Data("照片".utf8).write(to: photo)
        try fixture.station.record(Answer(itemID: "m1", result: .fail, note: "缺失"), evidencePaths: [photo.path],
                                   session: id, by: "张三", now: StoreFixture.now)
        let ref = try #require(try fixture.store.findings(session: id).first?.answer.evidence.first)
        #expect(ref.originalName == "IMG_0001.jpg" && ref.sha256 == ContentHash.sha256(Data("照片".utf8)))
        try FileManager.default.removeItem(at: photo)
        #expect(FileManager.default.fileExists(atPath: fixture.station.evidence.path(for: ref.sha256)))

        #expect(throws: SessionError.self) {
            try fixture.station.record(Answer(itemID: "m2", result: .fail, note: "x"),
                                       evidencePaths: [photo.path], session: id, by: "张三", now: StoreFixture.now)
        }
        #expect(try fixture.store.findings(session: id).count == 1)
    }

    @Test func databaseIsInWALModeWithFullSync() throws {
        let fixture = try StoreFixture()
        #expect(try fixture.sqlite.integrityCheck() == "ok")
        #expect(try fixture.sqlite.pragma("journal_mode") == "wal")
        #expect(try fixture.sqlite.pragma("synchronous") == "2")
    }
}

@Suite("Enterprise register")
struct EnterpriseStoreTests {
    @Test(arguments: Backend.all) func registeringTwiceIsRefusedUnlessUpdating(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let again = Enterprise(creditCode: StoreFixture.code, name: "新名称", township: "孝顺镇")
        #expect(throws: StoreError.enterpriseExists(StoreFixture.code)) {
            try fixture.store.saveEnterprise(again, update: false, now: StoreFixture.now)
        }
        try fixture.store.saveEnterprise(again, update: true, now: StoreFixture.now)
        #expect(try fixture.store.enterprise(StoreFixture.code)?.name == "新名称")
    }

    @Test(arguments: Backend.all) func listsByTownship(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        try fixture.store.saveEnterprise(Enterprise(creditCode: "91330703MA2HXXXXX1", name: "乙", township: "傅村镇", codeValid: false),
                                         update: false, now: StoreFixture.now)
        #expect(try fixture.store.enterprises(township: "傅村镇").map(\.name) == ["乙"])
        #expect(try fixture.store.enterprises(township: nil).count == 2)
    }
}
