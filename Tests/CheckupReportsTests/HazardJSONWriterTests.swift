import CheckupCore
import CheckupReports
import Foundation
import Testing

/// `HazardJSONWriter` against `JSONOutput` (Foundation's encoder): the same bytes for the same
/// hazards, whatever they hold.
@Suite("Hazard JSON writer")
struct HazardJSONWriterTests {
    /// Every control character, the characters JSON escapes, and some it does not.
    static let awkward: String = {
        var text = ""
        for code in 0..<0x20 { text.unicodeScalars.append(Unicode.Scalar(UInt8(code))) }
        return text + "\"\\/\u{7F}\u{2028}\u{2029}é中文 \u{1F4A5} end"
    }()

    static let full = HazardJSON(
        LedgerSample.hazard(7, LedgerSample.codeA, item: "P-03", title: awkward, severity: .major, layer: .physical,
                            description: "疏散通道\r\n\"安全出口\"\\" + awkward, status: .verified,
                            found: "2026-11-01T10:00:00+08:00", deadline: "2026-12-31T10:00:00+08:00",
                            responsible: "李四", verified: "2026-11-25T15:00:00+08:00"),
        enterprise: LedgerSample.enterprises[1], now: LedgerSample.now,
        history: [HazardChange(hazardID: 7, from: nil, to: .open, by: "张三", at: LedgerSample.now, note: nil),
                  HazardChange(hazardID: 7, from: .open, to: .verified, by: awkward, at: LedgerSample.now, note: awkward)])

    private func expectSameBytes(_ rows: [HazardJSON], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let expected = try JSONOutput.encode(rows)
        let written = HazardJSONWriter.document(rows)
        #expect(String(decoding: written, as: UTF8.self) == String(decoding: expected, as: UTF8.self),
                sourceLocation: sourceLocation)
    }

    @Test func aHazardWithEveryFieldSetIsWrittenAsTheEncoderWritesIt() throws {
        var row = Self.full
        row.measures = "更换/加固"
        row.funds = "2000 元"
        row.time_limit = "30 天"
        row.plan = "预案\t一"
        row.evidence = [String(repeating: "0f", count: 32), String(repeating: "a1", count: 32)]
        try expectSameBytes([row])
    }

    @Test func absentFieldsAndEmptyListsAreWrittenAsTheEncoderWritesThem() throws {
        var row = Self.full
        row.enterprise_name = nil
        row.township = nil
        row.remedy = nil
        row.responsible = nil
        row.rectified_at = nil
        row.verified_at = nil
        row.verified_by = nil
        row.history = []
        try expectSameBytes([row])
        row.history = nil
        try expectSameBytes([row, row])
    }

    @Test func noHazardsIsAnEmptyArrayAsTheEncoderWritesIt() throws {
        try expectSameBytes([])
    }

    @Test func theLedgerDocumentIsTheEncodersDocument() throws {
        for ledger in [LedgerSample.hostileLedger(), LedgerSample.ledger(query: LedgerQuery(township: "孝顺镇", status: .open)),
                       LedgerSample.ledger(.en), HazardLedger(hazards: [], enterprises: [], now: LedgerSample.now, language: .zh)] {
            let expected = try JSONOutput.encode(ledger.jsonDocument)
            #expect(String(decoding: try ledger.json(), as: UTF8.self) == String(decoding: expected, as: UTF8.self))
        }
    }
}
