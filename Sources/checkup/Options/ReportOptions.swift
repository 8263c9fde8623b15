import ArgumentParser
import CheckupReports
import CheckupSupport
import Foundation

/// `-o FILE` for reports, written by `AtomicFile`: a regular file is replaced atomically (temp
/// file, then rename), a device or FIFO (`/dev/null`) is written through, a symbolic link is
/// followed, anything else is refused. Without it, or with `-o -`, the report goes to stdout.
struct ReportOutputOptions: ParsableArguments {
    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(
        "Write the report to this file (a regular file is replaced atomically; a device or FIFO is written through; - is stdout); default: stdout.",
        valueName: "file"))
    var output: String?

    /// The file named, or nil for stdout (`-o -` or no `-o`).
    private var file: String? { output == "-" ? nil : output }

    /// Writes what `body` gives its sink, piece by piece, to the file (atomically) or stdout:
    /// for reports too large to hold whole.
    func emit(streaming body: (_ sink: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Void) throws {
        if let output = file {
            try AtomicFile.write(to: output, body)
            Terminal.error(CommonText.wrote.text(output))
        } else {
            try body { Terminal.output(Data(buffer: $0)) }
        }
    }

    /// Writes `data` to the file, or stdout. Binary formats refuse a terminal.
    func emit(_ data: Data, binary: Bool = false) throws {
        if let output = file {
            try AtomicFile.write(data, to: output)
            Terminal.error(CommonText.wrote.text(output))
        } else {
            if binary && Terminal.stdoutIsTerminal {
                throw ValidationError(UsageText.binaryNeedsOutput.text())
            }
            Terminal.output(data)
        }
    }
}
