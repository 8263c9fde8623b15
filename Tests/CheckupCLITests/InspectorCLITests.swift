import Foundation
import Testing

/// `checkup inspector add|list`: the inspector register whose certificate numbers the documents
/// print (issue 18 §2).
@Suite("Inspector register (CLI)")
struct InspectorCLITests {
    @Test("inspector add registers name, certificate and telephone, trimmed; list shows them by name as text and JSON")
    func addAndList() throws {
        let station = try TemporaryStation(checklists: [])
        let added = try station.run(["inspector", "add", "--name", "  张伟 ", "--certificate", "ZJ-AJ-2024-0031",
                                     "--phone", "0579-82123456"])
        #expect(added.status == 0 && added.stdout == "已登记检查人员 张伟（证号 ZJ-AJ-2024-0031）\n", "\(added)")
        #expect(try station.run(["inspector", "add", "--name", "李娜", "--certificate", "ZJ-AJ-2023-0107"]).status == 0)
        let text = try station.run(["inspector", "list"])
        #expect(text.stdout == "姓名  证号             电话\n张伟  ZJ-AJ-2024-0031  0579-82123456\n李娜  ZJ-AJ-2023-0107\n",
                "\(text)")
        let json = try station.run(["inspector", "list", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["name"] as? String } == ["张伟", "李娜"])
        #expect(rows.map { $0["certificate"] as? String } == ["ZJ-AJ-2024-0031", "ZJ-AJ-2023-0107"])
        #expect(rows[0]["phone"] as? String == "0579-82123456" && rows[1]["phone"] is NSNull)
    }

    @Test("inspector list with nobody registered says how to register one")
    func emptyList() throws {
        let station = try TemporaryStation(checklists: [])
        let result = try station.run(["inspector", "list", "--lang", "en"])
        #expect(result.status == 0 && result.stdout.hasPrefix("no inspector registered yet: checkup inspector add"),
                "\(result)")
    }

    @Test("a name already registered is refused in one line and the first certificate kept")
    func refusesDuplicate() throws {
        let station = try TemporaryStation(checklists: [])
        #expect(try station.run(["inspector", "add", "--name", "张伟", "--certificate", "A-1"]).status == 0)
        let again = try station.run(["inspector", "add", "--name", "张伟", "--certificate", "B-2"])
        #expect(again.status == 1 && again.stderr == "checkup: 检查人员“张伟”已登记（证号 A-1），未重复登记\n", "\(again)")
        let json = try station.run(["inspector", "list", "--format", "json"])
        #expect(json.stdout.contains("A-1") && !json.stdout.contains("B-2"), "\(json)")
    }

    @Test("an empty name or certificate, an overlong value and a bad telephone are refused, creating no database",
          arguments: [["--name", " ", "--certificate", "A-1"], ["--name", "张伟", "--certificate", ""],
                      ["--name", String(repeating: "张", count: 41), "--certificate", "A-1"],
                      ["--name", "张伟", "--certificate", "A-1", "--phone", "call me"]])
    func refusesBadValues(_ arguments: [String]) throws {
        let station = try TemporaryStation(checklists: [])
        let result = try station.run(["inspector", "add"] + arguments)
        #expect(result.status == 1 && result.stderr.split(separator: "\n").count == 1, "\(result)")
        #expect(!FileManager.default.fileExists(atPath: station.database.path))
    }
}
