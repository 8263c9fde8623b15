import CheckupCore
import CheckupReports
import Foundation
import Testing

/// Golden files live in Fixtures/ledger; `UPDATE_GOLDEN=1 swift test --filter Ledger` rewrites them.
enum LedgerGolden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/ledger")

    /// Compares `data` with the golden file `name` (or rewrites it when UPDATE_GOLDEN is set).
    static func check(_ data: Data, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try data.write(to: url)
        }
        let golden = try Data(contentsOf: url)
        #expect(data == golden, "\(name) differs from the golden file:\n\(String(decoding: data, as: UTF8.self))",
                sourceLocation: sourceLocation)
    }
}

@Suite("Hazard ledger CSV")
struct LedgerCSVTests {
    static func text(_ ledger: HazardLedger) -> String {
        String(decoding: ledger.csv(), as: UTF8.self)
    }

    @Test("matches the golden Chinese CSV")
    func goldenChinese() throws {
        try LedgerGolden.check(LedgerSample.ledger(.zh).csv(), "ledger-zh.csv")
    }

    @Test("matches the golden English CSV")
    func goldenEnglish() throws {
        try LedgerGolden.check(LedgerSample.ledger(.en).csv(), "ledger-en.csv")
    }

    @Test("starts with a UTF-8 BOM so Excel reads the Chinese")
    func bom() {
        #expect(Array(LedgerSample.ledger().csv().prefix(3)) == [0xEF, 0xBB, 0xBF])
    }

    @Test("every record ends in CRLF; a line break inside a cell stays a quoted LF")
    func crlf() throws {
        let text = Self.text(LedgerSample.ledger())
        #expect(text.hasSuffix("\r\n"))
        let rows = try CSV.parse(text)
        #expect(rows.count == 5)
        #expect(rows[2].fields[8] == "疏散通道堆放成品, \"安全出口\"标识被遮挡\n二楼尤甚")
    }

    @Test("reads back (RFC 4180) to the ledger's cells, with ' before formula-like text")
    func roundTrip() throws {
        let ledger = LedgerSample.ledger()
        let rows = try CSV.parse(Self.text(ledger))
        #expect(rows.first?.fields == ledger.headers)
        for (index, row) in ledger.rows.enumerated() {
            #expect(rows[index + 1].fields == row.cells.map { CSV.neutralised($0.csvText) })
        }
    }

    @Test("hostile text comes out inert: no cell starts with = + - @ or tab, markup stays text")
    func hostileInert() throws {
        let ledger = LedgerSample.hostileLedger()
        let rows = try CSV.parse(Self.text(ledger))
        #expect(rows.count == LedgerSample.hostile.count + 1)
        for row in rows {
            #expect(row.fields.count == HazardLedger.Column.allCases.count)
            for field in row.fields {
                #expect(!CSV.startsLikeFormula(field), "\(field)")
            }
        }
        let descriptions = rows.dropFirst().map { $0.fields[HazardLedger.Column.description.rawValue] }
        #expect(descriptions == LedgerSample.hostile.map(CSV.neutralised))
        #expect(descriptions.contains("'=HYPERLINK(\"http://x\",\"y\")"))
        #expect(descriptions.contains("<script>alert(1)</script>"))
        #expect(descriptions.contains("'@SUM(1)") && descriptions.contains("'+1") && descriptions.contains("'-1"))
    }

    @Test("CSV.field quotes on bytes: a quote or comma followed by a combining mark is still quoted")
    func fieldCombiningMarks() throws {
        #expect(CSV.field("a\"\u{301}b") == "\"a\"\"\u{301}b\"")
        #expect(CSV.field("x,\u{301}=1") == "\"x,\u{301}=1\"")
        #expect(try CSV.parse(CSV.line(["x,\u{301}=1", "y"])).first?.fields == ["x,\u{301}=1", "y"])
    }

    @Test("CSV.field neutralises and quotes as before")
    func fieldRules() {
        #expect(CSV.field("plain") == "plain")
        #expect(CSV.field("=1+2") == "'=1+2")
        #expect(CSV.field("=HYPERLINK(\"a\",\"b\")") == "\"'=HYPERLINK(\"\"a\"\",\"\"b\"\")\"")
        #expect(CSV.field("a\r\nb") == "\"a\r\nb\"")
        #expect(CSV.field("") == "")
        #expect(CSV.neutralised("-1") == "'-1")
        #expect(CSV.neutralised("1-") == "1-")
    }
}
