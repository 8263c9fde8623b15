import CheckupCore
import Foundation

/// Runs an `InspectionShell` on the terminal (or on piped input): prints its screens, reads
/// lines, and carries out its events through the callbacks. The shell decides everything; this
/// only moves text and calls the store.
///
/// Every answer is saved by `record` before the next line is read, so leaving by `q`, end of
/// input or Ctrl-C loses nothing.
struct ShellDriver {
    /// How the conversation ended.
    enum Outcome: Equatable {
        /// `q`: the session stays open.
        case left
        /// The inspector confirmed completion and `complete` succeeded.
        case completed
        /// Input ended (a script ran out of lines, or Ctrl-D).
        case endOfInput
    }

    /// Saves an answer (copying its evidence files); throws to have the shell re-ask.
    var record: (Answer, [String]) throws -> Void
    /// Completes the session; throws to report why not.
    var complete: () throws -> Void

    /// Runs the conversation to its end.
    func run(_ shell: inout InspectionShell) -> Outcome {
        let echo = isatty(STDIN_FILENO) != 1
        ShellDriver.installInterruptHandler()
        var output = shell.start()
        while true {
            Terminal.output(output.screen)
            var next: ShellOutput?
            for event in output.events {
                switch event {
                case .record(let answer, let paths):
                    do {
                        try record(answer, paths)
                        next = shell.saved()
                    } catch {
                        next = shell.rejected("\(error)")
                    }
                case .leave:
                    return .left
                case .complete:
                    do {
                        try complete()
                        return .completed
                    } catch {
                        Terminal.error("checkup: \(error)")
                        return .left
                    }
                }
            }
            if let next {
                output = next
                continue
            }
            if shell.isFinished { return .left }
            Terminal.output(shell.prompt)
            guard let line = readLine(strippingNewline: true) else {
                Terminal.output("\n")
                return .endOfInput
            }
            // With piped answers, show what was "typed" so a transcript reads like a terminal.
            if echo { Terminal.output(line + "\n") }
            output = shell.handle(line)
        }
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
