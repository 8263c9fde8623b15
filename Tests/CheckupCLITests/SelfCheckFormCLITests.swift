import Foundation
import Testing

/// `selfcheck template --format xlsx|html`, `selfcheck convert` and `import` of an Excel form,
/// end to end on the built binary. (Filling a form as Excel, WPS or LibreOffice would is
/// CheckupImportTests' and scripts/check-forms.py's.)
@Suite("Self-check forms (CLI)")
struct SelfCheckFormCLITests {
    @Test func anUnfilledExcelFormIsRefusedCellByCellByImportAndConvert() throws {
        let station = try SelfCheckCLIStation.make()
        let form = station.directory.appendingPathComponent("FORM.xlsx")
        let written = try SelfCheckCLITests.template(station, ["--format", "xlsx", "-o", form.path])
        #expect(written.status == 0 && written.stderr.contains("自查表 34 项"), "\(written)")
        let bytes = try Data(contentsOf: form)
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        let refused = try station.run(["import", form.path], now: SelfCheckCLITests.now)
        #expect(refused.status == 1, "\(refused)")
        let lines = refused.stderr.split(separator: "\n")
        #expect(lines.first == "\(form.path) 自查表!D5：自查时间未填写：请填写自查的日期和时间，例如 2026-11-02 09:30", "\(refused)")
        #expect(lines.filter { $0.contains("未填写结果") }.count == 34, "\(refused)")
        let converted = try station.run(["selfcheck", "convert", form.path], now: SelfCheckCLITests.now)
        #expect(converted.status == 1 && converted.stdout.isEmpty && converted.stderr == refused.stderr, "\(converted)")
        let json = try station.run(["import", "--format", "json", form.path], now: SelfCheckCLITests.now)
        let files = try #require(try json.jsonObject()["files"] as? [[String: Any]])
        let first = try #require((files.first?["errors"] as? [[String: Any]])?.first)
        #expect(first["cell"] as? String == "自查表!D5" && first["line"] as? Int == 0)
    }

    @Test func convertTakesOnlyAnExcelForm() throws {
        let station = try SelfCheckCLIStation.make()
        let result = try station.run(["selfcheck", "convert", "filled.xml"])
        #expect(result.status == 1 && result.stderr.contains("只能转换 Excel 自查表（.xlsx）"), "\(result)")
    }

    @Test func theBrowserFormIsOnePageWithNothingFromOutside() throws {
        let station = try SelfCheckCLIStation.make()
        let result = try SelfCheckCLITests.template(station, ["--format", "html"])
        #expect(result.status == 0, "\(result)")
        let page = result.stdout
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.contains("保存自查文件"))
        #expect(page.components(separatedBy: "<tr class=\"item\"").count - 1 == 34)
        for outside in ["http://", "https://", "<link", "src=", "@import"] {
            #expect(!page.contains(outside), "\(outside)")
        }
        // The data the script reads is escaped text in a textarea, never part of the script.
        let island = try #require(page.components(separatedBy: "<textarea id=\"form-data\" readonly>").last?
            .components(separatedBy: "</textarea>").first)
        #expect(island.contains("&quot;checklist&quot;:&quot;gm-general&quot;") && !island.contains("\""))
    }
}
