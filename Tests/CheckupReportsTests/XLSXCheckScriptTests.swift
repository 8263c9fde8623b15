import CheckupReports
import Foundation
import Testing

/// Runs scripts/check-xlsx.py — openpyxl, a reader independent of our writer — on a ledger this
/// test writes, when python3 with openpyxl is installed.
enum CheckScript {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let script = repository.appendingPathComponent("scripts/check-xlsx.py")

    /// Runs python3 with `arguments`; returns its exit status and output.
    static func python(_ arguments: [String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do {
            try process.run()
        } catch {
            return (127, "\(error)")
        }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    /// Whether python3 can import openpyxl.
    static let available: Bool = python(["-c", "import openpyxl"]).status == 0

    /// Writes `ledger` as CSV and XLSX into a fresh directory and runs the script on them.
    static func check(_ ledger: HazardLedger, xlsx: Data? = nil) throws -> (status: Int32, output: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ledger-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let xlsxURL = directory.appendingPathComponent("ledger.xlsx")
        let csvURL = directory.appendingPathComponent("ledger.csv")
        try (xlsx ?? ledger.xlsx()).write(to: xlsxURL)
        try ledger.csv().write(to: csvURL)
        return python([script.path, xlsxURL.path, csvURL.path])
    }
}

@Suite("scripts/check-xlsx.py (openpyxl)",
       .enabled(if: CheckScript.available, "python3 with openpyxl not found: python3 -m pip install openpyxl"))
struct XLSXCheckScriptTests {
    @Test("openpyxl reads the sample ledger's XLSX with the CSV's rows, dates, frozen header and totals")
    func sampleLedger() throws {
        let result = try CheckScript.check(LedgerSample.ledger())
        #expect(result.status == 0, "\(result.output)")
    }

    @Test("openpyxl reads the hostile ledger's XLSX with exactly the CSV's (neutralised) cells")
    func hostileLedger() throws {
        let result = try CheckScript.check(LedgerSample.hostileLedger())
        #expect(result.status == 0, "\(result.output)")
    }

    @Test("the script fails when the XLSX does not match the CSV")
    func detectsMismatch() throws {
        let other = try LedgerSample.ledger(.en).xlsx()
        let result = try CheckScript.check(LedgerSample.ledger(.zh), xlsx: other)
        #expect(result.status == 1, "\(result.output)")
        #expect(result.output.contains("MISMATCH"))
    }
}
