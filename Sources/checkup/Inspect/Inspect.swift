import ArgumentParser
import CheckupCore
import CheckupStore

/// `checkup inspect`: the inspector's interactive session.
struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Run an inspection session item by item (starts one, or resumes the open one).",
        discussion: """
        Shows one item at a time — section, progress [37/120], layer
        (人防/物防/技防/联防), title, guidance and legal basis — and reads one key:

          p pass   f fail   n not applicable   s skip
          b back   j ID jump   ? help   q save and leave

        On f it asks for a note (required), whether it is a major hazard (default from the item), \
        whether it was fixed on site, and evidence file paths (one per line, empty line ends). \
        Every answer is saved the moment it is given: q, end of input or Ctrl-C leave the session \
        open with nothing lost, and running the same command again resumes it. After the last \
        item it shows a summary per layer and the hazards found, and asks whether to complete \
        the session; a completed session cannot be changed.

        Works at a terminal and with answers piped on stdin (one answer per line).
        """
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var nowOptions: NowOptions
    @OptionGroup var languageOptions: LanguageOptions

    @OptionGroup var target: SessionTargetOptions

    func run() throws {
        let station = try station.openStation()
        let opened = try target.startOrResume(station, now: nowOptions.date)
        let id = opened.session.id
        let recorder = target.inspector.first ?? opened.session.inspectors.first ?? ""
        var shell = InspectionShell(checklist: opened.checklist, items: opened.items,
                                    findings: try station.store.findings(session: id),
                                    enterpriseName: opened.enterprise.name, language: languageOptions.lang,
                                    sessionID: id)
        let driver = ShellDriver(
            record: { answer, paths in
                try station.record(answer, evidencePaths: paths, in: opened, by: recorder, now: nowOptions.date)
            },
            complete: { try station.complete(opened, now: nowOptions.date) })
        let outcome = driver.run(&shell)
        let zh = languageOptions.lang == .zh
        switch outcome {
        case .completed:
            Terminal.error(zh ? "会话 \(id) 已完成。" : "Session \(id) completed.")
        case .left, .endOfInput:
            Terminal.error(zh ? "会话 \(id) 保持未完成，答案已保存；再次运行同一命令可继续。"
                              : "Session \(id) left open with every answer saved; run the same command to resume.")
        }
    }
}
