import CheckupCore
@testable import CheckupReports
import Foundation
import Testing

/// How a sheet goes to paper: the page setup, repeated header, autofilter, and rows tall enough
/// for their wrapped text, as the written XML parts say.
@Suite("XLSX printing")
struct XLSXPrintTests {
    static func workbook(rows: [[String]], fit: XLSXPageFit = .width, orientation: XLSXOrientation = .landscape,
                         printTitles: Bool = true, autoFilter: Bool = true) -> XLSXWorkbook {
        let columns = [XLSXColumn("名称", minWidth: 4, maxWidth: 10), XLSXColumn("说明", minWidth: 4, maxWidth: 11, wrap: true)]
        return XLSXWorkbook(sheets: [XLSXSheet(name: "it's 表", columns: columns, rowCount: rows.count,
                                              printTitles: printTitles, autoFilter: autoFilter, pageFit: fit,
                                              orientation: orientation) { index, writer in
            for value in rows[index] { writer.text(value) }
        }], title: "测试", created: XLSXSample.created)
    }

    static func workbookXML(_ workbook: XLSXWorkbook) throws -> String {
        String(decoding: try XLSXSample.parts(workbook)["xl/workbook.xml"] ?? Data(), as: UTF8.self)
    }

    @Test("the header row repeats on every page: _xlnm.Print_Titles of the sheet is its row 1, the name quoted")
    func printTitles() throws {
        let xml = try Self.workbookXML(Self.workbook(rows: [["a", "b"]]))
        #expect(xml.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'it''s 表'!$1:$1</definedName>"))
        let none = try Self.workbookXML(Self.workbook(rows: [["a", "b"]], printTitles: false, autoFilter: false))
        #expect(!none.contains("definedName"))
    }

    @Test("an autofilter covers the header and every row, with Excel's hidden _FilterDatabase name")
    func autoFilter() throws {
        let workbook = Self.workbook(rows: [["a", "b"], ["c", "d"]])
        #expect(try XLSXSample.sheet(workbook).first("autoFilter")?["ref"] == "A1:B3")
        #expect(try Self.workbookXML(workbook).contains(
            "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">'it''s 表'!$A$1:$B$3</definedName>"))
    }

    @Test("fit to width: fitToPage in sheetPr, A4 landscape one page wide and as many down as needed")
    func fitToWidth() throws {
        let sheet = try XLSXSample.sheet(Self.workbook(rows: [["a", "b"]]))
        #expect(sheet.first("pageSetUpPr")?["fitToPage"] == "1")
        let setup = sheet.first("pageSetup")
        #expect(setup?["paperSize"] == "9" && setup?["orientation"] == "landscape")
        #expect(setup?["fitToWidth"] == "1" && setup?["fitToHeight"] == "0")
        let raw = try XLSXSample.raw(Self.workbook(rows: [["a", "b"]]))
        #expect(raw.range(of: "<sheetPr>")!.lowerBound < raw.range(of: "<dimension")!.lowerBound)
        #expect(raw.range(of: "<autoFilter")!.lowerBound < raw.range(of: "<pageMargins")!.lowerBound)
    }

    @Test("one page: fitToWidth and fitToHeight 1, in portrait when asked; no fit leaves both out")
    func onePage() throws {
        let setup = try XLSXSample.sheet(Self.workbook(rows: [["a", "b"]], fit: .onePage, orientation: .portrait))
            .first("pageSetup")
        #expect(setup?["fitToWidth"] == "1" && setup?["fitToHeight"] == "1" && setup?["orientation"] == "portrait")
        let plain = try XLSXSample.sheet(Self.workbook(rows: [["a", "b"]], fit: .none))
        #expect(plain.first("pageSetUpPr") == nil && plain.first("pageSetup")?["fitToWidth"] == nil)
    }

    @Test("a wrapped column is as wide as its maxWidth whatever its content")
    func wrappedWidthFixed() throws {
        let widths = try XLSXSample.sheet(Self.workbook(rows: [["a", "b"]])).all("col").map { $0["width"] }
        #expect(widths == ["6", "11"])
    }

    @Test("a row is as tall as its wrapped text's lines (15 pt each, CJK counting double); one line keeps the default")
    func rowHeights() throws {
        // Column 说明 is 11 wide: 10 units a line, 5 CJK characters.
        let rows = [["短", "一二三四五"], ["短", "一二三四五六七八九十一"], ["短", "aaaaa\nbbbbb\nccccc"]]
        let parsed = try XLSXSample.sheet(Self.workbook(rows: rows)).all("row")
        #expect(parsed.map { $0["ht"] } == [nil, nil, "45", "45"])
        #expect(parsed[2]["customHeight"] == "1")
    }

    @Test("line counts: CJK 2 units, others 1, each LF line apart, at least one line")
    func lineCount() {
        #expect(XLSXText.lineCount("", width: 11) == 1)
        #expect(XLSXText.lineCount("一二三四五", width: 11) == 1)
        #expect(XLSXText.lineCount("一二三四五六", width: 11) == 2)
        #expect(XLSXText.lineCount("abcdefghij", width: 11) == 1)
        #expect(XLSXText.lineCount("abcdefghijk", width: 11) == 2)
        #expect(XLSXText.lineCount("a\n\nb", width: 11) == 3)
    }

    @Test("the Normal cell style is top-aligned, so cells without a style line up with wrapped ones")
    func normalStyleTop() throws {
        let styles = String(decoding: try XLSXSample.parts(Self.workbook(rows: [["a", "b"]]))["xl/styles.xml"] ?? Data(),
                            as: UTF8.self)
        let named = styles.range(of: "<cellStyleXfs").map { String(styles[$0.lowerBound...].prefix(200)) } ?? ""
        #expect(named.contains("<alignment vertical=\"top\"/></xf></cellStyleXfs>"))
    }

    @Test("the ledger prints landscape fit to width with the header repeated and filtered; 汇总 on one page")
    func ledgerPrintSetup() throws {
        let parts = try XLSXPackage.entries(try LedgerSample.ledger().xlsx())
        let ledger = ParsedPart(parts["xl/worksheets/sheet1.xml"] ?? Data())
        #expect(ledger.first("pageSetup")?["fitToWidth"] == "1" && ledger.first("pageSetup")?["orientation"] == "landscape")
        #expect(ledger.first("autoFilter")?["ref"] == "A1:AI5")
        let workbook = String(decoding: parts["xl/workbook.xml"] ?? Data(), as: UTF8.self)
        #expect(workbook.contains("'隐患台账'!$1:$1"))
        let totals = ParsedPart(parts["xl/worksheets/sheet2.xml"] ?? Data())
        #expect(totals.first("pageSetup")?["fitToHeight"] == "1" && totals.first("pageSetUpPr")?["fitToPage"] == "1")
    }

    @Test("the ledger's texts wrap in fixed widths: 企业名称, 检查项, 隐患描述, 依据, 整改要求 and the texts of issue 18's columns")
    func ledgerWrappedColumns() throws {
        let wrapped = HazardLedger.Column.allCases.filter { HazardLedger.xlsxColumn($0, .zh).wrap }
        #expect(wrapped == [.enterprise, .item, .description, .basis, .remedy, .noticeNumber, .inspectors, .category,
                            .industry, .contact, .measures, .funds, .timeLimit, .plan, .remediationPlan, .verifiedBy,
                            .opinion])
    }
}
