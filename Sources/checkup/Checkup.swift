import ArgumentParser
import CheckupSupport
import Foundation

/// The `checkup` command: the station's tool for checklists, inspections, self-checks, hazards
/// and reports.
@main
struct Checkup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkup",
        abstract: "Township safety-production checkup station toolkit (安全生产体检站).",
        discussion: """
        Checklists (XML) drive everything: inspectors run sessions against them, enterprises \
        submit self-checks, and the station scores each enterprise on the four defence layers \
        (人防 human, 物防 physical, 技防 technical, 联防 joint) and\nfollows every hazard to closure.

        Exit status: 0 success, 1 the input was refused (the message says why, with \
        file:line:col where there is one), 2 usage error.
        """,
        version: CheckupVersion.string,
        subcommands: [
            ChecklistCommand.self, EnterpriseCommand.self, Inspect.self, SessionCommand.self, Record.self,
            HazardCommand.self, ScoreCommand.self, SelfCheckCommand.self, ImportCommand.self, CompareCommand.self,
            ReportCommand.self, GradeCommand.self, PlanCommand.self, PatrolCommand.self, StationCommand.self,
            InspectorCommand.self, UserCommand.self, ServeCommand.self, SyncCommand.self, Demo.self,
        ]
    )

    /// Runs the command and maps errors to the station's exit codes: 0 ok, 1 refused, 2 usage.
    static func main() {
        let code = run(arguments: Array(CommandLine.arguments.dropFirst()))
        Foundation.exit(code)
    }

    static func run(arguments: [String]) -> Int32 {
        if let language = languageArgument(in: arguments) { Language.current = language }
        let command: any ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            return report(parseError: error)
        }
        do {
            var mutable = command
            try mutable.run()
            return 0
        } catch let exit as ExitCode {
            return exit.rawValue
        } catch let error as ValidationError {
            Terminal.error("checkup: \(error.message)")
            return 2
        } catch {
            return report(parseError: error)
        }
    }

    /// The language `--lang` names, read before parsing so that every message of the run —
    /// parse errors and errors thrown deep in a module included — speaks it. (`CHECKUP_LANG`
    /// has already set `Language.current`; `--lang` wins over it.)
    static func languageArgument(in arguments: [String]) -> Language? {
        var index = arguments.startIndex
        while index < arguments.endIndex, arguments[index] != "--" {
            let argument = arguments[index]
            if argument == "--lang", index + 1 < arguments.endIndex { return Language(tag: arguments[index + 1]) }
            if argument.hasPrefix("--lang=") { return Language(tag: String(argument.dropFirst("--lang=".count))) }
            index += 1
        }
        return nil
    }

    /// Help and version go to stdout with status 0; argument errors to stderr with status 2;
    /// refusals (domain errors) to stderr with status 1.
    private static func report(parseError error: any Error) -> Int32 {
        if isDomainError(error) {
            Terminal.error("checkup: \(error)")
            return 1
        }
        let code = exitCode(for: error)
        let message = fullMessage(for: error)
        if code == .success {
            if !message.isEmpty { Terminal.output(message + "\n") }
            return 0
        }
        if !message.isEmpty { Terminal.error(message) }
        return code == .validationFailure ? 2 : code.rawValue
    }

    /// Errors thrown by Checkup's own modules (not ArgumentParser's) mean the input was refused.
    private static func isDomainError(_ error: any Error) -> Bool {
        let module = String(reflecting: type(of: error))
        return module.hasPrefix("CheckupSupport.") || module.hasPrefix("CheckupXML.") || module.hasPrefix("CheckupCore.")
            || module.hasPrefix("CheckupStore.") || module.hasPrefix("CheckupReports.")
            || module.hasPrefix("CheckupImport.") || module.hasPrefix("CheckupServer.")
            || module.hasPrefix("checkup.")
    }
}
