import Foundation
import Testing

/// A new edition of a shipped checklist (gm-general 2026.2) beside the one it replaces (2026.1),
/// through the real binary: what was recorded on the old edition stays on it, files made from
/// the old edition still import, and new work uses the new edition.
@Suite("Checklist editions end to end")
struct ChecklistEditionCLITests {
    static let now = SelfCheckCLIStation.now
    static let hengyuan = "91330703MA2HKL1P7M"

    static func session(_ station: TemporaryStation, _ id: String) throws -> [String: Any] {
        try station.run(["session", "show", id, "--format", "json"]).jsonObject()
    }

    @Test func aSelfCheckMadeFromThePreviousEditionImportsOnThatEdition() throws {
        let station = try SelfCheckCLIStation.make()
        let file = SelfCheckCLIStation.samples.appendingPathComponent("02-jincheng-2026-11-02.xml").path
        let imported = try station.run(["import", file], now: Self.now)
        #expect(imported.status == 0 && imported.stdout.contains("导入 1，"), "\(imported)")
        let checklist = try #require(try Self.session(station, "1")["checklist"] as? [String: Any])
        #expect(checklist["version"] as? String == "2026.1")
        #expect(checklist["hash"] as? String == "42bfc03d7fa81ea389d28d05652dd0147eeca5a6549015c9ba90b06ebb78a309",
                "the snapshot is the 2026.1 file as shipped")
    }

    @Test func aNewSessionUsesTheNewEditionAndAnOldOneKeepsItsOwn() throws {
        let station = try SelfCheckCLIStation.make()
        let file = SelfCheckCLIStation.samples.appendingPathComponent("04-hengyuan-2026-11-05.xml").path
        #expect(try station.run(["import", file], now: Self.now).status == 0)
        let started = try station.run(["session", "start", "--checklist", "gm-general", "--enterprise", Self.hengyuan,
                                       "--inspector", "张三", "--profile", "no-ammonia"], now: Self.now)
        #expect(started.status == 0, "\(started)")
        let new = started.trimmedStdout
        #expect((try Self.session(station, new)["checklist"] as? [String: Any])?["version"] as? String == "2026.2")
        #expect(try station.run(["record", new, "equipment-08", "fail", "--note", "中频炉无应急储存设施"], now: Self.now).status == 0)
        // 机械 without ammonia: 32 items in 2026.1; 2026.2 adds dust-08 and equipment-08.
        let total = { (id: String) throws -> Int? in
            (try Self.session(station, id)["progress"] as? [String: Any])?["total"] as? Int
        }
        #expect(try total("1") == 32, "the self-check keeps the 2026.1 edition it was made from")
        #expect(try total(new) == 34)
    }

    @Test func theCatalogListsBothEditionsOfEachShippedChecklist() throws {
        let station = try SelfCheckCLIStation.make()
        let listed = try station.runner.run(["checklist", "list", "--catalog", station.catalog.path, "--format", "json"])
        #expect(listed.status == 0, "\(listed)")
        let rows = try #require(try JSONSerialization.jsonObject(with: listed.stdoutData) as? [[String: Any]])
        let editions = Set(rows.map { "\($0["id"] as? String ?? "") \($0["version"] as? String ?? "")" })
        for id in ["gm-general", "hazchem", "small-premises"] {
            #expect(editions.isSuperset(of: ["\(id) 2026.1", "\(id) 2026.2"]), "\(editions)")
        }
    }
}
