import Foundation
import Testing

/// `checkup selfcheck template` and `checkup compare` through the real binary.
@Suite("Self-check forms and comparison end to end")
struct SelfCheckCLITests {
    static let now = SelfCheckCLIStation.now
    static let jincheng = SelfCheckCLIStation.jincheng
    static let hengyuan = "91330703MA2HKL1P7M"

    static func template(_ station: TemporaryStation, _ extra: [String] = []) throws -> CLIResult {
        try station.run(["selfcheck", "template", "--checklist", "gm-general", "--enterprise", jincheng,
                         "--profile", "no-ammonia"] + extra)
    }

    @Test func aTemplateListsEveryApplicableItemWithABlankStatus() throws {
        let station = try SelfCheckCLIStation.make()
        let result = try Self.template(station)
        #expect(result.status == 0, "\(result)")
        // gm-general 2026.2 has 48 items; 机械 drops mgmt-03 (冶金, 有色), equipment-07 (冶金) and the
        // 8 建材 items, no-ammonia the 4 ammonia items.
        #expect(result.stdout.components(separatedBy: "<result ").count - 1 == 34)
        #expect(result.stdout.contains(#"checklist-version="2026.2""#), "a template is made from the newest edition")
        #expect(result.stdout.contains(#"<result item="mgmt-01" status="">"#))
        #expect(!result.stdout.contains(#"item="ammonia-01""#) && !result.stdout.contains(#"item="mgmt-03""#))
        #expect(result.stdout.contains(#"name="金华市锦程机械制造有限公司" township="孝顺镇" industry="机械""#))
        #expect(result.stdout.contains("依据：《中华人民共和国安全生产法》第四条、第二十二条"))
    }

    @Test func aTemplateWrittenWithOutputIsWholeAndAnUnfilledOneIsRefusedItemByItem() throws {
        let station = try SelfCheckCLIStation.make()
        let form = station.directory.appendingPathComponent("forms/jincheng.xml")
        try FileManager.default.createDirectory(at: form.deletingLastPathComponent(), withIntermediateDirectories: true)
        let written = try Self.template(station, ["-o", form.path])
        #expect(written.status == 0 && written.stdout.isEmpty, "\(written)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: form.deletingLastPathComponent().path) == ["jincheng.xml"])
        let refused = try station.run(["import", form.path], now: Self.now)
        #expect(refused.status == 1, "\(refused)")
        let lines = refused.stderr.split(separator: "\n")
        #expect(lines.filter { $0.contains("未作答：status 请填 pass、fail 或 na") }.count == 34, "\(refused)")
        #expect(lines.contains { $0.hasPrefix("\(form.path):15:3: performed-at 为空") }, "\(refused)")
    }

    @Test func aFilledInTemplateImports() throws {
        let station = try SelfCheckCLIStation.make()
        var text = try Self.template(station).stdout
        text = text.replacingOccurrences(of: #"status="""#, with: #"status="pass""#)
            .replacingOccurrences(of: "<performed-at></performed-at>", with: "<performed-at>2026-11-28T10:00:00+08:00</performed-at>")
            .replacingOccurrences(of: "<performed-by></performed-by>", with: "<performed-by>王建华</performed-by>")
        let file = try SelfCheckCLIStation.write(station, "filled.xml", text)
        let result = try station.run(["import", file], now: Self.now)
        #expect(result.status == 0 && result.stdout.contains("共 1 个文件：导入 1，"), "\(result)")
    }

    @Test func aTemplateForAnUnknownProfileOrEnterpriseIsRefused() throws {
        let station = try SelfCheckCLIStation.make()
        let profile = try station.run(["selfcheck", "template", "--checklist", "gm-general", "--enterprise", Self.jincheng,
                                       "--profile", "no-paint"])
        #expect(profile.status == 1 && profile.stderr.contains("没有适用范围“no-paint”（已有：no-dust, no-ammonia）"), "\(profile)")
        let enterprise = try station.run(["selfcheck", "template", "--checklist", "gm-general", "--enterprise", "91350100M000100Y43"])
        #expect(enterprise.status == 1 && enterprise.stderr.contains("未登记"), "\(enterprise)")
    }

    /// An inspection of `code` on gm-general recording `answers` (item, result, note), completed.
    static func inspect(_ station: TemporaryStation, _ code: String, at now: String,
                        _ answers: [(String, String, String?)]) throws {
        let started = try station.run(["session", "start", "--checklist", "gm-general", "--enterprise", code,
                                       "--inspector", "张三", "--profile", "no-ammonia"], now: now)
        #expect(started.status == 0, "\(started)")
        let id = started.trimmedStdout
        for (item, result, note) in answers {
            let recorded = try station.run(["record", id, item, result] + (note.map { ["--note", $0] } ?? []), now: now)
            #expect(recorded.status == 0, "\(recorded)")
        }
        #expect(try station.run(["session", "complete", id], now: now).status == 0)
    }

    static func comparedStation() throws -> TemporaryStation {
        let station = try SelfCheckCLIStation.make()
        #expect(try station.run(["import", SelfCheckCLIStation.samples.path], now: now).status == 0)
        // 锦程's latest self-check is the corrected 2 November file.
        try inspect(station, jincheng, at: "2026-11-20T14:00:00+08:00", [
            ("mgmt-01", "pass", nil),                      // self pass: agreed
            ("special-ops-01", "fail", "焊工证书过期"),     // self fail: agreed
            ("equipment-02", "pass", nil),                 // self fail: stricter than the inspector
            ("emergency-01", "fail", "未组织应急演练"),     // self pass: 自查不实
            ("mgmt-02", "na", nil),                        // not examined by both
        ])
        // 恒源's latest self-check is the 25 November one.
        try inspect(station, hengyuan, at: "2026-11-26T10:00:00+08:00", [
            ("mgmt-01", "pass", nil),
            ("dust-05", "fail", "锁气卸灰装置未安装"),
        ])
        return station
    }

    @Test func compareShowsAgreementUntrueItemsAndTheReliabilityRate() throws {
        let station = try Self.comparedStation()
        let text = try station.run(["compare", "--enterprise", Self.jincheng])
        #expect(text.status == 0, "\(text)")
        #expect(text.stdout.contains("自查不实"), "\(text)")
        #expect(text.stdout.contains("emergency-01") && text.stdout.contains("未组织应急演练"), "\(text)")
        #expect(text.stdout.contains("自查可靠率：50.0%"), "\(text)")
        let json = try station.run(["compare", "--enterprise", Self.jincheng, "--format", "json"]).jsonObject()
        #expect(json["agreed"] as? Int == 2 && json["examined_by_both"] as? Int == 4)
        #expect(json["self_pass_inspector_fail"] as? Int == 1 && json["self_fail_inspector_pass"] as? Int == 1)
        #expect(json["reliability"] as? Double == 0.5)
        let items = try #require(json["items"] as? [[String: Any]])
        #expect(items.first { $0["item"] as? String == "emergency-01" }?["outcome"] as? String == "self-pass-inspector-fail")
        #expect((json["self_check"] as? [String: Any])?["performed_at"] as? String == "2026-11-02T09:30:00+08:00")
    }

    @Test func compareByTownshipListsTheLeastReliableFirst() throws {
        let station = try Self.comparedStation()
        let json = try station.run(["compare", "--township", "孝顺镇", "--format", "json"]).jsonObject()
        let rows = try #require(json["enterprises"] as? [[String: Any]])
        #expect(rows.map { $0["credit_code"] as? String }.prefix(2) == [Self.jincheng, Self.hengyuan])
        #expect(rows.map { $0["reliability"] as? Double }.prefix(2) == [0.5, 1.0])
        #expect(rows.count == 5 && rows.dropFirst(2).allSatisfy { $0["reliability"] is NSNull })
        let text = try station.run(["compare", "--township", "孝顺镇"])
        #expect(text.status == 0 && text.stdout.contains("50.0%"), "\(text)")
    }

    @Test func fillSavesAPartialFormOnQuitThatResumeFinishes() throws {
        let station = try SelfCheckCLIStation.make()
        let form = station.directory.appendingPathComponent("hemei.xml").path
        let hemei = "92330703MA2HQ3T517"
        let partial = try station.run(["selfcheck", "fill", "--checklist", "small-premises", "--enterprise", hemei,
                                       "--performed-by", "赵美玲", "-o", form],
                                      now: "2026-11-28T10:00:00+08:00", stdin: Data("p\np\nf\n灭火器过期\n\n\n\nq\n".utf8))
        #expect(partial.status == 0 && partial.stderr.contains("--resume \(form)"), "\(partial)")
        let text = try String(contentsOfFile: form, encoding: .utf8)
        #expect(text.components(separatedBy: #"status="""#).count - 1 == 18)
        #expect(text.contains("<note>灭火器过期</note>") && text.contains(#"name="金东区孝顺镇和美农家饭店""#))
        let early = try station.run(["import", form], now: Self.now)
        #expect(early.status == 1 && early.stderr.contains("未作答"), "a partial form cannot be imported: \(early)")

        let finished = try station.run(["selfcheck", "fill", "--resume", form], now: "2026-11-28T11:00:00+08:00",
                                       stdin: Data((String(repeating: "p\n", count: 18) + "y\n").utf8))
        #expect(finished.status == 0 && finished.stderr.contains("21 项已答"), "\(finished)")
        let imported = try station.run(["import", form], now: Self.now)
        #expect(imported.status == 0 && imported.stdout.contains("导入 1，"), "\(imported)")
        let session = try station.run(["session", "show", "1", "--format", "json"]).jsonObject()
        #expect(session["started_at"] as? String == "2026-11-28T10:00:00+08:00", "performed-at is when the fill began")
    }

    @Test func fillSpeaksOfTheSelfCheckNotOfASession() throws {
        let station = try SelfCheckCLIStation.make()
        let form = station.directory.appendingPathComponent("hemei.xml").path
        let run = try station.run(["selfcheck", "fill", "--checklist", "small-premises", "--enterprise", "92330703MA2HQ3T517",
                                   "--performed-by", "赵美玲", "-o", form],
                                  now: "2026-11-28T10:00:00+08:00", stdin: Data("p\n?\nq\n".utf8))
        let shown = run.stdout + run.stderr
        #expect(run.status == 0 && shown.contains("自查：金东区孝顺镇和美农家饭店"), "\(run)")
        #expect(shown.contains("自查表已保存，可用 --resume 继续"), "the help's q line: \(shown)")
        #expect(!shown.contains("会话"), "\(shown)")
    }

    /// The self-check format holds a result and a note: a fail asks the note and nothing the
    /// file could not keep (major hazard, fixed on site, evidence).
    @Test func fillAsksOnlyTheNoteOfAFail() throws {
        let station = try SelfCheckCLIStation.make()
        let form = station.directory.appendingPathComponent("hemei.xml").path
        let run = try station.run(["selfcheck", "fill", "--checklist", "small-premises", "--enterprise", "92330703MA2HQ3T517",
                                   "--performed-by", "赵美玲", "-o", form],
                                  now: "2026-11-28T10:00:00+08:00", stdin: Data("f\n灭火器过期\nq\n".utf8))
        #expect(run.status == 0, "\(run)")
        for question in ["重大隐患？", "已现场整改？", "证据文件"] {
            #expect(!run.stdout.contains(question), "\(question): \(run.stdout)")
        }
        #expect(run.stdout.contains("已记录 sp-layout-01：不合格，备注：灭火器过期\n"), "\(run)")
        #expect(try String(contentsOfFile: form, encoding: .utf8).contains("<note>灭火器过期</note>"))
    }

    @Test func compareNeedsExactlyOneOfEnterpriseAndTownship() throws {
        let station = try SelfCheckCLIStation.make(register: false)
        #expect(try station.run(["compare"]).status == 2)
        #expect(try station.run(["compare", "--enterprise", Self.jincheng, "--township", "孝顺镇"]).status == 2)
    }
}
