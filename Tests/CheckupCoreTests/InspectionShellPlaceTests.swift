import Foundation
import Testing
@testable import CheckupCore

/// The place of a fail (隐患部位) in the inspector's shell: `f PLACE` (or `不合格 PLACE`) fails the
/// item and records where it was found; every other key works as before.
@Suite("InspectionShell: the place of a fail")
struct InspectionShellPlaceTests {
    typealias Shell = InspectionShellTests

    /// The answers a run recorded, in order.
    static func answers(_ run: Shell.Run) -> [Answer] {
        run.events.compactMap { event in
            if case .record(let answer, _) = event { return answer }
            return nil
        }
    }

    @Test("f PLACE fails the item and the answer carries the place")
    func failWithPlace() {
        let run = Shell.run(["f 二号车间冲床", "防护罩缺失", "", "", ""])
        #expect(Self.answers(run) == [Answer(itemID: "mgmt-01", result: .fail, note: "防护罩缺失", place: "二号车间冲床")])
    }

    @Test("the Chinese word, full-width letters and extra spaces give the same place")
    func otherSpellings() {
        for key in ["不合格 二号车间冲床", "ｆ　二号车间冲床", "fail   二号车间冲床", "F 二号车间冲床 "] {
            let run = Shell.run([key, "防护罩缺失", "", "", ""])
            #expect(Self.answers(run).first?.place == "二号车间冲床", "\(key)")
        }
    }

    @Test("a bare f still fails without a place, and p and n are unchanged")
    func bareKeysUnchanged() {
        let run = Shell.run(["f", "两名焊工证书过期", "", "", "", "p", "n"])
        #expect(Self.answers(run) == [
            Answer(itemID: "mgmt-01", result: .fail, note: "两名焊工证书过期"),
            Answer(itemID: "mgmt-02", result: .pass),
            Answer(itemID: "mgmt-03", result: .na),
        ])
    }

    @Test("the saved answer's description shows the place")
    func describedWithPlace() {
        let run = Shell.run(["f 二号车间", "防护罩缺失", "", "", ""])
        #expect(run.transcript.contains("部位：二号车间"))
    }

    @Test("filling a fail in again with a bare f keeps its place; f PLACE replaces it")
    func refillKeepsPlace() {
        let old = Finding(sessionID: 12, answer: Answer(itemID: "mgmt-01", result: .fail, note: "旧", place: "仓库"),
                          recordedBy: "张三", recordedAt: Date(timeIntervalSince1970: 0))
        let kept = Shell.run(["j mgmt-01", "f", "y", "新", "", "", ""], findings: [old])
        #expect(Self.answers(kept) == [Answer(itemID: "mgmt-01", result: .fail, note: "新", place: "仓库")])
        let replaced = Shell.run(["j mgmt-01", "f 二号车间", "y", "新", "", "", ""], findings: [old])
        #expect(Self.answers(replaced).first?.place == "二号车间")
    }

    @Test("a self-check, whose format holds the note only, takes no place")
    func selfCheckRefusesPlace() {
        let run = Shell.run(["f 二号车间"], asksHazardDetails: false)
        #expect(run.events.isEmpty)
        #expect(run.lastScreen == "无法识别“f 二号车间”，输入 ? 查看按键说明\n")
    }

    @Test("the help names f PLACE, and the self-check's help does not")
    func help() {
        #expect(ShellStrings.zh.help.contains("f 部位"))
        #expect(ShellStrings.en.help.contains("f PLACE"))
        #expect(!ShellStrings.selfCheck(.zh).help.contains("部位"))
        #expect(!ShellStrings.selfCheck(.en).help.contains("PLACE"))
    }
}
