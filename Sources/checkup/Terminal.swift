import Foundation

/// The only place that writes to the terminal: data to stdout, diagnostics to stderr.
enum Terminal {
    /// Writes `text` to stdout as is.
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes raw bytes to stdout.
    static func output(_ data: Data) {
        FileHandle.standardOutput.write(data)
    }

    /// Writes one line to stderr.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line.hasSuffix("\n") ? line : line + "\n").utf8))
    }

    /// Whether stdout is a terminal (progress lines are shown only then).
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Whether stderr is a terminal.
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}

/// A refusal found by the CLI itself (bad argument values that parse but make no sense).
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
