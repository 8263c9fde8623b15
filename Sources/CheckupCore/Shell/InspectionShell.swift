/// The inspector's interactive session as a pure state machine.
///
/// The CLI owns the terminal: it prints `screen`, acts on `events`, prints `prompt` and feeds
/// each input line back to `handle(_:)`. Nothing here does I/O, so tests drive it with arrays
/// of lines.
///
/// ## Saving
/// Saving is confirmed, not optimistic. When an answer is complete the shell emits
/// `.record(answer, evidencePaths:)` and waits: its own `answers` are unchanged until the CLI
/// calls `saved()`, which records the answer and moves to the next item; `rejected(_:)` shows
/// the store's message and asks the same item again. Until one of the two is called, `handle`
/// ignores input (with a message) — the CLI must call one of them before reading another line.
///
/// The CLI's loop:
/// ```swift
/// var shell = InspectionShell(checklist: c, items: applicable, findings: stored, …)
/// show(shell.start())
/// while !shell.isFinished, let line = readLine() {
///     var output = shell.handle(line)
///     show(output.screen)
///     for event in output.events {
///         switch event {
///         case .record(let answer, let paths):
///             do { try store.record(answer, copying: paths); show(shell.saved().screen) }
///             catch { show(shell.rejected("\(error)").screen) }
///         case .leave: return             // answers are already saved
///         case .complete: try store.complete(session)
///         }
///     }
///     print(shell.prompt, terminator: "")   // when !shell.isFinished
/// }
/// ```
/// The shell prints no closing line for `.leave` and `.complete`: only the CLI knows whether
/// completing succeeded and how many answers the store took, so the CLI says it, once
/// (`ShellStrings.completed`, `leftOpen`, `closedElsewhere`).
///
/// ## Keys
/// `p` pass, `f` fail (then note, major hazard, fixed on site, evidence paths; `f PLACE`, or
/// `不合格 PLACE`, also records where in the enterprise it was found, 隐患部位), `n` not
/// applicable, `s` skip, `b` back, `j ID` jump (an id, else a 1-based position), `?` help,
/// `q` save and leave. Keys are trimmed and case-insensitive; full-width letters and the
/// Chinese words 通过 不合格 不适用 跳过 返回 跳转 帮助 退出 are accepted too.
///
/// ## Order and changes
/// The shell asks the unanswered items, in order: after an answer (or `s`) it goes to the next
/// unanswered item, and to the end screen when there is none after it — it never walks through
/// answered items, on a fresh session or a resumed one. An answered item is reached only by
/// `b` or `j`, and changing its answer is always confirmed with a question that shows the old
/// answer and its note (default No keeps it).
///
/// ## Evidence
/// With an `EvidencePathCheck`, each evidence path is checked as it is typed; a refused path
/// is reported and asked again, keeping the note, severity and fixed-on-site already given.
public struct InspectionShell: Sendable {
    /// Where the conversation is.
    private enum Mode: Sendable, Equatable {
        /// Asking for a key for the item at this index.
        case item(Int)
        /// A fail (at `place`, when given): asking for the note.
        case note(Int, place: String?)
        /// A fail: asking whether it is a major hazard.
        case major(Int, note: String, place: String?)
        /// A fail: asking whether it was fixed on site.
        case fixed(Int, note: String, major: Bool, place: String?)
        /// A fail: collecting evidence paths until an empty line.
        case evidence(Int, note: String, major: Bool, fixed: Bool, paths: [String], place: String?)
        /// The item has an answer: asking whether to change it to this result (a fail at
        /// `place`, when given).
        case change(Int, to: ItemResult, place: String?)
        /// An answer was emitted; waiting for `saved()` or `rejected(_:)`.
        case saving(Int, Answer)
        /// End screen, asking whether to complete.
        case confirm
        /// End screen after completion was declined with every item answered.
        case endMenu
        /// Left (`q`) or completed.
        case finished
    }

    /// A parsed key at an item (or end) prompt.
    private enum Command: Equatable {
        case pass, fail, na, skip, back, jump(String?), help, quit
        /// `f PLACE`: a fail, found at PLACE.
        case failAt(String)
        case yes, no, complete
    }

    private let checklist: Checklist
    private let items: [ChecklistItem]
    private let enterpriseName: String
    private let language: Language
    private let sessionID: Int64
    private let strings: ShellStrings
    /// Index of every item by id.
    private let indexByID: [String: Int]
    /// Section titles by section id, in the shell's language.
    private let sectionTitles: [String: String]
    /// Whether the shell started with answers (the start screen says "resuming").
    private let resumed: Bool
    /// Whether a fail asks major hazard, fixed on site and evidence (false for a self-check,
    /// whose format holds only the result and the note).
    private let asksHazardDetails: Bool
    /// Checks each evidence path as it is typed; nil accepts every path (the store still
    /// checks when it copies).
    private let checkEvidencePath: EvidencePathCheck?

    private var mode: Mode
    private var current: [String: Answer]

    /// Creates a shell for a session.
    ///
    /// - Parameters:
    ///   - checklist: the session's checklist (for section titles).
    ///   - items: the applicable items, in order; only these are asked.
    ///   - findings: answers so far (when resuming); findings for other items are ignored.
    ///   - enterpriseName: shown in headers and the summary.
    ///   - language: of every text the shell shows.
    ///   - sessionID: shown in headers.
    ///   - strings: every text the shell shows; `ShellStrings.for(language)` when nil.
    ///   - asksHazardDetails: whether a fail asks major hazard, fixed on site and evidence
    ///     after the note (an inspection); false asks the note only (a self-check).
    ///   - checkEvidencePath: checks each evidence path as it is typed (see `EvidencePathCheck`).
    public init(checklist: Checklist, items: [ChecklistItem], findings: [Finding], enterpriseName: String,
                language: Language = .zh, sessionID: Int64, strings: ShellStrings? = nil,
                asksHazardDetails: Bool = true, checkEvidencePath: EvidencePathCheck? = nil) {
        self.checklist = checklist
        self.asksHazardDetails = asksHazardDetails
        self.checkEvidencePath = checkEvidencePath
        self.items = items
        self.enterpriseName = enterpriseName
        self.language = language
        self.sessionID = sessionID
        self.strings = strings ?? ShellStrings.for(language)
        var index: [String: Int] = [:]
        for (position, item) in items.enumerated() where index[item.id] == nil {
            index[item.id] = position
        }
        self.indexByID = index
        var titles: [String: String] = [:]
        for section in checklist.allSections {
            titles[section.id] = section.title.text(language)
        }
        self.sectionTitles = titles
        var answers: [String: Answer] = [:]
        for finding in findings where index[finding.itemID] != nil && finding.answer.result != .unchecked {
            answers[finding.itemID] = finding.answer
        }
        self.current = answers
        self.resumed = !answers.isEmpty
        self.mode = .confirm
        self.mode = firstUnanswered().map { .item($0) } ?? .confirm
    }

    // MARK: - Public state

    /// Whether the conversation is over (after `q` or completion).
    public var isFinished: Bool { mode == .finished }

    /// The answers the shell knows to be saved, by item id.
    public var answers: [String: Answer] { current }

    /// How many of the session's items have a saved answer.
    public var answeredCount: Int {
        items.reduce(0) { $0 + (current[$1.id] == nil ? 0 : 1) }
    }

    /// How many items the session asks.
    public var itemCount: Int { items.count }

    /// The id of the item being asked about, if any (nil on the end screen).
    public var currentItemID: String? {
        itemIndex.map { items[$0].id }
    }

    /// The prompt to print before reading the next line ("" once finished).
    public var prompt: String {
        switch mode {
        case .item, .saving: strings.keysPrompt
        case .note: strings.notePrompt
        case .major(let index, _, _): strings.majorPrompt(items[index].major)
        case .fixed: strings.fixedPrompt(false)
        case .evidence(_, _, _, _, let paths, _): strings.evidencePrompt(paths.count)
        case .change(let index, let result, _):
            current[items[index].id].map { old in
                old.result == result ? strings.refillPrompt(oldAnswer(old)) : strings.changePrompt(oldAnswer(old), strings.resultName(result))
            } ?? strings.keysPrompt
        case .confirm: strings.completePrompt
        case .endMenu: strings.endMenuPrompt
        case .finished: ""
        }
    }

    // MARK: - Driving

    /// The first screen: a header (saying how many items are answered when resuming), then the
    /// first unanswered item, or the end summary if every item is answered.
    public mutating func start() -> ShellOutput {
        let header = resumed
            ? strings.resumeHeader(sessionID, answeredCount, items.count, enterpriseName)
            : strings.startHeader(sessionID, enterpriseName, items.count)
        if let index = firstUnanswered() {
            mode = .item(index)
            return ShellOutput(screen: line(header) + itemScreen(index))
        }
        mode = .confirm
        return ShellOutput(screen: line(header) + summaryScreen())
    }

    /// One line of input, without its newline.
    public mutating func handle(_ input: String) -> ShellOutput {
        switch mode {
        case .finished:
            return ShellOutput()
        case .saving:
            return message(strings.awaitingSave)
        case .item(let index):
            return handleItemKey(input, index: index)
        case .note(let index, let place):
            let note = Self.trimmed(input)
            guard !note.isEmpty else { return message(strings.noteRequired) }
            guard asksHazardDetails else {
                return emit(Answer(itemID: items[index].id, result: .fail, note: note), evidencePaths: [], index: index)
            }
            mode = .major(index, note: note, place: place)
            return ShellOutput()
        case .major(let index, let note, let place):
            guard let major = yesNo(input, default: items[index].major) else { return message(strings.yesNoInvalid) }
            mode = .fixed(index, note: note, major: major, place: place)
            return ShellOutput()
        case .fixed(let index, let note, let major, let place):
            guard let fixed = yesNo(input, default: false) else { return message(strings.yesNoInvalid) }
            mode = .evidence(index, note: note, major: major, fixed: fixed, paths: [], place: place)
            return ShellOutput()
        case .evidence(let index, let note, let major, let fixed, var paths, let place):
            let path = Self.unquoted(Self.trimmed(input))
            if !path.isEmpty {
                if let problem = checkEvidencePath?(path) {
                    return message(strings.evidenceRefused(path, problem))
                }
                paths.append(path)
                mode = .evidence(index, note: note, major: major, fixed: fixed, paths: paths, place: place)
                return ShellOutput()
            }
            let answer = Answer(itemID: items[index].id, result: .fail, note: note, major: major, fixedOnSite: fixed,
                                place: place)
            return emit(answer, evidencePaths: paths, index: index)
        case .change(let index, let result, let place):
            return handleChange(input, index: index, to: result, place: place)
        case .confirm:
            return handleEndKey(input, confirming: true)
        case .endMenu:
            return handleEndKey(input, confirming: false)
        }
    }

    /// The CLI saved the answer the shell emitted: remember it and move to the next item (or
    /// the end screen after the last one). Does nothing if no answer is waiting.
    public mutating func saved() -> ShellOutput {
        guard case .saving(let index, let answer) = mode else { return ShellOutput() }
        current[answer.itemID] = answer
        let confirmation = line(strings.recorded(answer.itemID, describe(answer)))
        return ShellOutput(screen: confirmation + advance(from: index))
    }

    /// The store refused the answer the shell emitted: show `message` and ask the same item
    /// again; the shell's answers are unchanged. Does nothing if no answer is waiting.
    public mutating func rejected(_ reason: String) -> ShellOutput {
        guard case .saving(let index, _) = mode else { return ShellOutput() }
        mode = .item(index)
        return ShellOutput(screen: line(strings.notSaved(reason)) + itemScreen(index))
    }

    // MARK: - Key handling

    private mutating func handleItemKey(_ input: String, index: Int) -> ShellOutput {
        let text = Self.trimmed(Self.narrowed(input))
        if text.isEmpty { return ShellOutput() }
        guard let command = Self.command(text) else { return message(strings.unknownInput(text)) }
        switch command {
        case .pass:
            return answer(.pass, index: index)
        case .na:
            return answer(.na, index: index)
        case .fail:
            return answer(.fail, index: index)
        case .failAt(let place):
            // A self-check's format holds the result and the note only.
            guard asksHazardDetails else { return message(strings.unknownInput(text)) }
            return answer(.fail, index: index, place: place)
        case .skip:
            return ShellOutput(screen: advance(from: index))
        case .back:
            guard index > 0 else { return message(strings.alreadyFirst) }
            mode = .item(index - 1)
            return ShellOutput(screen: itemScreen(index - 1))
        case .jump(let target):
            return jump(target)
        case .help:
            return ShellOutput(screen: line(strings.help))
        case .quit:
            return leave()
        case .yes, .no, .complete:
            return message(strings.unknownInput(text))
        }
    }

    /// `p`, `f` or `n` at an item: asked at once when the item has no answer; otherwise the
    /// change is confirmed first (the same pass or n/a again changes nothing).
    private mutating func answer(_ result: ItemResult, index: Int, place: String? = nil) -> ShellOutput {
        let item = items[index]
        if let old = current[item.id] {
            if old.result == result && result != .fail {
                return ShellOutput(screen: line(strings.unchanged(oldAnswer(old))) + advance(from: index))
            }
            mode = .change(index, to: result, place: place)
            return ShellOutput()
        }
        return ask(result, index: index, place: place)
    }

    /// Records a pass or n/a, or starts the fail dialogue; a fail filled in again without a
    /// place keeps the place its old answer had.
    private mutating func ask(_ result: ItemResult, index: Int, place: String? = nil) -> ShellOutput {
        switch result {
        case .fail:
            let old = current[items[index].id]
            mode = .note(index, place: place ?? (old?.result == .fail ? old?.place : nil))
            return ShellOutput()
        default:
            return emit(Answer(itemID: items[index].id, result: result), evidencePaths: [], index: index)
        }
    }

    /// The answer to "change the answer?": yes asks the new answer, no (the default) keeps the
    /// old one and stays on the item.
    private mutating func handleChange(_ input: String, index: Int, to result: ItemResult, place: String?) -> ShellOutput {
        guard let yes = yesNo(input, default: false) else { return message(strings.yesNoInvalid) }
        guard yes else {
            mode = .item(index)
            return message(strings.kept)
        }
        return ask(result, index: index, place: place)
    }

    private mutating func handleEndKey(_ input: String, confirming: Bool) -> ShellOutput {
        let text = Self.trimmed(Self.narrowed(input))
        if text.isEmpty {
            return confirming ? decline() : ShellOutput()
        }
        switch Self.command(text) {
        case .yes? where confirming, .complete? where confirming:
            mode = .finished
            return ShellOutput(events: [.complete])
        case .no? where confirming, .na? where confirming:
            return decline()
        case .yes?, .complete?:
            mode = .confirm
            return ShellOutput(screen: summaryScreen())
        case .back?:
            guard !items.isEmpty else { return message(strings.alreadyFirst) }
            mode = .item(items.count - 1)
            return ShellOutput(screen: itemScreen(items.count - 1))
        case .jump(let target)?:
            return jump(target)
        case .help?:
            return ShellOutput(screen: line(strings.endHelp))
        case .quit?:
            return leave()
        default:
            return message(confirming ? strings.yesNoInvalid : strings.unknownInput(text))
        }
    }

    /// Completion declined: the first unanswered item, else the end menu.
    private mutating func decline() -> ShellOutput {
        if let index = firstUnanswered() {
            mode = .item(index)
            return ShellOutput(screen: line(strings.backToUnanswered) + itemScreen(index))
        }
        mode = .endMenu
        return message(strings.stayOnEnd)
    }

    private mutating func jump(_ target: String?) -> ShellOutput {
        guard let target, !target.isEmpty else { return message(strings.jumpNeedsID) }
        var index = indexByID[target] ?? items.firstIndex { $0.id.lowercased() == target.lowercased() }
        if index == nil, let position = Int(target), position >= 1, position <= items.count {
            index = position - 1
        }
        guard let index else {
            let known = checklist.item(target) != nil
                || checklist.items.contains { $0.id.lowercased() == target.lowercased() }
            return message(known ? strings.itemNotInSession(target) : strings.unknownItem(target))
        }
        mode = .item(index)
        return ShellOutput(screen: itemScreen(index))
    }

    private mutating func leave() -> ShellOutput {
        mode = .finished
        return ShellOutput(events: [.leave])
    }

    private mutating func emit(_ answer: Answer, evidencePaths: [String], index: Int) -> ShellOutput {
        mode = .saving(index, answer)
        return ShellOutput(events: [.record(answer, evidencePaths: evidencePaths)])
    }

    /// Moves past the item at `index`: the next unanswered item after it, or the end summary
    /// when there is none — answered items are never walked through again.
    private mutating func advance(from index: Int) -> String {
        if let next = items.indices.first(where: { $0 > index && current[items[$0].id] == nil }) {
            mode = .item(next)
            return itemScreen(next)
        }
        mode = .confirm
        return summaryScreen()
    }

    private func message(_ text: String) -> ShellOutput {
        ShellOutput(screen: line(text))
    }

    // MARK: - Reading input

    /// Parses a key (already trimmed and narrowed).
    private static func command(_ text: String) -> Command? {
        let lower = text.lowercased()
        switch lower {
        case "p", "pass", "通过", "合格": return .pass
        case "f", "fail", "不合格", "不通过": return .fail
        case "n", "na", "n/a", "不适用": return .na
        case "s", "skip", "跳过": return .skip
        case "b", "back", "返回", "上一项": return .back
        case "?", "h", "help", "帮助": return .help
        case "q", "quit", "退出": return .quit
        case "j", "jump", "跳转": return .jump(nil)
        case "y", "yes", "是", "确认": return .yes
        case "no", "否": return .no
        case "c", "complete", "完成": return .complete
        default: break
        }
        for keyword in ["j", "jump", "跳转"] {
            guard lower.hasPrefix(keyword) else { continue }
            let rest = text.dropFirst(keyword.count)
            if let first = rest.first, first.isWhitespace {
                return .jump(trimmed(String(rest)))
            }
        }
        // `f 二号车间冲床`: a fail with the place it was found at (the place as typed, its
        // white space made single by `Names`).
        for keyword in ["f", "fail", "不合格", "不通过"] {
            guard lower.hasPrefix(keyword) else { continue }
            let rest = text.dropFirst(keyword.count)
            if let first = rest.first, first.isWhitespace, let place = Names.normalisedOrNil(String(rest)) {
                return .failAt(place)
            }
        }
        return nil
    }

    /// A yes/no answer; the empty line is `default`; nil when the line is neither.
    private func yesNo(_ input: String, default value: Bool) -> Bool? {
        let text = Self.trimmed(Self.narrowed(input)).lowercased()
        switch text {
        case "": return value
        case "y", "yes", "是", "是的", "对": return true
        case "n", "no", "否", "不是", "不": return false
        default: return nil
        }
    }

    /// Full-width ASCII (ｐ ｆ ？) as ASCII and the ideographic space as a space.
    static func narrowed(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x3000: scalars.append(" ")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// `text` without leading and trailing white space (including `\r` and U+3000).
    static func trimmed(_ text: String) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
              let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(text[first...last])
    }

    /// A path without one pair of surrounding quotes (as terminals add on drag and drop).
    static func unquoted(_ path: String) -> String {
        for quote: Character in ["'", "\""] where path.count >= 2 && path.first == quote && path.last == quote {
            return String(path.dropFirst().dropLast())
        }
        return path
    }

    // MARK: - Screens

    private var itemIndex: Int? {
        switch mode {
        case .item(let index), .note(let index, _), .major(let index, _, _), .fixed(let index, _, _, _),
             .evidence(let index, _, _, _, _, _), .saving(let index, _), .change(let index, _, _):
            index
        case .confirm, .endMenu, .finished:
            nil
        }
    }

    private func firstUnanswered() -> Int? {
        items.firstIndex { current[$0.id] == nil }
    }

    private func line(_ text: String) -> String { text + "\n" }

    /// One item: progress, section path, layer and id, title, major marker, guidance, basis and
    /// the current answer.
    private func itemScreen(_ index: Int) -> String {
        let item = items[index]
        var out = line(String(repeating: "-", count: 60))
        let path = item.sectionPath.map { sectionTitles[$0] ?? $0 }.joined(separator: strings.sectionSeparator)
        out += line("[\(index + 1)/\(items.count)] " + strings.sectionLabel + path)
        out += line(strings.layerLabel + item.layer.name(language) + "    " + strings.idLabel + item.id)
        out += line(strings.titleLabel + item.title.text(language))
        if item.major {
            var marker = strings.majorMarker
            if let criterion = item.majorCriterion {
                marker += " " + strings.majorCriterionLabel + criterion.text(language)
            }
            out += line(marker)
        }
        if let guidance = item.guidance {
            out += line(strings.guidanceLabel + guidance.text(language))
        }
        out += line(strings.basisLabel + item.basis.text(language))
        if let answer = current[item.id] {
            out += line(strings.currentAnswerLabel + describe(answer))
        }
        return out
    }

    /// "不合格，重大，已现场整改，备注：…，证据 2 份".
    private func describe(_ answer: Answer) -> String {
        ([strings.resultName(answer.result)] + details(answer)).joined(separator: strings.partSeparator)
    }

    /// "不合格（重大，已现场整改，灭火器过期）", as the change question shows an answer.
    private func oldAnswer(_ answer: Answer) -> String {
        let parts = details(answer, noteLabel: "")
        return strings.answerWithDetails(strings.resultName(answer.result), parts.joined(separator: strings.partSeparator))
    }

    /// Severity and fixed on site (of an inspection's fail), note and evidence count.
    private func details(_ answer: Answer, noteLabel: String? = nil) -> [String] {
        var parts: [String] = []
        if answer.result == .fail && asksHazardDetails {
            parts.append(strings.severityName(answer.major))
            if answer.fixedOnSite { parts.append(strings.fixedOnSite) }
            if let place = answer.place { parts.append(strings.placeLabel + place) }
        }
        if let note = answer.note, !note.isEmpty { parts.append((noteLabel ?? strings.noteLabel) + note) }
        if !answer.evidence.isEmpty { parts.append(strings.evidenceCount(answer.evidence.count)) }
        return parts
    }

    /// The scoring inputs from the saved answers.
    var scoringItems: [ScoringItem] {
        items.map { item in
            ScoringItem(id: item.id, layer: item.layer, weight: item.weight,
                        result: current[item.id]?.result ?? .unchecked, title: item.title.text(language))
        }
    }

    /// The end screen: per-layer table, defence level, hazards, unanswered count.
    private func summaryScreen() -> String {
        let score = DefenceScore.compute(items: scoringItems, weights: checklist.layerWeights)
        var out = line(String(repeating: "=", count: 60))
        out += line(strings.summaryTitle(enterpriseName, sessionID))
        var rows = [strings.summaryColumns]
        for layer in Layer.allCases {
            let layerScore = score[layer]
            rows.append([layer.name(language), ScoreFigures.weight(layerScore.applicable),
                         ScoreFigures.weight(layerScore.examined), ScoreFigures.weight(layerScore.passed),
                         ScoreFigures.percent(layerScore.coverage), ScoreFigures.number(layerScore.score)])
        }
        let widths = (0..<6).map { column in rows.map { TextWidth.of($0[column]) }.max() ?? 0 }
        for row in rows {
            let cells = row.enumerated().map { column, cell in
                TextWidth.pad(cell, to: widths[column], alignment: column == 0 ? .leading : .trailing)
            }
            out += line("  " + Self.trimmedTrailing(cells.joined(separator: "  ")))
        }
        out += line(strings.levelLine(ScoreFigures.number(score.level)))

        let fails = items.compactMap { item -> (ChecklistItem, Answer)? in
            guard let answer = current[item.id], answer.result == .fail else { return nil }
            return (item, answer)
        }
        if fails.isEmpty {
            out += line(strings.noHazards)
        } else {
            out += line(strings.hazardsHeader(fails.count, fails.filter { $0.1.major }.count))
            for (item, answer) in fails {
                var parts = asksHazardDetails ? [strings.severityName(answer.major)] : []
                if let note = answer.note, !note.isEmpty { parts.append(note) }
                if answer.fixedOnSite && asksHazardDetails { parts.append(strings.fixedOnSite) }
                out += line(strings.hazardLine(item.id, item.title.text(language), parts.joined(separator: strings.partSeparator)))
            }
        }
        let unanswered = items.count - answeredCount
        out += line(unanswered > 0 ? strings.unansweredWarning(unanswered) : strings.allAnswered(items.count))
        return out
    }

    private static func trimmedTrailing(_ text: String) -> String {
        guard let last = text.lastIndex(where: { $0 != " " }) else { return "" }
        return String(text[...last])
    }
}
