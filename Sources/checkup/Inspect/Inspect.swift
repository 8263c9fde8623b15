import ArgumentParser
import CheckupCore
import CheckupStore

/// `checkup inspect`: the inspector's interactive session.
struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Inspect item by item, starting or resuming (现场检查).",
        discussion: """
        Shows one item at a time — section, progress [37/120], layer
        (人防/物防/技防/联防), title, guidance and legal basis — and reads one key:

          p     pass
          f     fail (then a note, major hazard, fixed on site, evidence)
          f 部位 fail and record where (隐患部位): f 二号车间
          n     not applicable
          s     skip: go to the next unanswered item
          b     back to the previous item
          j ID  jump to an item by id or number (j mgmt-01, j 5)
          ?     help
          q     save and leave

        On f it asks for a note (required), whether it is a major hazard (default from the item), \
        whether it was fixed on site, and evidence file paths (one per line, empty line ends); \
        each path is checked as it is typed (it must be a readable regular file) and a wrong one \
        is asked again, keeping the rest of the answer. Every answer is saved the moment it is \
        given: q, end of input or Ctrl-C leave the session open with nothing lost, and running \
        the same command again resumes it at the first unanswered item.

        After an answer the next unanswered item is asked; answered items are never walked \
        through again. To change an answer, go to its item with b or j and give the new one: it \
        asks "Current answer: fail (…). Change to pass? [y/N]" and keeps the old answer unless \
        you type y. After the last unanswered item it shows a summary per layer (weights, \
        coverage, score as in `checkup score`) and the hazards found, and asks whether to \
        complete the session; a completed session cannot be changed.

        --place (default: the enterprise's address), --present and --present-post record the \
        place inspected and the enterprise's person present, printed on the notice and the \
        inspection record; `session update` changes them later.

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
                                    sessionID: id, checkEvidencePath: EvidencePathChecker.check)
        let driver = ShellDriver(
            record: { answer, paths in
                try station.record(answer, evidencePaths: paths, in: opened, by: recorder, now: nowOptions.date)
            },
            complete: { try station.complete(opened, now: nowOptions.date) },
            isOpen: {
                // A session that cannot be read is taken as open: only a status says otherwise.
                guard let session = (try? station.store.session(id)) ?? nil else { return true }
                return session.status == .open
            })
        let ending = driver.run(&shell)
        let strings = ShellStrings.for(languageOptions.lang)
        // One closing line, from what the store actually did (the shell prints none).
        switch ending.outcome {
        case .completed:
            Terminal.error(strings.completed(id))
        case .left, .endOfInput, .completionFailed:
            Terminal.error(strings.leftOpen(id, shell.answeredCount, shell.itemCount, ending.refused))
            if ending.outcome == .completionFailed { throw ExitCode(1) }
        case .closedElsewhere:
            let status = (try? station.store.session(id))??.status ?? .completed
            Terminal.error(strings.closedElsewhere(id, status, ending.saved, ending.refused))
            if ending.refused > 0 { throw ExitCode(1) }
        }
    }
}
