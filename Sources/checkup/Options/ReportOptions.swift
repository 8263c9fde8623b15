import ArgumentParser
import CheckupReports
import Foundation

/// `-o FILE` for reports: written atomically (temp file, then rename); without it the report
/// goes to stdout.
struct ReportOutputOptions: ParsableArguments {
    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(
        "Write the report to this file (atomically); default: stdout.", valueName: "file"))
    var output: String?

    /// Writes what `body` gives its sink, piece by piece, to the file (atomically) or stdout:
    /// for reports too large to hold whole.
    func emit(streaming body: (_ sink: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Void) throws {
        if let output {
            try AtomicFile.write(to: output, body)
            Terminal.error("wrote \(output)")
        } else {
            try body { Terminal.output(Data(buffer: $0)) }
        }
    }

    /// Writes `data` to the file, or stdout. Binary formats refuse a terminal.
    func emit(_ data: Data, binary: Bool = false) throws {
        if let output {
            try AtomicFile.write(data, to: output)
            Terminal.error("wrote \(output)")
        } else {
            if binary && Terminal.stdoutIsTerminal {
                throw ValidationError("this format is binary: give -o FILE")
            }
            Terminal.output(data)
        }
    }
}
