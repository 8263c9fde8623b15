import CheckupSupport
import Foundation

/// The only place that writes to the terminal: data to stdout, diagnostics to stderr.
///
/// Text (`output(_: String)`, `error`) is for people: control, bidi and invisible characters
/// in it — names, notes, file names from outside — are shown by visible stand-ins
/// (`TerminalText.visible`), so data cannot retitle or clear the terminal. Bytes
/// (`output(_: Data)`: JSON, CSV, XLSX, reports) go out as they are: their formats escape what
/// they must, and what is piped to a file stays the data.
enum Terminal {
    /// Writes `text` to stdout with controls made visible.
    static func output(_ text: String) {
        output(Data(TerminalText.visible(text).utf8))
    }

    /// Writes raw bytes to stdout. If stdout cannot be written (redirected to a full disk or a
    /// read-only file system), says so in one line on stderr and exits with status 1, rather
    /// than trapping in `FileHandle.write(_:)`.
    static func output(_ data: Data) {
        do {
            try FileHandle.standardOutput.write(contentsOf: data)
        } catch {
            Terminal.error("checkup: cannot write to standard output: \(reason(error))")
            exit(1)
        }
    }

    /// Writes one line to stderr with controls made visible (ignoring failure: there is nowhere
    /// left to report it).
    static func error(_ line: String) {
        let line = TerminalText.visible(line.hasSuffix("\n") ? String(line.dropLast()) : line)
        try? FileHandle.standardError.write(contentsOf: Data((line + "\n").utf8))
    }

    /// The system's reason for a failed write, e.g. "No space left on device".
    private static func reason(_ error: any Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let underlying, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return (error as NSError).localizedDescription
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
