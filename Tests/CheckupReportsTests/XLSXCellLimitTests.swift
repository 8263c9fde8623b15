import CheckupCore
import CheckupReports
import Foundation
import Testing

/// No cell holds more than Excel's 32,767 characters: a longer text is cut and marked (issue 14
/// item 15).
@Suite("XLSX cell limit")
struct XLSXCellLimitTests {
    @Test func aTextOverExcelsLimitIsCutAndMarkedWithItsFullLength() throws {
        let long = String(repeating: "隐", count: 40_000)
        let raw = try XLSXSample.raw(XLSXSample.workbook(columns: [XLSXColumn("说明")], rows: [[long]]))
        let kept = raw.filter { $0 == "隐" }.count
        let marker = InputText.cellTruncated.text(40_000)
        #expect(raw.contains(marker))
        #expect(kept + marker.utf16.count <= 32_767 && kept > 32_000)
    }

    @Test func aTextAtTheLimitIsWrittenWhole() throws {
        let text = String(repeating: "a", count: 32_766)
        let raw = try XLSXSample.raw(XLSXSample.workbook(columns: [XLSXColumn("说明")], rows: [[text]]))
        #expect(raw.contains(text) && !raw.contains(InputText.cellTruncated.text(32_766)))
    }
}
