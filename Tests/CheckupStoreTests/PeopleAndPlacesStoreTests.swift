import CheckupCore
import CheckupStore
import Foundation
import GRDB
import Testing

/// The people and places the documents print, in the database (SQLite migration
/// `v14-people-and-places`, PostgreSQL `7-people-and-places`): the enterprise's legal
/// representative, the place inspected and the person present of a session, and the place of a
/// failed item (隐患部位) on its finding and its hazard.
@Suite("People and places in the store")
struct PeopleAndPlacesStoreTests {
    static let other = "91330703MA2HKL1P7M"

    @Test("the legal representative is stored with the enterprise and read back", arguments: Backend.all)
    func legalRepresentative(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        var enterprise = try #require(try fixture.store.enterprise(StoreFixture.code))
        enterprise.legalRepresentative = "王建国"
        try fixture.store.saveEnterprise(enterprise, update: true, now: StoreFixture.now)
        #expect(try fixture.reopened().enterprise(StoreFixture.code)?.legalRepresentative == "王建国")
        #expect(try fixture.store.enterprises(township: "孝顺镇").first?.legalRepresentative == "王建国")
    }

    @Test("an imported list sets the legal representative, and a row without one keeps it", arguments: Backend.all)
    func importKeepsLegalRepresentative(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let first = Enterprise(creditCode: Self.other, name: "金华某某机械有限公司", township: "孝顺镇",
                               legalRepresentative: "李四")
        _ = try fixture.store.saveEnterprises([first], now: StoreFixture.now)
        #expect(try fixture.store.enterprise(Self.other)?.legalRepresentative == "李四")
        var again = first
        again.legalRepresentative = nil
        again.address = "孝顺镇工业区8号"
        _ = try fixture.store.saveEnterprises([again], now: StoreFixture.now)
        let read = try #require(try fixture.store.enterprise(Self.other))
        #expect(read.legalRepresentative == "李四")
        #expect(read.address == "孝顺镇工业区8号")
    }

    @Test("a new inspection records the place given and the person present", arguments: Backend.all)
    func placeAndPersonAtStart(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let opened = try fixture.station.startOrResume(
            checklist: "mini", enterprise: StoreFixture.code, inspectors: ["张三"], profile: nil,
            people: SessionPeopleInput(place: "二号车间", presentName: "王五", presentPost: "安全管理员"), now: StoreFixture.now)
        let read = try #require(try fixture.reopened().session(opened.session.id))
        #expect(read.place == "二号车间")
        #expect(read.present == PersonPresent(name: "王五", post: "安全管理员"))
    }

    @Test("without --place an inspection records the enterprise's address", arguments: Backend.all)
    func placeDefaultsToAddress(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        var enterprise = try #require(try fixture.store.enterprise(StoreFixture.code))
        enterprise.address = "孝顺镇中心街1号"
        try fixture.store.saveEnterprise(enterprise, update: true, now: StoreFixture.now)
        let opened = try fixture.start()
        #expect(try fixture.store.session(opened.session.id)?.place == "孝顺镇中心街1号")
        #expect(try fixture.store.session(opened.session.id)?.present == nil)
    }

    @Test("the place and the person present change afterwards, also once the session is completed", arguments: Backend.all)
    func updateAfterwards(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let opened = try fixture.start()
        _ = try fixture.station.updatePeople(opened.session.id, SessionPeopleInput(presentName: "王五"))
        _ = try fixture.station.complete(opened.session.id, now: StoreFixture.now)
        let updated = try fixture.station.updatePeople(opened.session.id,
                                                       SessionPeopleInput(place: "仓库", presentPost: "车间主任"))
        #expect(updated.place == "仓库")
        #expect(updated.present == PersonPresent(name: "王五", post: "车间主任"))
        let read = try #require(try fixture.reopened().session(opened.session.id))
        #expect(read.status == .completed)
        #expect(read.place == "仓库" && read.present == PersonPresent(name: "王五", post: "车间主任"))
        let cleared = try fixture.station.updatePeople(opened.session.id, SessionPeopleInput(place: "", presentName: ""))
        #expect(cleared.place == nil && cleared.present == nil)
    }

    @Test("a self-check records no place or person present", arguments: Backend.all)
    func selfCheckRefused(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let selfCheck = try fixture.station.startOrResume(kind: .selfCheck, checklist: "mini", enterprise: StoreFixture.code,
                                                          inspectors: ["企业"], profile: nil, now: StoreFixture.now)
        #expect(selfCheck.session.place == nil)
        #expect(throws: SessionPeopleError.selfCheck(selfCheck.session.id)) {
            try fixture.station.updatePeople(selfCheck.session.id, SessionPeopleInput(place: "车间"))
        }
    }

    @Test("a fail's place goes to its finding and to the hazard it becomes", arguments: Backend.all)
    func failPlaceToHazard(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let opened = try fixture.start()
        try fixture.station.record(Answer(itemID: "m2", result: .fail, note: "未签协议", place: "二号车间冲床"),
                                   in: opened, by: "张三", now: StoreFixture.now)
        try fixture.station.record(Answer(itemID: "m1", result: .fail, note: "无台账"), in: opened, by: "张三",
                                   now: StoreFixture.now)
        let findings = try fixture.reopened().findings(session: opened.session.id)
        #expect(findings.first { $0.itemID == "m2" }?.answer.place == "二号车间冲床")
        #expect(findings.first { $0.itemID == "m1" }?.answer.place == nil)
        let (_, hazards) = try fixture.station.complete(opened, now: StoreFixture.now)
        let m2 = try #require(hazards.first { $0.itemID == "m2" })
        #expect(m2.place == "二号车间冲床")
        #expect(try fixture.reopened().hazard(m2.id)?.place == "二号车间冲床")
        #expect(hazards.first { $0.itemID == "m1" }?.place == nil)
    }

    @Test("a hazard's place is set afterwards, with a history entry naming the old and the new", arguments: Backend.all)
    func hazardPlaceLater(_ backend: Backend) throws {
        let fixture = try StoreFixture(backend)
        let opened = try fixture.start()
        try fixture.station.record(Answer(itemID: "m1", result: .fail, note: "无台账"), in: opened, by: "张三",
                                   now: StoreFixture.now)
        let hazard = try #require(try fixture.station.complete(opened, now: StoreFixture.now).1.first)
        let placed = try fixture.store.changeHazard(hazard.id) {
            try HazardRules.place($0, "  办公楼 三楼 ", by: "体检站", at: StoreFixture.now)
        }
        #expect(placed.place == "办公楼 三楼")
        #expect(placed.status == hazard.status)
        #expect(try fixture.reopened().hazard(hazard.id)?.place == "办公楼 三楼")
        let last = try #require(try fixture.store.hazardHistory(hazard.id).last)
        #expect(last.by == "体检站")
        #expect(last.note == PeopleText.placeChangeNote.text(PeopleText.notRecorded.text(), "办公楼 三楼"))
    }

    @Test("the migration is named v14-people-and-places and comes after v11-inspectors")
    func migrationName() throws {
        let fixture = try StoreFixture()
        let names = try DatabaseQueue(path: fixture.sqlite.path).read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
        }
        let v11 = try #require(names.firstIndex(of: "v11-inspectors"))
        let v14 = try #require(names.firstIndex(of: "v14-people-and-places"))
        #expect(v14 > v11)
    }
}
