import CheckupCore
import Foundation
import Testing

/// The people and places of an inspection as rules: the legal representative's CSV column, the
/// place inspected and the person present (`SessionPeople`), a hazard's place (`HazardRules.place`)
/// and who records a step when no one is named (`StationIdentity.actor`).
@Suite("People and places")
struct SessionPeopleTests {
    static let enterprise = Enterprise(creditCode: "91350100M000100Y43", name: "甲公司", township: "孝顺镇",
                                       address: "孝顺镇中心街1号")
    static let session = Session(id: 7, kind: .inspection, enterpriseCode: "91350100M000100Y43", checklistID: "mini",
                                 checklistVersion: "1", checklistHash: "h", profileID: nil, inspectors: ["张三"],
                                 status: .open, startedAt: Date(timeIntervalSince1970: 0))

    @Test("the enterprise list reads the legal representative under its English or Chinese header")
    func csvColumn() throws {
        for header in ["legal_representative", "法定代表人", "法人代表"] {
            let text = "credit_code,name,township,\(header)\n91350100M000100Y43,甲公司,孝顺镇, 王建国 \n91330703MA2HKL1P7M,乙公司,孝顺镇,\n"
            let result = try EnterpriseCSV.read(text, allowInvalidCodes: false)
            #expect(result.problems.isEmpty, "\(header)")
            #expect(result.enterprises.map(\.legalRepresentative) == ["王建国", nil], "\(header)")
        }
        let without = try EnterpriseCSV.read("credit_code,name,township\n91350100M000100Y43,甲公司,孝顺镇\n", allowInvalidCodes: false)
        #expect(without.enterprises.first?.legalRepresentative == nil)
    }

    @Test("a new inspection's place is the one given, else the enterprise's address")
    func initialPlace() throws {
        let given = try SessionPeople.initial(place: " 二号车间 ", enterprise: Self.enterprise, presentName: "王五",
                                              presentPost: nil)
        #expect(given.place == "二号车间")
        #expect(given.present == PersonPresent(name: "王五"))
        let defaulted = try SessionPeople.initial(place: nil, enterprise: Self.enterprise, presentName: nil, presentPost: nil)
        #expect(defaulted.place == "孝顺镇中心街1号")
        #expect(defaulted.present == nil)
    }

    @Test("a post without a person is refused")
    func postNeedsName() {
        #expect(throws: SessionPeopleError.postWithoutName) {
            try SessionPeople.initial(place: nil, enterprise: Self.enterprise, presentName: nil, presentPost: "安全员")
        }
        #expect(throws: SessionPeopleError.postWithoutName) {
            try SessionPeople.apply(to: Self.session, place: nil, presentName: nil, presentPost: "安全员")
        }
    }

    @Test("only the values given change; an empty one clears, and clearing the name clears the post")
    func applyChanges() throws {
        var session = Self.session
        session.place = "仓库"
        session.present = PersonPresent(name: "王五", post: "安全员")
        let post = try SessionPeople.apply(to: session, place: nil, presentName: nil, presentPost: "车间主任")
        #expect(post.place == "仓库" && post.present == PersonPresent(name: "王五", post: "车间主任"))
        let renamed = try SessionPeople.apply(to: session, place: "", presentName: "赵六", presentPost: nil)
        #expect(renamed.place == nil && renamed.present == PersonPresent(name: "赵六", post: "安全员"))
        let cleared = try SessionPeople.apply(to: session, place: nil, presentName: " ", presentPost: nil)
        #expect(cleared.present == nil)
    }

    @Test("a place longer than an address is refused")
    func tooLong() {
        let long = String(repeating: "车", count: TextLimits.address + 1)
        #expect(throws: SessionPeopleError.self) {
            try SessionPeople.apply(to: Self.session, place: long, presentName: nil, presentPost: nil)
        }
    }

    @Test("a self-check takes no place or person present")
    func selfCheck() {
        var selfCheck = Self.session
        selfCheck.kind = .selfCheck
        #expect(throws: SessionPeopleError.selfCheck(7)) {
            try SessionPeople.apply(to: selfCheck, place: "车间", presentName: nil, presentPost: nil)
        }
    }

    @Test("the person present reads with the post in brackets, in each language")
    func personText() {
        #expect(PersonPresent(name: "王五", post: "安全员").text(.zh) == "王五（安全员）")
        #expect(PersonPresent(name: "王五", post: "安全员").text(.en) == "王五 (安全员)")
        #expect(PersonPresent(name: "王五").text(.zh) == "王五")
    }

    @Test("a step without --by is recorded by the station's name, else by the catalog's word")
    func actor() {
        #expect(StationIdentity(name: "孝顺镇安全生产体检站").actor(in: .zh) == "孝顺镇安全生产体检站")
        #expect(StationIdentity().actor(in: .zh) == "体检站")
        #expect(StationIdentity().actor(in: .en) == "station")
    }
}
