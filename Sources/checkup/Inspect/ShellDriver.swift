import CheckupCore
import Foundation

/// Runs an `InspectionShell` on the terminal (or on piped input): prints its screens, reads
/// lines, and carries out its events through the callbacks. The shell decides everything; this
/// only moves text and calls the store.
///
/// Every answer is saved by `record` before the next line is read, so leaving by `q`, end of
/// input or Ctrl-C loses nothing. The driver counts what the store took and refused, so the
/// command's closing line can say exactly that.
struct ShellDriver {
    /// How the conversation ended.
    enum Outcome: Equatable {
        /// `q`: the session stays open.
        case left
        /// The inspector confirmed completion and `complete` succeeded.
        case completed
        /// The inspector confirmed completion but `complete` failed; the session stays open.
        case completionFailed
        /// Input ended (a script ran out of lines, or Ctrl-D).
        case endOfInput
        /// The store refused an answer because the session is no longer open (another
        /// `inspect` or `session complete` closed it meanwhile).
        case closedElsewhere
    }

    /// The end of a conversation and what the store did with its answers.
    struct Ending: Equatable {
        /// How it ended.
        var outcome: Outcome
        /// Answers the store saved in this run.
        var saved: Int
        /// Answers the store refused in this run.
        var refused: Int
    }

    /// Saves an answer (copying its evidence files); throws to have the shell re-ask.
    var record: (Answer, [String]) throws -> Void
    /// Completes the session; throws to report why not.
    var complete: () throws -> Void
    /// Whether the session can still take answers; asked after a refusal, so a session closed
    /// by someone else ends the conversation instead of refusing every further answer.
    var isOpen: () -> Bool = { true }

    /// Runs the conversation to its end.
    func run(_ shell: inout InspectionShell) -> Ending {
        let echo = isatty(STDIN_FILENO) != 1
        ShellDriver.installInterruptHandler()
        var saved = 0
        var refused = 0
        func ending(_ outcome: Outcome) -> Ending { Ending(outcome: outcome, saved: saved, refused: refused) }
        var output = shell.start()
        while true {
            Terminal.output(output.screen)
            var next: ShellOutput?
            for event in output.events {
                switch event {
                case .record(let answer, let paths):
                    do {
                        try record(answer, paths)
                        saved += 1
                        next = shell.saved()
                    } catch {
                        refused += 1
                        let rejection = shell.rejected("\(error)")
                        guard isOpen() else {
                            Terminal.output(ShellDriver.firstLine(of: rejection.screen))
                            return ending(.closedElsewhere)
                        }
                        next = rejection
                    }
                case .leave:
                    return ending(.left)
                case .complete:
                    do {
                        try complete()
                        return ending(.completed)
                    } catch {
                        Terminal.error("checkup: \(error)")
                        return ending(isOpen() ? .completionFailed : .closedElsewhere)
                    }
                }
            }
            if let next {
                output = next
                continue
            }
            if shell.isFinished { return ending(.left) }
            Terminal.output(shell.prompt)
            guard let line = readLine(strippingNewline: true) else {
                Terminal.output("\n")
                return ending(.endOfInput)
            }
            // With piped answers, show what was "typed" so a transcript reads like a terminal.
            if echo { Terminal.output(line + "\n") }
            output = shell.handle(line)
        }
    }

    /// The first line of a screen, with its newline ("未保存：…" without the item re-asked).
    static func firstLine(of screen: String) -> String {
        guard let end = screen.firstIndex(of: "\n") else { return screen }
        return String(screen[...end])
    }

    /// Ctrl-C ends the program at once with status 130. That is safe because each answer was
    /// committed before its prompt returned; the message says so.
    static func installInterruptHandler() {
        signal(SIGINT) { _ in
            let message = "\n已中断：已保存的答案都在，可再次运行同一命令继续。\nInterrupted: every answer given is saved; run the same command again to resume.\n"
            _ = message.withCString { write(STDERR_FILENO, $0, strlen($0)) }
            _exit(130)
        }
    }
}
