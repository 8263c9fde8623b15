import Foundation
import Testing
@testable import CheckupCore

/// Specification of the inspector's interactive session: keys, the fail dialogue, navigation,
/// the end summary and completion, resuming, saving and its refusal, and both languages.
/// The shell is driven with arrays of input lines, as the CLI would feed it.
@Suite("InspectionShell")
struct InspectionShellTests {
    // MARK: - Fixture

    /// Two sections, six items over the four layers; `site-01` is the major item; profile
    /// `no-cage` excludes `site-03`.
    static let checklist: Checklist = {
        let items = [
            ChecklistItem(id: "mgmt-01", layer: .human, weight: 2,
                          title: LocalizedText("主要负责人持证上岗", translations: [.en: "Principal holds a safety certificate"]),
                          guidance: LocalizedText("查阅证书原件", translations: [.en: "Inspect the original certificate"]),
                          basis: LocalizedText("《安全生产法》第二十七条", translations: [.en: "Work Safety Law, art. 27"]),
                          sectionPath: ["mgmt"]),
            ChecklistItem(id: "mgmt-02", layer: .human,
                          title: LocalizedText("特种作业人员持证上岗", translations: [.en: "Special operators hold certificates"]),
                          basis: LocalizedText("《安全生产法》第三十条"),
                          sectionPath: ["mgmt"]),
            ChecklistItem(id: "mgmt-03", layer: .joint,
                          title: LocalizedText("与相邻单位签订联防协议", translations: [.en: "Joint-defence agreement with neighbours"]),
                          basis: LocalizedText("乡镇联防办法第五条"),
                          sectionPath: ["mgmt"]),
            ChecklistItem(id: "site-01", layer: .physical, major: true,
                          title: LocalizedText("安全出口畅通", translations: [.en: "Emergency exits unobstructed"]),
                          basis: LocalizedText("《消防法》第二十八条"),
                          majorCriterion: LocalizedText("安全出口封闭、堵塞", translations: [.en: "Exit locked or blocked"]),
                          sectionPath: ["site", "site-fire"]),
            ChecklistItem(id: "site-02", layer: .technical,
                          title: LocalizedText("可燃气体报警装置完好", translations: [.en: "Gas detectors working"]),
                          basis: LocalizedText("GB/T 50493"),
                          sectionPath: ["site"]),
            ChecklistItem(id: "site-03", layer: .physical,
                          title: LocalizedText("气瓶防倾倒措施", translations: [.en: "Gas cylinders secured"]),
                          basis: LocalizedText("TSG 23"),
                          sectionPath: ["site"]),
        ]
        return Checklist(
            id: "test", version: "2026.1", title: LocalizedText("测试清单"),
            profiles: [ChecklistProfile(id: "no-cage", title: LocalizedText("无气瓶"), excludes: ["site-03"])],
            sections: [
                ChecklistSection(id: "mgmt", title: LocalizedText("一、安全管理", translations: [.en: "1 Management"]),
                                 itemIDs: ["mgmt-01", "mgmt-02", "mgmt-03"]),
                ChecklistSection(id: "site", title: LocalizedText("二、现场设施", translations: [.en: "2 Site"]),
                                 itemIDs: ["site-02", "site-03"],
                                 sections: [ChecklistSection(id: "site-fire",
                                                             title: LocalizedText("消防", translations: [.en: "Fire"]),
                                                             itemIDs: ["site-01"])]),
            ],
            items: items)
    }()

    /// What a run produced: every event, the whole transcript (screens and prompts, as a
    /// terminal would show them) and the shell afterwards.
    struct Run {
        var shell: InspectionShell
        var events: [ShellEvent]
        var transcript: String
        /// The screen (without prompt) produced by the last input line.
        var lastScreen: String
    }

    /// Starts a shell and feeds it `lines`. Every recorded answer is confirmed with `saved()`,
    /// except those whose item id is in `reject`, which get `rejected(message)` once.
    static func run(_ lines: [String], items: [ChecklistItem]? = nil, findings: [Finding] = [],
                    language: Language = .zh, reject: [String: String] = [:], strings: ShellStrings? = nil,
                    asksHazardDetails: Bool = true, checkEvidencePath: EvidencePathCheck? = nil) -> Run {
        var shell = InspectionShell(checklist: checklist, items: items ?? checklist.items, findings: findings,
                                    enterpriseName: "某某五金厂", language: language, sessionID: 12, strings: strings,
                                    asksHazardDetails: asksHazardDetails, checkEvidencePath: checkEvidencePath)
        var events: [ShellEvent] = []
        var rejections = reject
        var transcript = shell.start().screen + shell.prompt
        var last = ""
        for line in lines {
            let output = shell.handle(line)
            var screen = output.screen
            events += output.events
            for event in output.events {
                if case .record(let answer, _) = event {
                    if let message = rejections.removeValue(forKey: answer.itemID) {
                        screen += shell.rejected(message).screen
                    } else {
                        screen += shell.saved().screen
                    }
                }
            }
            last = screen
            transcript += line + "\n" + screen + shell.prompt
        }
        return Run(shell: shell, events: events, transcript: transcript, lastScreen: last)
    }

    static func record(_ id: String, _ result: ItemResult, note: String? = nil, major: Bool = false,
                       fixed: Bool = false, paths: [String] = []) -> ShellEvent {
        .record(Answer(itemID: id, result: result, note: note, major: major, fixedOnSite: fixed), evidencePaths: paths)
    }

    static func finding(_ id: String, _ result: ItemResult, note: String? = nil, major: Bool = false) -> Finding {
        Finding(sessionID: 12, answer: Answer(itemID: id, result: result, note: note, major: major),
                recordedBy: "张三", recordedAt: Date(timeIntervalSince1970: 0))
    }

    /// Findings for every item but `gaps`: passes, except `site-01`, a major fail.
    static func answeredExcept(_ gaps: Set<String>) -> [Finding] {
        checklist.items.filter { !gaps.contains($0.id) }.map { item in
            item.id == "site-01" ? finding(item.id, .fail, note: "东侧出口堆放货物", major: true) : finding(item.id, .pass)
        }
    }

    /// A fake `EvidencePathCheck`: paths under /card/ are files, `/card/fifo` a FIFO, all else missing.
    static let fakeCheck: EvidencePathCheck = { path in
        if path == "/card/fifo" { return .notRegularFile }
        return path.hasPrefix("/card/") ? nil : .missing
    }

    /// The cells of the summary table row that starts with `layer`.
    static func row(_ layer: String, in text: String) -> [String]? {
        text.split(separator: "\n")
            .map { $0.split(whereSeparator: { $0 == " " }).map(String.init) }
            .first { $0.first == layer }
    }

    /// Inputs that answer all six items: pass, fail (general), pass, fail (major, fixed on
    /// site), na, pass.
    static let allAnswered = ["p", "f", "两名焊工证书过期", "", "", "",
                              "p", "f", "东侧出口堆放货物", "", "y", "", "n", "p"]

    // MARK: - Answers

    @Test func passRecordsAPassWithoutNoteAndMovesToTheNextItem() {
        let run = Self.run(["p"])
        #expect(run.events == [Self.record("mgmt-01", .pass)])
        #expect(run.shell.currentItemID == "mgmt-02")
        #expect(run.shell.answers["mgmt-01"]?.result == .pass)
    }

    @Test func notApplicableRecordsNA() {
        let run = Self.run(["n"])
        #expect(run.events == [Self.record("mgmt-01", .na)])
        #expect(run.shell.currentItemID == "mgmt-02")
    }

    @Test func skipRecordsNothingAndMovesOn() {
        let run = Self.run(["s", "s"])
        #expect(run.events.isEmpty)
        #expect(run.shell.currentItemID == "mgmt-03")
        #expect(run.shell.answers.isEmpty)
    }

    @Test func failAsksNoteMajorFixedOnSiteAndEvidenceThenRecordsOnce() {
        let run = Self.run(["f", "两名焊工证书过期", "", "", ""])
        #expect(run.events == [Self.record("mgmt-01", .fail, note: "两名焊工证书过期")])
        #expect(run.transcript.contains("备注（必填）> "))
        #expect(run.transcript.contains("重大隐患？[y/N] > "))
        #expect(run.transcript.contains("已现场整改？[y/N] > "))
        #expect(run.transcript.contains("证据文件路径（每行一个，空行结束）> "))
        #expect(run.shell.currentItemID == "mgmt-02")
    }

    @Test func failEventsMatchTheDocumentedSequenceExactly() {
        let run = Self.run(["p", "f", "两名焊工证书过期", "", "", "", "n", "", "s", "q"])
        #expect(run.events == [
            Self.record("mgmt-01", .pass),
            Self.record("mgmt-02", .fail, note: "两名焊工证书过期"),
            Self.record("mgmt-03", .na),
            .leave,
        ])
    }

    @Test func emptyNoteIsAskedAgainWithAMessage() {
        var shell = InspectionShell(checklist: Self.checklist, items: Self.checklist.items, findings: [],
                                    enterpriseName: "某某五金厂", language: .zh, sessionID: 12)
        _ = shell.start()
        _ = shell.handle("f")
        let empty = shell.handle("   ")
        #expect(empty.screen == "不合格项必须填写备注，说明发现的问题\n")
        #expect(empty.events.isEmpty)
        #expect(shell.prompt == "备注（必填）> ")
        _ = shell.handle("  证书过期 ")
        #expect(shell.prompt == "重大隐患？[y/N] > ")
    }

    @Test func majorHazardDefaultsToTheItemsMajorFlag() {
        let run = Self.run(["j site-01", "f", "出口堵塞", "", "", ""])
        #expect(run.events == [Self.record("site-01", .fail, note: "出口堵塞", major: true)])
        #expect(run.transcript.contains("重大隐患？[Y/n] > "))
    }

    @Test func majorHazardDefaultCanBeOverriddenEitherWay() {
        let notMajor = Self.run(["j site-01", "f", "出口部分堵塞", "n", "", ""])
        #expect(notMajor.events == [Self.record("site-01", .fail, note: "出口部分堵塞", major: false)])
        let major = Self.run(["f", "无证", "Y", "", ""])
        #expect(major.events == [Self.record("mgmt-01", .fail, note: "无证", major: true)])
    }

    @Test func invalidYesNoAnswerIsAskedAgain() {
        let run = Self.run(["f", "无证", "maybe", "是", "", ""])
        #expect(run.transcript.contains("请输入 y（是）或 n（否），直接回车取默认值\n重大隐患？[y/N] > "))
        #expect(run.events == [Self.record("mgmt-01", .fail, note: "无证", major: true)])
    }

    @Test func fixedOnSiteIsRecordedWhenAnsweredYes() {
        let run = Self.run(["f", "灭火器压力不足", "", "y", ""])
        #expect(run.events == [Self.record("mgmt-01", .fail, note: "灭火器压力不足", fixed: true)])
    }

    @Test func evidencePathsAreCollectedUntilAnEmptyLine() {
        let run = Self.run(["f", "出口堵塞", "", "", "/media/card/IMG_0001.jpg", "  '/media/card/门 口.jpg'  ", ""])
        #expect(run.events == [Self.record("mgmt-01", .fail, note: "出口堵塞",
                                           paths: ["/media/card/IMG_0001.jpg", "/media/card/门 口.jpg"])])
        #expect(run.transcript.contains("证据文件路径（已 2 个，空行结束）> "))
    }

    // MARK: - Navigation

    @Test func backGoesToThePreviousItemAndShowsItsCurrentAnswer() {
        let run = Self.run(["p", "b"])
        #expect(run.shell.currentItemID == "mgmt-01")
        #expect(run.lastScreen.contains("[1/6]"))
        #expect(run.lastScreen.contains("当前答案：通过"))
    }

    @Test func reansweringAfterBackAndConfirmingEmitsANewRecord() {
        let run = Self.run(["p", "b", "f", "y", "证书已过期", "", "", ""])
        #expect(run.events == [Self.record("mgmt-01", .pass), Self.record("mgmt-01", .fail, note: "证书已过期")])
        #expect(run.shell.answers["mgmt-01"]?.result == .fail)
        #expect(run.shell.currentItemID == "mgmt-02")
    }

    @Test func backOnTheFirstItemStaysAndSaysSo() {
        let run = Self.run(["b"])
        #expect(run.lastScreen == "已是第一项\n")
        #expect(run.shell.currentItemID == "mgmt-01")
    }

    @Test func jumpShowsTheItemWithThatID() {
        let run = Self.run(["j site-02"])
        #expect(run.shell.currentItemID == "site-02")
        #expect(run.lastScreen.contains("[5/6]"))
        #expect(run.lastScreen.contains("可燃气体报警装置完好"))
    }

    @Test func jumpAcceptsAnIDInAnotherCaseAndAPosition() {
        #expect(Self.run(["J SITE-02"]).shell.currentItemID == "site-02")
        #expect(Self.run(["j 4"]).shell.currentItemID == "site-01")
    }

    @Test func jumpToAnUnknownIDStaysWithAMessage() {
        let run = Self.run(["p", "j nope-9"])
        #expect(run.lastScreen == "没有编号为 nope-9 的检查项\n")
        #expect(run.shell.currentItemID == "mgmt-02")
    }

    @Test func jumpToAnItemExcludedFromTheSessionSaysItDoesNotApply() {
        let items = Self.checklist.applicableItems(profile: Self.checklist.profile("no-cage"))
        let run = Self.run(["j site-03"], items: items)
        #expect(run.lastScreen.contains("检查项 site-03 不适用于本次检查"))
        #expect(run.shell.currentItemID == "mgmt-01")
    }

    @Test func jumpWithoutAnIDAsksForOne() {
        let run = Self.run(["j"])
        #expect(run.lastScreen == "请在 j 后写检查项编号，例如：j mgmt-01\n")
    }

    @Test func helpListsEveryKeyAndStaysOnTheItem() {
        let run = Self.run(["?"])
        for key in ["p  通过", "f  不合格", "n  不适用", "s  跳过", "b  返回上一项", "j 编号", "?  显示本说明", "q  保存并退出"] {
            #expect(run.lastScreen.contains(key))
        }
        #expect(run.shell.currentItemID == "mgmt-01")
        #expect(run.events.isEmpty)
    }

    @Test func quitEmitsLeaveAndFinishes() {
        let run = Self.run(["p", "q", "p"])
        #expect(run.events == [Self.record("mgmt-01", .pass), .leave])
        #expect(run.shell.isFinished)
        #expect(run.shell.prompt == "")
    }

    /// The closing line is the CLI's (it alone knows what the store did): the shell's `q`
    /// prints nothing, so "saved" is never said twice.
    @Test func quitPrintsNothingOfItsOwn() {
        let run = Self.run(["p", "q"])
        #expect(run.lastScreen == "")
    }

    @Test func unknownInputGivesOneLineAndAsksTheSameItemAgain() {
        let run = Self.run(["x"])
        #expect(run.lastScreen == "无法识别“x”，输入 ? 查看按键说明\n")
        #expect(run.shell.currentItemID == "mgmt-01")
        #expect(run.shell.prompt == "[p/f/n/s/b/j/?/q] > ")
    }

    @Test func emptyInputAtAnItemShowsNothingAndStays() {
        let run = Self.run([""])
        #expect(run.lastScreen == "")
        #expect(run.shell.currentItemID == "mgmt-01")
    }

    @Test func keysAreTrimmedAndCaseInsensitiveAndAcceptFullWidthAndChineseWords() {
        let run = Self.run(["  P ", "ｐ", "通过", "不适用", "Ｓ", "N\r"])
        #expect(run.events == [
            Self.record("mgmt-01", .pass), Self.record("mgmt-02", .pass), Self.record("mgmt-03", .pass),
            Self.record("site-01", .na), Self.record("site-03", .na),
        ])
    }

    // MARK: - Item screen

    @Test func progressIsThePositionOfTheItemInTheList() {
        let run = Self.run(["p"])
        #expect(run.lastScreen.contains("[2/6]"))
    }

    @Test func itemScreenShowsSectionPathLayerTitleGuidanceAndBasis() {
        let first = Self.run([]).transcript
        #expect(first.contains("章节：一、安全管理"))
        #expect(first.contains("层级：人防"))
        #expect(first.contains("编号：mgmt-01"))
        #expect(first.contains("检查项：主要负责人持证上岗"))
        #expect(first.contains("查验方法：查阅证书原件"))
        #expect(first.contains("依据：《安全生产法》第二十七条"))
        #expect(!first.contains("重大隐患判定项"))
        #expect(!first.contains("当前答案"))
    }

    @Test func majorItemShowsTheMarkerAndCriterionAndNestedSectionPath() {
        let screen = Self.run(["j site-01"]).lastScreen
        #expect(screen.contains("【重大隐患判定项】 判定标准：安全出口封闭、堵塞"))
        #expect(screen.contains("章节：二、现场设施 › 消防"))
        #expect(screen.contains("层级：物防"))
    }

    @Test func currentAnswerOfAFailShowsSeverityFixedOnSiteAndNote() {
        let run = Self.run(["f", "证书过期", "y", "y", "", "b"])
        #expect(run.lastScreen.contains("当前答案：不合格，重大，已现场整改，备注：证书过期"))
    }

    // MARK: - End screen and completion

    @Test func endSummaryShowsPerLayerWeightsCoverageScoreAndLevel() {
        let screen = Self.run(Self.allAnswered).lastScreen
        #expect(screen.contains("检查小结：某某五金厂（会话 12）"))
        #expect(Self.row("人防", in: screen) == ["人防", "3", "3", "2", "100%", "0.667"])
        #expect(Self.row("物防", in: screen) == ["物防", "2", "2", "1", "100%", "0.500"])
        #expect(Self.row("技防", in: screen) == ["技防", "0", "0", "0", "—", "—"])
        #expect(Self.row("联防", in: screen) == ["联防", "1", "1", "1", "100%", "1.000"])
        // L = 1 + (0.5 + 0 + 1) / 3
        #expect(screen.contains("防控等级 L = 1.500"))
        #expect(screen.contains("全部 6 项均已检查。"))
    }

    /// The three middle columns are sums of item weights (mgmt-01 weighs 2), and say so.
    @Test(arguments: [(Language.zh, ["层级", "适用权重", "已查权重", "通过权重", "覆盖率", "得分"]),
                      (Language.en, ["Layer", "Applicable weight", "Examined weight", "Passed weight", "Coverage", "Score"])])
    func endSummaryLabelsTheWeightColumnsAsWeights(language: Language, columns: [String]) {
        let screen = Self.run(Self.allAnswered, language: language).lastScreen
        let header = screen.split(separator: "\n").first { $0.hasPrefix("  " + columns[0]) }.map(String.init) ?? ""
        #expect(header.split(separator: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } == columns)
    }

    @Test func endSummaryListsEveryHazardWithSeverityNoteAndFixedOnSite() {
        let screen = Self.run(Self.allAnswered).lastScreen
        #expect(screen.contains("发现隐患 2 项（其中重大 1 项）："))
        #expect(screen.contains("  - mgmt-02 特种作业人员持证上岗【一般，两名焊工证书过期】"))
        #expect(screen.contains("  - site-01 安全出口畅通【重大，东侧出口堆放货物，已现场整改】"))
    }

    @Test func endSummaryWithoutFailsSaysNoHazards() {
        let screen = Self.run(["p", "p", "p", "p", "p", "p"]).lastScreen
        #expect(screen.contains("未发现隐患。"))
        #expect(screen.contains("防控等级 L = 2.000"))
    }

    @Test func endScreenAsksToCompleteAfterTheLastItem() {
        let run = Self.run(Self.allAnswered)
        #expect(run.shell.currentItemID == nil)
        #expect(run.shell.prompt == "完成本次检查？完成后记录不可更改 [y/N] ")
        #expect(!run.shell.isFinished)
    }

    @Test func yesCompletesTheSession() {
        let run = Self.run(Self.allAnswered + ["y"])
        #expect(run.events.last == .complete)
        #expect(run.events.filter { $0 == .complete }.count == 1)
        #expect(run.shell.isFinished)
    }

    /// Completing prints nothing of its own: the CLI says "会话 N 已完成。" once, after the
    /// store completed the session.
    @Test func completingPrintsNothingOfItsOwn() {
        let run = Self.run(Self.allAnswered + ["y"])
        #expect(run.lastScreen == "")
    }

    @Test func unansweredItemsAreWarnedAboutOnTheEndScreen() {
        let screen = Self.run(["p", "s", "p", "s", "s", "p"]).lastScreen
        #expect(screen.contains("⚠ 未检查 3 项"))
    }

    @Test func decliningCompletionGoesToTheFirstUnansweredItem() {
        let run = Self.run(["p", "s", "p", "p", "p", "p", "n"])
        #expect(run.shell.currentItemID == "mgmt-02")
        #expect(run.lastScreen.hasPrefix("转到第一个未检查项。\n"))
        #expect(!run.events.contains(.complete))
    }

    @Test func emptyLineDeclinesCompletion() {
        let run = Self.run(["p", "s", "p", "p", "p", "p", ""])
        #expect(run.shell.currentItemID == "mgmt-02")
        #expect(!run.shell.isFinished)
    }

    @Test func decliningWithEverythingAnsweredStaysOnTheEndScreenOfferingBackJumpAndQuit() {
        let run = Self.run(Self.allAnswered + ["n"])
        #expect(run.shell.currentItemID == nil)
        #expect(run.shell.prompt == "[c/b/j/?/q] > ")
        #expect(run.lastScreen.contains("b 返回"))
        let back = Self.run(Self.allAnswered + ["n", "b"])
        #expect(back.shell.currentItemID == "site-03")
        let again = Self.run(Self.allAnswered + ["n", "c", "y"])
        #expect(again.events.last == .complete)
        let leave = Self.run(Self.allAnswered + ["n", "q"])
        #expect(leave.events.last == .leave)
    }

    @Test func backFromTheEndScreenGoesToTheLastItem() {
        let run = Self.run(Self.allAnswered + ["b"])
        #expect(run.shell.currentItemID == "site-03")
    }

    @Test func otherInputAtTheCompletionQuestionIsAskedAgain() {
        let run = Self.run(Self.allAnswered + ["maybe"])
        #expect(run.lastScreen == "请输入 y（是）或 n（否），直接回车取默认值\n")
        #expect(run.shell.prompt == "完成本次检查？完成后记录不可更改 [y/N] ")
    }

    // MARK: - Resuming

    @Test func resumingStartsAtTheFirstUnansweredItemAndSaysHowManyAreAnswered() {
        let findings = [Self.finding("mgmt-01", .pass), Self.finding("mgmt-02", .fail, note: "证书过期")]
        let run = Self.run([], findings: findings)
        #expect(run.transcript.hasPrefix("继续会话 12：已答 2/6"))
        #expect(run.shell.currentItemID == "mgmt-03")
        #expect(run.transcript.contains("[3/6]"))
        #expect(run.shell.answers.count == 2)
    }

    @Test func resumingWithEverythingAnsweredShowsTheEndScreen() {
        let findings = Self.checklist.items.map { Self.finding($0.id, .pass) }
        let run = Self.run([], findings: findings)
        #expect(run.transcript.contains("防控等级 L = 2.000"))
        #expect(run.shell.prompt == "完成本次检查？完成后记录不可更改 [y/N] ")
    }

    @Test func resumingGoesToTheEndScreenOnceTheLastGapIsFilled() {
        let run = Self.run(["p"], findings: Self.answeredExcept(["mgmt-02"]))
        #expect(run.shell.currentItemID == nil)
        #expect(run.lastScreen.contains("全部 6 项均已检查。"))
        #expect(run.shell.prompt == "完成本次检查？完成后记录不可更改 [y/N] ")
    }

    @Test func resumingGoesFromOneGapToTheNextPastAnsweredItems() {
        let run = Self.run(["p"], findings: Self.answeredExcept(["mgmt-02", "site-02"]))
        #expect(run.shell.currentItemID == "site-02")
        #expect(run.lastScreen.contains("[5/6]"))
    }

    /// The reported loss: after the gaps were filled, one more `p` turned the recorded major
    /// fail of site-01 into a pass. Now the extra `p` lands on the completion question.
    @Test func keysAfterTheLastGapNeverChangeARecordedFail() {
        let run = Self.run(["p", "p"], findings: Self.answeredExcept(["mgmt-02"]))
        #expect(run.events == [Self.record("mgmt-02", .pass)])
        #expect(run.shell.answers["site-01"]?.result == .fail)
        #expect(run.lastScreen == "请输入 y（是）或 n（否），直接回车取默认值\n")
    }

    @Test func answeringAnItemSkipsLaterItemsAlreadyAnswered() {
        let run = Self.run(["j 2", "p", "j 1", "p"])
        #expect(run.shell.currentItemID == "mgmt-03")
    }

    @Test func skipGoesToTheNextUnansweredItem() {
        let run = Self.run(["s"], findings: [Self.finding("mgmt-02", .pass)])
        #expect(run.shell.currentItemID == "mgmt-03")
    }

    @Test func newSessionHeaderNamesTheEnterpriseAndItemCount() {
        #expect(Self.run([]).transcript.hasPrefix("会话 12：某某五金厂，共 6 项（输入 ? 查看按键说明）\n"))
    }

    @Test func findingsForItemsOutsideTheSessionAreIgnored() {
        let items = Self.checklist.applicableItems(profile: Self.checklist.profile("no-cage"))
        let run = Self.run([], items: items, findings: [Self.finding("site-03", .pass)])
        #expect(run.shell.answers.isEmpty)
        #expect(run.transcript.hasPrefix("会话 12："))
    }

    // MARK: - Changing an answer

    @Test func anotherResultForAnAnsweredItemAsksFirstShowingTheOldAnswerAndNote() {
        let run = Self.run(["j mgmt-01", "p"], findings: [Self.finding("mgmt-01", .fail, note: "灭火器过期")])
        #expect(run.events.isEmpty)
        #expect(run.lastScreen == "")
        #expect(run.shell.prompt == "原答案：不合格（一般，灭火器过期），改为通过？[y/N] > ")
    }

    @Test func confirmingTheChangeRecordsTheNewAnswer() {
        let run = Self.run(["j mgmt-01", "p", "y"], findings: [Self.finding("mgmt-01", .fail, note: "灭火器过期")])
        #expect(run.events == [Self.record("mgmt-01", .pass)])
        #expect(run.lastScreen.hasPrefix("已记录 mgmt-01：通过\n"), "the y saved it")
        #expect(run.shell.answers["mgmt-01"]?.result == .pass)
    }

    @Test func theDefaultNoKeepsTheOldAnswerAndStaysOnTheItem() {
        let run = Self.run(["j mgmt-01", "p", ""], findings: [Self.finding("mgmt-01", .fail, note: "灭火器过期")])
        #expect(run.events.isEmpty)
        #expect(run.lastScreen == "保留原答案。\n")
        #expect(run.shell.answers["mgmt-01"]?.result == .fail)
        #expect(run.shell.currentItemID == "mgmt-01")
        #expect(run.shell.prompt == "[p/f/n/s/b/j/?/q] > ")
    }

    @Test func otherInputAtTheChangeQuestionIsAskedAgain() {
        let run = Self.run(["j mgmt-01", "n", "maybe"], findings: [Self.finding("mgmt-01", .pass)])
        #expect(run.lastScreen == "请输入 y（是）或 n（否），直接回车取默认值\n")
        #expect(run.shell.prompt == "原答案：通过，改为不适用？[y/N] > ")
    }

    @Test func changingAPassToAFailAsksTheFailDialogueAfterConfirming() {
        let run = Self.run(["b", "f", "y", "证书过期", "", "", ""], findings: [Self.finding("mgmt-01", .pass)])
        #expect(run.events == [Self.record("mgmt-01", .fail, note: "证书过期")])
    }

    @Test func fillingAFailInAgainAsksFirst() {
        let run = Self.run(["j mgmt-01", "f"], findings: [Self.finding("mgmt-01", .fail, note: "灭火器过期")])
        #expect(run.shell.prompt == "原答案：不合格（一般，灭火器过期），重新填写？[y/N] > ")
    }

    @Test func theSameResultAgainChangesNothingAndGoesToTheNextUnansweredItem() {
        let run = Self.run(["j mgmt-01", "p"], findings: [Self.finding("mgmt-01", .pass), Self.finding("mgmt-02", .pass)])
        #expect(run.events.isEmpty)
        #expect(run.lastScreen.hasPrefix("答案未变：通过\n"))
        #expect(run.shell.currentItemID == "mgmt-03")
    }

    @Test func englishChangeQuestion() {
        let run = Self.run(["j site-01", "p"], findings: Self.answeredExcept([]), language: .en)
        #expect(run.shell.prompt == "Current answer: fail (major, 东侧出口堆放货物). Change to pass? [y/N] > ")
    }

    // MARK: - Evidence paths

    @Test func aWrongEvidencePathIsRefusedAtOnceAndAskedAgain() {
        let run = Self.run(["f", "出口堵塞", "", "", "/no/such.jpg"], checkEvidencePath: Self.fakeCheck)
        #expect(run.lastScreen == "证据文件不可用：/no/such.jpg（文件不存在）。请重新输入路径，或直接回车结束。\n")
        #expect(run.events.isEmpty)
        #expect(run.shell.prompt == "证据文件路径（每行一个，空行结束）> ")
    }

    @Test func aRefusedPathKeepsTheNoteSeverityAndFixedOnSite() {
        let run = Self.run(["f", "出口堵塞", "y", "y", "/card/fifo", "/card/1.jpg", ""], checkEvidencePath: Self.fakeCheck)
        #expect(run.events == [Self.record("mgmt-01", .fail, note: "出口堵塞", major: true, fixed: true,
                                           paths: ["/card/1.jpg"])])
    }

    @Test func englishEvidenceRefusalNamesANonRegularFile() {
        let run = Self.run(["f", "blocked", "", "", "/card/fifo"], language: .en, checkEvidencePath: Self.fakeCheck)
        #expect(run.lastScreen == "Evidence file refused: /card/fifo (not a regular file but a pipe, device or the like). "
                + "Type another path, or press Enter to finish.\n")
    }

    // MARK: - Self-check fails

    /// The self-check format holds a result and a note: a fail asks the note and nothing more.
    @Test func aSelfCheckFailAsksOnlyTheNote() {
        let run = Self.run(["f", "灭火器过期"], strings: .selfCheck(.zh), asksHazardDetails: false)
        #expect(run.events == [Self.record("mgmt-01", .fail, note: "灭火器过期")])
        #expect(!run.transcript.contains("重大隐患？") && !run.transcript.contains("已现场整改？")
                && !run.transcript.contains("证据文件"))
    }

    @Test func theSelfCheckHelpDescribesFailAsANoteOnly() {
        #expect(ShellStrings.selfCheck(.zh).help.contains("f  不合格（随后填写备注）\n"))
        #expect(ShellStrings.selfCheck(.en).help.contains("f  fail (then a note)\n"))
    }

    // MARK: - Saving

    @Test func rejectedAnswerShowsTheMessageAndAsksTheSameItemAgain() {
        let run = Self.run(["f", "出口堵塞", "", "", "/no/such.jpg", ""],
                           reject: ["mgmt-01": "/no/such.jpg: cannot read evidence file"])
        #expect(run.lastScreen.hasPrefix("未保存：/no/such.jpg: cannot read evidence file\n"))
        #expect(run.lastScreen.contains("[1/6]"))
        #expect(run.shell.currentItemID == "mgmt-01")
        #expect(run.shell.answers.isEmpty)
        #expect(run.shell.prompt == "[p/f/n/s/b/j/?/q] > ")
    }

    @Test func afterARejectionTheItemCanBeAnsweredAgain() {
        let run = Self.run(["p", "p"], reject: ["mgmt-01": "disk full"])
        #expect(run.events == [Self.record("mgmt-01", .pass), Self.record("mgmt-01", .pass)])
        #expect(run.shell.answers["mgmt-01"]?.result == .pass)
        #expect(run.shell.currentItemID == "mgmt-02")
    }

    @Test func answersChangeOnlyWhenTheCLIConfirmsTheSave() {
        var shell = InspectionShell(checklist: Self.checklist, items: Self.checklist.items, findings: [],
                                    enterpriseName: "某某五金厂", language: .zh, sessionID: 12)
        _ = shell.start()
        let output = shell.handle("p")
        #expect(output.events == [Self.record("mgmt-01", .pass)])
        #expect(shell.answers.isEmpty)
        #expect(shell.currentItemID == "mgmt-01")
        let saved = shell.saved()
        #expect(saved.screen.hasPrefix("已记录 mgmt-01：通过\n"))
        #expect(shell.answers["mgmt-01"] == Answer(itemID: "mgmt-01", result: .pass))
        #expect(shell.currentItemID == "mgmt-02")
    }

    @Test func inputWhileASaveIsPendingIsIgnored() {
        var shell = InspectionShell(checklist: Self.checklist, items: Self.checklist.items, findings: [],
                                    enterpriseName: "某某五金厂", language: .zh, sessionID: 12)
        _ = shell.start()
        _ = shell.handle("p")
        let ignored = shell.handle("q")
        #expect(ignored.events.isEmpty)
        #expect(!shell.isFinished)
        #expect(ignored.screen == "上一个答案尚未确认保存，请稍候。\n")
    }

    @Test func savedAndRejectedWithoutAPendingAnswerDoNothing() {
        var shell = InspectionShell(checklist: Self.checklist, items: Self.checklist.items, findings: [],
                                    enterpriseName: "某某五金厂", language: .zh, sessionID: 12)
        _ = shell.start()
        #expect(shell.saved() == ShellOutput())
        #expect(shell.rejected("x") == ShellOutput())
        #expect(shell.currentItemID == "mgmt-01")
    }

    // MARK: - English

    @Test func englishShowsEnglishTextsAndLayerNames() {
        let run = Self.run(["j site-01"], language: .en)
        #expect(run.transcript.hasPrefix("Session 12: 某某五金厂, 6 items (type ? for help)\n"))
        #expect(run.lastScreen.contains("[4/6] Section: 2 Site › Fire"))
        #expect(run.lastScreen.contains("Layer: physical"))
        #expect(run.lastScreen.contains("Check: Emergency exits unobstructed"))
        #expect(run.lastScreen.contains("[MAJOR-HAZARD ITEM] Criterion: Exit locked or blocked"))
        #expect(run.shell.prompt == "[p/f/n/s/b/j/?/q] > ")
    }

    @Test func englishFailDialogueAndEndScreen() {
        let run = Self.run(Self.allAnswered, language: .en)
        #expect(run.transcript.contains("Note (required) > "))
        #expect(run.transcript.contains("Major hazard? [Y/n] > "))
        #expect(run.transcript.contains("Fixed on site? [y/N] > "))
        #expect(run.lastScreen.contains("Defence level L = 1.500"))
        #expect(Self.row("human", in: run.lastScreen) == ["human", "3", "3", "2", "100%", "0.667"])
        #expect(run.lastScreen.contains("  - site-01 Emergency exits unobstructed [major, 东侧出口堆放货物, fixed on site]"))
        #expect(run.shell.prompt == "Complete the session? It cannot be changed afterwards [y/N] ")
    }

    @Test func englishResumeHeader() {
        let run = Self.run([], findings: [Self.finding("mgmt-01", .pass)], language: .en)
        #expect(run.transcript.hasPrefix("Resuming session 12: 1/6 answered"))
    }

    // MARK: - Formatting

    @Test func scoreFiguresFormatWithExactDecimalsHalfAwayFromZero() {
        #expect(ScoreFigures.fixed(1.5, decimals: 2) == "1.50")
        #expect(ScoreFigures.fixed(1.125, decimals: 2) == "1.13")
        #expect(ScoreFigures.number(11.0 / 12) == "0.917")
        #expect(ScoreFigures.number(nil) == "—")
        #expect(ScoreFigures.percent(11.0 / 12) == "92%")
        #expect(ScoreFigures.weight(2.5) == "2.5")
        #expect(ScoreFigures.weight(3) == "3")
    }

    /// The self-check table (`selfcheck fill`) says nothing about a session, in either
    /// language, and its help still explains every key.
    @Test(arguments: [Language.zh, .en])
    func theSelfCheckStringsNeverMentionASession(language: Language) {
        let strings = ShellStrings.selfCheck(language)
        let texts = [
            strings.completePrompt, strings.startHeader(0, "和美饭店", 21), strings.resumeHeader(0, 3, 21, "和美饭店"),
            strings.itemNotInSession("fire-01"), strings.help, strings.endHelp, strings.leftOpen(0, 3, 21, 0),
            strings.completed(0), strings.stayOnEnd, strings.summaryTitle("和美饭店", 0),
        ]
        for text in texts {
            #expect(!text.contains("会话") && !text.contains("本次检查") && !text.lowercased().contains("session"), "\(text)")
        }
        #expect(strings.help.contains("--resume") && strings.endHelp.contains("--resume"))
        #expect(strings.help.components(separatedBy: "\n").count == ShellStrings.for(language).help.components(separatedBy: "\n").count)
    }
}
