import Foundation

/// Every user-visible string of `InspectionShell`, one table per language.
///
/// Nothing the shell shows is written anywhere else: texts with values are closures, so a
/// translation can put the values where its grammar wants them. `zh` is the default.
public struct ShellStrings: Sendable {
    // MARK: Prompts

    /// The prompt for an item: which keys are accepted.
    public let keysPrompt: String
    /// The prompt for a fail's note.
    public let notePrompt: String
    /// The prompt "major hazard?", with the default shown as the capital letter.
    public let majorPrompt: @Sendable (_ defaultYes: Bool) -> String
    /// The prompt "fixed on site?", with the default shown as the capital letter.
    public let fixedPrompt: @Sendable (_ defaultYes: Bool) -> String
    /// The prompt for one evidence path; `count` paths have been given so far.
    public let evidencePrompt: @Sendable (_ count: Int) -> String
    /// The completion question on the end screen.
    public internal(set) var completePrompt: String
    /// The prompt on the end screen once the inspector declined to complete.
    public let endMenuPrompt: String
    /// The question before an answered item gets another result: the old answer (with its
    /// details, see `answerWithDetails`) and the new result's name; default No.
    public let changePrompt: @Sendable (_ old: String, _ new: String) -> String
    /// The question before an answered fail is filled in again as a fail; default No.
    public let refillPrompt: @Sendable (_ old: String) -> String

    // MARK: Headers

    /// First line of a new session.
    public internal(set) var startHeader: @Sendable (_ session: Int64, _ enterprise: String, _ total: Int) -> String
    /// First line of a resumed session ("继续会话 12：已答 37/120").
    public internal(set) var resumeHeader: @Sendable (_ session: Int64, _ answered: Int, _ total: Int, _ enterprise: String) -> String

    // MARK: Item screen

    /// Label before the section title path.
    public let sectionLabel: String
    /// Separator between the section titles of a path.
    public let sectionSeparator: String
    /// Label before the layer name.
    public let layerLabel: String
    /// Label before the item id.
    public let idLabel: String
    /// Label before the item title.
    public let titleLabel: String
    /// The major-hazard marker of a major item.
    public let majorMarker: String
    /// Label before the major-hazard criterion.
    public let majorCriterionLabel: String
    /// Label before the guidance.
    public let guidanceLabel: String
    /// Label before the legal basis.
    public let basisLabel: String
    /// Label before the item's current answer.
    public let currentAnswerLabel: String
    /// The name of a result.
    public let resultName: @Sendable (ItemResult) -> String
    /// 重大 / 一般.
    public let severityName: @Sendable (_ major: Bool) -> String
    /// 已现场整改.
    public let fixedOnSite: String
    /// Label before a note.
    public let noteLabel: String
    /// Label before the place of a fail (隐患部位).
    public let placeLabel: String
    /// "2 evidence files".
    public let evidenceCount: @Sendable (Int) -> String
    /// Separator between the parts of an answer description.
    public let partSeparator: String
    /// A result's name with its details in brackets ("不合格（一般，灭火器过期）"); the name
    /// alone when `details` is empty.
    public let answerWithDetails: @Sendable (_ result: String, _ details: String) -> String

    // MARK: Messages

    /// An answer was saved.
    public let recorded: @Sendable (_ itemID: String, _ answer: String) -> String
    /// The CLI could not save an answer.
    public let notSaved: @Sendable (_ message: String) -> String
    /// Input that is not a key.
    public let unknownInput: @Sendable (String) -> String
    /// Input at a yes/no question that is neither.
    public let yesNoInvalid: String
    /// An empty note for a fail.
    public let noteRequired: String
    /// `b` on the first item.
    public let alreadyFirst: String
    /// `j` without an id.
    public let jumpNeedsID: String
    /// `j` with an id the checklist does not have.
    public let unknownItem: @Sendable (String) -> String
    /// `j` with an id of the checklist that is not applicable in this session.
    public internal(set) var itemNotInSession: @Sendable (String) -> String
    /// Help for the item keys.
    public internal(set) var help: String
    /// Help on the end screen.
    public internal(set) var endHelp: String
    /// Declining completion goes back to the first unanswered item.
    public let backToUnanswered: String
    /// Declining completion with every item answered.
    public internal(set) var stayOnEnd: String
    /// Input while the CLI has not said whether the last answer was saved.
    public let awaitingSave: String
    /// The same pass or n/a given again to an answered item: nothing changes.
    public let unchanged: @Sendable (_ answer: String) -> String
    /// The change of an answer was declined.
    public let kept: String
    /// An evidence path refused as it was typed; the path is asked again.
    public let evidenceRefused: @Sendable (_ path: String, _ problem: EvidencePathProblem) -> String

    // MARK: Closing lines (printed once by the CLI, after the store has acted)

    /// The session was completed.
    public internal(set) var completed: @Sendable (_ session: Int64) -> String
    /// `q` or end of input: the session stays open; `refused` answers the store did not take.
    public internal(set) var leftOpen: @Sendable (_ session: Int64, _ answered: Int, _ total: Int, _ refused: Int) -> String
    /// Someone else completed (or superseded) the session meanwhile: how many of this run's
    /// answers were saved before that, and how many were refused.
    public let closedElsewhere: @Sendable (_ session: Int64, _ status: SessionStatus, _ saved: Int, _ refused: Int) -> String

    // MARK: End screen

    /// Title of the summary.
    public internal(set) var summaryTitle: @Sendable (_ enterprise: String, _ session: Int64) -> String
    /// Column headers: layer, applicable weight, examined weight, passed weight, coverage, score
    /// (the three middle columns are sums of item weights, not counts).
    public let summaryColumns: [String]
    /// The defence level line; the value is already formatted.
    public let levelLine: @Sendable (String) -> String
    /// Heading of the hazard list.
    public internal(set) var hazardsHeader: @Sendable (_ count: Int, _ major: Int) -> String
    /// One hazard: id, title and the parts (severity, note, fixed on site) already joined.
    public let hazardLine: @Sendable (_ itemID: String, _ title: String, _ details: String) -> String
    /// When no item failed.
    public let noHazards: String
    /// Warning that items are unanswered.
    public let unansweredWarning: @Sendable (Int) -> String
    /// Every item answered.
    public let allAnswered: @Sendable (Int) -> String

    /// The table for `language`.
    public static func `for`(_ language: Language) -> ShellStrings {
        switch language {
        case .zh: zh
        case .en: en
        }
    }

    /// The table for an enterprise filling in its own self-check (`checkup selfcheck fill`):
    /// the same shell, but it speaks of the self-check and its form, not of an inspection
    /// session (a form being filled has no session number).
    public static func selfCheck(_ language: Language) -> ShellStrings {
        var strings = ShellStrings.for(language)
        switch language {
        case .zh:
            strings.completePrompt = "完成自查并写出自查表？[y/N] "
            strings.startHeader = { _, enterprise, total in "自查：\(enterprise)，共 \(total) 项（输入 ? 查看按键说明）" }
            strings.resumeHeader = { _, answered, total, enterprise in "继续自查：已答 \(answered)/\(total)（\(enterprise)）" }
            strings.itemNotInSession = { "检查项 \($0) 不适用于本次自查（被模板排除或不适用于该行业）" }
            strings.help = strings.help
                .replacingOccurrences(of: "（随后填写备注、是否重大隐患、是否已现场整改、证据文件）；f 部位 同时记下隐患部位，如 f 二号车间冲床",
                                      with: "（随后填写备注）")
                .replacingOccurrences(of: "（会话保持打开，可稍后继续）", with: "（自查表已保存，可用 --resume 继续）")
            strings.endHelp = strings.endHelp
                .replacingOccurrences(of: "完成本次检查", with: "完成自查")
                .replacingOccurrences(of: "（会话保持打开，可稍后继续）", with: "（自查表已保存，可用 --resume 继续）")
            strings.leftOpen = { _, answered, total, _ in "自查表已保存，已答 \(answered)/\(total)。" }
            strings.completed = { _ in "自查已完成。" }
            strings.stayOnEnd = "自查未完成。输入 c 完成，b 返回，j 编号 跳转，q 保存并退出。"
            strings.summaryTitle = { enterprise, _ in "自查小结：\(enterprise)" }
            strings.hazardsHeader = { count, _ in "不合格 \(count) 项：" }
        case .en:
            strings.completePrompt = "Finish the self-check and write the form? [y/N] "
            strings.startHeader = { _, enterprise, total in "Self-check: \(enterprise), \(total) items (type ? for help)" }
            strings.resumeHeader = { _, answered, total, enterprise in
                "Resuming the self-check: \(answered)/\(total) answered (\(enterprise))"
            }
            strings.itemNotInSession = { "Item \($0) does not apply in this self-check (excluded by the profile or the industry)" }
            strings.help = strings.help
                .replacingOccurrences(of: "(then a note, major hazard, fixed on site, evidence files); f PLACE also records where, e.g. f press 2",
                                      with: "(then a note)")
                .replacingOccurrences(of: "(the session stays open to resume later)",
                                      with: "(the form is saved; continue with --resume)")
            strings.endHelp = strings.endHelp
                .replacingOccurrences(of: "complete the session", with: "finish the self-check")
                .replacingOccurrences(of: "(the session stays open to resume later)",
                                      with: "(the form is saved; continue with --resume)")
            strings.leftOpen = { _, answered, total, _ in "Self-check form saved: \(answered)/\(total) answered." }
            strings.completed = { _ in "Self-check finished." }
            strings.stayOnEnd = "Self-check not finished. Type c to finish, b to go back, j ID to jump, q to save and leave."
            strings.summaryTitle = { enterprise, _ in "Summary: \(enterprise) (self-check)" }
            strings.hazardsHeader = { count, _ in count == 1 ? "1 fail:" : "\(count) fails:" }
        }
        return strings
    }

    /// Simplified Chinese, the station default.
    public static let zh = ShellStrings(
        keysPrompt: "[p/f/n/s/b/j/?/q] > ",
        notePrompt: "备注（必填）> ",
        majorPrompt: { $0 ? "重大隐患？[Y/n] > " : "重大隐患？[y/N] > " },
        fixedPrompt: { $0 ? "已现场整改？[Y/n] > " : "已现场整改？[y/N] > " },
        evidencePrompt: { $0 == 0 ? "证据文件路径（每行一个，空行结束）> " : "证据文件路径（已 \($0) 个，空行结束）> " },
        completePrompt: "完成本次检查？完成后记录不可更改 [y/N] ",
        endMenuPrompt: "[c/b/j/?/q] > ",
        changePrompt: { "原答案：\($0)，改为\($1)？[y/N] > " },
        refillPrompt: { "原答案：\($0)，重新填写？[y/N] > " },
        startHeader: { "会话 \($0)：\($1)，共 \($2) 项（输入 ? 查看按键说明）" },
        resumeHeader: { "继续会话 \($0)：已答 \($1)/\($2)（\($3)）" },
        sectionLabel: "章节：",
        sectionSeparator: " › ",
        layerLabel: "层级：",
        idLabel: "编号：",
        titleLabel: "检查项：",
        majorMarker: "【重大隐患判定项】",
        majorCriterionLabel: "判定标准：",
        guidanceLabel: "查验方法：",
        basisLabel: "依据：",
        currentAnswerLabel: "当前答案：",
        resultName: { result in
            switch result {
            case .pass: "通过"
            case .fail: "不合格"
            case .na: "不适用"
            case .unchecked: "未检查"
            }
        },
        severityName: { $0 ? "重大" : "一般" },
        fixedOnSite: "已现场整改",
        noteLabel: "备注：",
        placeLabel: "部位：",
        evidenceCount: { "证据 \($0) 份" },
        partSeparator: "，",
        answerWithDetails: { $1.isEmpty ? $0 : "\($0)（\($1)）" },
        recorded: { "已记录 \($0)：\($1)" },
        notSaved: { "未保存：\($0)" },
        unknownInput: { "无法识别“\($0)”，输入 ? 查看按键说明" },
        yesNoInvalid: "请输入 y（是）或 n（否），直接回车取默认值",
        noteRequired: "不合格项必须填写备注，说明发现的问题",
        alreadyFirst: "已是第一项",
        jumpNeedsID: "请在 j 后写检查项编号，例如：j mgmt-01",
        unknownItem: { "没有编号为 \($0) 的检查项" },
        itemNotInSession: { "检查项 \($0) 不适用于本次检查（被模板排除或不适用于该行业）" },
        help: """
            按键说明：
              p  通过
              f  不合格（随后填写备注、是否重大隐患、是否已现场整改、证据文件）；f 部位 同时记下隐患部位，如 f 二号车间冲床
              n  不适用
              s  跳过（暂不检查，进入下一个未答项）
              b  返回上一项（可查看、修改已答项）
              j 编号  跳转到该检查项，例如 j mgmt-01（也可写序号，如 j 5）
              ?  显示本说明
              q  保存并退出（会话保持打开，可稍后继续）
            每个答案输入后立即保存，随后转到下一个未答项。
            修改已答项：用 b 或 j 回到该项，输入新答案，确认后才改。
            也可输入：通过、不合格、不适用、跳过。
            """,
        endHelp: """
            按键说明：
              c  完成本次检查（需再次确认）
              b  返回最后一项
              j 编号  跳转到该检查项（修改答案需确认）
              ?  显示本说明
              q  保存并退出（会话保持打开，可稍后继续）
            """,
        backToUnanswered: "转到第一个未检查项。",
        stayOnEnd: "会话未完成。输入 c 完成，b 返回，j 编号 跳转，q 保存并退出。",
        awaitingSave: "上一个答案尚未确认保存，请稍候。",
        unchanged: { "答案未变：\($0)" },
        kept: "保留原答案。",
        evidenceRefused: { path, problem in
            let reason = switch problem {
            case .missing: "文件不存在"
            case .directory: "是目录，不是文件"
            case .notRegularFile: "不是普通文件，而是管道、设备等"
            case .unreadable: "无权读取"
            case .tooLarge(let limit): "超过 \(limit) MB"
            }
            return "证据文件不可用：\(path)（\(reason)）。请重新输入路径，或直接回车结束。"
        },
        completed: { "会话 \($0) 已完成。" },
        leftOpen: { session, answered, total, refused in
            "会话 \(session) 保持打开，已答 \(answered)/\(total)，均已保存"
                + (refused > 0 ? "（另有 \(refused) 条答案被拒绝，未保存）" : "")
                + "；再次运行同一命令可继续。"
        },
        closedElsewhere: { session, status, saved, refused in
            let how = status == .superseded ? "已被替代" : "已由他人完成"
            return "会话 \(session) \(how)；本次 \(saved) 条答案已保存，\(refused) 条未保存。"
        },
        summaryTitle: { "检查小结：\($0)（会话 \($1)）" },
        summaryColumns: ["层级", "适用权重", "已查权重", "通过权重", "覆盖率", "得分"],
        levelLine: { "防控等级 L = \($0)" },
        hazardsHeader: { "发现隐患 \($0) 项（其中重大 \($1) 项）：" },
        hazardLine: { "  - \($0) \($1)【\($2)】" },
        noHazards: "未发现隐患。",
        unansweredWarning: { "⚠ 未检查 \($0) 项" },
        allAnswered: { "全部 \($0) 项均已检查。" }
    )

    /// English.
    public static let en = ShellStrings(
        keysPrompt: "[p/f/n/s/b/j/?/q] > ",
        notePrompt: "Note (required) > ",
        majorPrompt: { $0 ? "Major hazard? [Y/n] > " : "Major hazard? [y/N] > " },
        fixedPrompt: { $0 ? "Fixed on site? [Y/n] > " : "Fixed on site? [y/N] > " },
        evidencePrompt: { $0 == 0 ? "Evidence file (one per line, empty line to finish) > "
                                  : "Evidence file (\($0) so far, empty line to finish) > " },
        completePrompt: "Complete the session? It cannot be changed afterwards [y/N] ",
        endMenuPrompt: "[c/b/j/?/q] > ",
        changePrompt: { "Current answer: \($0). Change to \($1)? [y/N] > " },
        refillPrompt: { "Current answer: \($0). Answer it again? [y/N] > " },
        startHeader: { "Session \($0): \($1), \($2) items (type ? for help)" },
        resumeHeader: { "Resuming session \($0): \($1)/\($2) answered (\($3))" },
        sectionLabel: "Section: ",
        sectionSeparator: " › ",
        layerLabel: "Layer: ",
        idLabel: "Item: ",
        titleLabel: "Check: ",
        majorMarker: "[MAJOR-HAZARD ITEM]",
        majorCriterionLabel: "Criterion: ",
        guidanceLabel: "How to check: ",
        basisLabel: "Basis: ",
        currentAnswerLabel: "Current answer: ",
        resultName: { result in
            switch result {
            case .pass: "pass"
            case .fail: "fail"
            case .na: "not applicable"
            case .unchecked: "unchecked"
            }
        },
        severityName: { $0 ? "major" : "general" },
        fixedOnSite: "fixed on site",
        noteLabel: "note: ",
        placeLabel: "place: ",
        evidenceCount: { $0 == 1 ? "1 evidence file" : "\($0) evidence files" },
        partSeparator: ", ",
        answerWithDetails: { $1.isEmpty ? $0 : "\($0) (\($1))" },
        recorded: { "Recorded \($0): \($1)" },
        notSaved: { "Not saved: \($0)" },
        unknownInput: { "Unknown input '\($0)'; type ? for help" },
        yesNoInvalid: "Answer y (yes) or n (no); press Enter for the default",
        noteRequired: "A fail needs a note saying what was found",
        alreadyFirst: "This is the first item",
        jumpNeedsID: "Give the item id after j, e.g. j mgmt-01",
        unknownItem: { "No item with id \($0)" },
        itemNotInSession: { "Item \($0) does not apply in this session (excluded by the profile or the industry)" },
        help: """
            Keys:
              p  pass
              f  fail (then a note, major hazard, fixed on site, evidence files); f PLACE also records where, e.g. f press 2
              n  not applicable
              s  skip (leave unchecked, go to the next unanswered item)
              b  back to the previous item (to see or change an answer)
              j ID  jump to the item, e.g. j mgmt-01 (or by position, e.g. j 5)
              ?  this help
              q  save and leave (the session stays open to resume later)
            Every answer is saved as soon as it is given; then the next unanswered item is asked.
            To change an answer, go back to its item with b or j and give the new answer;
            it is changed only after you confirm.
            """,
        endHelp: """
            Keys:
              c  complete the session (asks to confirm)
              b  back to the last item
              j ID  jump to the item (changing an answer asks to confirm)
              ?  this help
              q  save and leave (the session stays open to resume later)
            """,
        backToUnanswered: "Going to the first unanswered item.",
        stayOnEnd: "Session not completed. Type c to complete, b to go back, j ID to jump, q to save and leave.",
        awaitingSave: "The last answer has not been confirmed as saved yet.",
        unchanged: { "Answer unchanged: \($0)" },
        kept: "Kept the current answer.",
        evidenceRefused: { path, problem in
            let reason = switch problem {
            case .missing: "no such file"
            case .directory: "a directory, not a file"
            case .notRegularFile: "not a regular file but a pipe, device or the like"
            case .unreadable: "permission denied"
            case .tooLarge(let limit): "larger than \(limit) MB"
            }
            return "Evidence file refused: \(path) (\(reason)). Type another path, or press Enter to finish."
        },
        completed: { "Session \($0) completed." },
        leftOpen: { session, answered, total, refused in
            "Session \(session) stays open with \(answered)/\(total) answered, all saved"
                + (refused > 0 ? " (\(refused) \(refused == 1 ? "answer was" : "answers were") refused and not saved)" : "")
                + "; run the same command to resume."
        },
        closedElsewhere: { session, status, saved, refused in
            let how = status == .superseded ? "was superseded" : "was completed by someone else"
            return "Session \(session) \(how); \(saved) of this run's answers saved, \(refused) not saved."
        },
        summaryTitle: { "Summary: \($0) (session \($1))" },
        summaryColumns: ["Layer", "Applicable weight", "Examined weight", "Passed weight", "Coverage", "Score"],
        levelLine: { "Defence level L = \($0)" },
        hazardsHeader: { "Hazards found: \($0) (\($1) major):" },
        hazardLine: { "  - \($0) \($1) [\($2)]" },
        noHazards: "No hazards found.",
        unansweredWarning: { "⚠ \($0) unanswered" },
        allAnswered: { "All \($0) items answered." }
    )
}
