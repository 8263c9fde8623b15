import CheckupCore
import CheckupReports
import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A worksheet (or any part) read back with Foundation's XML parser, for the XLSX tests.
struct ParsedPart {
    /// One `<c>` element.
    struct Cell {
        var reference: String
        var type: String?
        var style: Int?
        var value: String?
        var text: String?
        var hasFormula = false
    }

    /// The content of every `<t>`, in document order (the shared-string table's entries).
    var texts: [String] = []
    /// Every element, in document order, with its attributes.
    var elements: [(name: String, attributes: [String: String])] = []
    /// The cells, in document order.
    var cells: [Cell] = []
    /// Whether the parser accepted the document.
    var wellFormed = false

    /// Cells by row number, in column order.
    var rows: [[Cell]] {
        var result: [Int: [Cell]] = [:]
        for cell in cells {
            let row = Int(cell.reference.drop { $0.isLetter }) ?? 0
            result[row, default: []].append(cell)
        }
        return result.keys.sorted().map { result[$0] ?? [] }
    }

    /// Attributes of the first element called `name`.
    func first(_ name: String) -> [String: String]? {
        elements.first { $0.name == name }?.attributes
    }

    /// Every element called `name`.
    func all(_ name: String) -> [[String: String]] {
        elements.filter { $0.name == name }.map(\.attributes)
    }

    init(_ data: Data) {
        let delegate = Delegate()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        wellFormed = parser.parse()
        elements = delegate.elements
        cells = delegate.cells
        texts = delegate.texts
    }

    /// The sheet with shared-string cells (`t="s"`) given their text from `strings`.
    func resolving(_ strings: [String]) -> ParsedPart {
        var copy = self
        copy.cells = cells.map { cell in
            var cell = cell
            if cell.type == "s", let index = Int(cell.value ?? ""), strings.indices.contains(index) {
                cell.text = strings[index]
            }
            return cell
        }
        return copy
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        var elements: [(name: String, attributes: [String: String])] = []
        var cells: [Cell] = []
        var texts: [String] = []
        var current: Cell?
        var characters = ""
        var inText = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            elements.append((name, attributes))
            switch name {
            case "c":
                current = Cell(reference: attributes["r"] ?? "", type: attributes["t"],
                               style: attributes["s"].flatMap { Int($0) })
            case "v", "t":
                characters = ""
                inText = true
            case "f":
                current?.hasFormula = true
            default:
                break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { characters += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "v":
                current?.value = characters
                inText = false
            case "t":
                let previous = current?.text ?? ""
                current?.text = previous + characters
                texts.append(characters)
                inText = false
            case "c":
                if let current { cells.append(current) }
                current = nil
            default:
                break
            }
        }
    }
}

/// Helpers to build and open small workbooks.
enum XLSXSample {
    static let created = LedgerSample.date("2026-11-29T09:00:00+08:00")

    /// A one-sheet workbook whose rows are `rows` of text.
    static func workbook(columns: [XLSXColumn], rows: [[String]], name: String = "表1") -> XLSXWorkbook {
        XLSXWorkbook(sheets: [XLSXSheet(name: name, columns: columns, rowCount: rows.count) { index, writer in
            for value in rows[index] { writer.text(value) }
        }], title: "测试", created: created)
    }

    static func parts(_ workbook: XLSXWorkbook) throws -> [String: Data] {
        try XLSXPackage.entries(try workbook.data())
    }

    static func sheet(_ workbook: XLSXWorkbook, _ number: Int = 1) throws -> ParsedPart {
        ParsedPart(try parts(workbook)["xl/worksheets/sheet\(number).xml"] ?? Data())
    }

    static func raw(_ workbook: XLSXWorkbook, _ number: Int = 1) throws -> String {
        String(decoding: try parts(workbook)["xl/worksheets/sheet\(number).xml"] ?? Data(), as: UTF8.self)
    }
}

@Suite("XLSX writer")
struct XLSXWriterTests {
    static let columns = [XLSXColumn("名称"), XLSXColumn("Value")]

    @Test("the package holds content types, relationships, document properties, workbook, styles and sheets")
    func packageParts() throws {
        let parts = try XLSXSample.parts(XLSXSample.workbook(columns: Self.columns, rows: [["a", "b"]]))
        #expect(Set(parts.keys) == ["[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml",
                                    "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
                                    "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"])
        let types = ParsedPart(parts["[Content_Types].xml"] ?? Data())
        #expect(types.all("Override").compactMap { $0["PartName"] }.contains("/xl/worksheets/sheet1.xml"))
    }

    @Test("every part is well-formed XML")
    func wellFormed() throws {
        let workbook = XLSXSample.workbook(columns: Self.columns, rows: LedgerSample.hostile.map { [$0, $0] })
        for (path, data) in try XLSXSample.parts(workbook) {
            #expect(ParsedPart(data).wellFormed, "\(path)")
        }
    }

    @Test("the header row is bold and frozen at A2")
    func frozenBoldHeader() throws {
        let workbook = XLSXSample.workbook(columns: Self.columns, rows: [["a", "b"]])
        let sheet = try XLSXSample.sheet(workbook)
        let pane = sheet.first("pane")
        #expect(pane?["ySplit"] == "1" && pane?["topLeftCell"] == "A2" && pane?["state"] == "frozen")
        #expect(pane?["activePane"] == "bottomLeft")
        let header = sheet.rows[0]
        #expect(header.map(\.text) == ["名称", "Value"])
        let styles = ParsedPart(try XLSXSample.parts(workbook)["xl/styles.xml"] ?? Data())
        let xfs = styles.all("xf").dropFirst()  // the first is the cellStyleXfs entry
        let headerXF = Array(xfs)[header[0].style ?? 0]
        #expect(headerXF["fontId"] == "1")
        let fontIndexes = styles.elements.indices.filter { styles.elements[$0].name == "font" }
        #expect(fontIndexes.count == 2)
        #expect(fontIndexes.count == 2 && styles.elements[fontIndexes[1] + 1].name == "b")
        #expect(fontIndexes.count == 2 && styles.elements[fontIndexes[0] + 1].name != "b")
    }

    @Test("dates are numeric serial days shown with the yyyy-mm-dd style")
    func dates() throws {
        let workbook = XLSXWorkbook(sheets: [XLSXSheet(name: "d", columns: [XLSXColumn("日期")], rowCount: 1) { _, writer in
            writer.date(serial: StationDay(year: 2026, month: 11, day: 29).excelSerial)
        }], title: "t", created: XLSXSample.created)
        let cell = try XLSXSample.sheet(workbook).rows[1][0]
        #expect(cell.type == nil && cell.value == "46355")
        let styles = ParsedPart(try XLSXSample.parts(workbook)["xl/styles.xml"] ?? Data())
        #expect(styles.first("numFmt")?["formatCode"] == "yyyy-mm-dd")
        let cellXfs = Array(styles.all("xf").dropFirst())
        #expect(cellXfs[cell.style ?? 0]["numFmtId"] == styles.first("numFmt")?["numFmtId"])
    }

    @Test("numbers are numeric cells; NaN leaves the cell empty")
    func numbers() throws {
        let columns = ["a", "b", "c", "d", "e"].map { XLSXColumn($0) }
        let workbook = XLSXWorkbook(sheets: [XLSXSheet(name: "n", columns: columns, rowCount: 1) { _, writer in
            writer.number(42)
            writer.number(2.5)
            writer.number(-7)
            writer.number(9_876_543_210)
            writer.number(Double.nan)
        }], title: "t", created: XLSXSample.created)
        let row = try XLSXSample.sheet(workbook).rows[1]
        #expect(row.map(\.type) == [nil, nil, nil, nil])
        #expect(row.map(\.value) == ["42", "2.5", "-7", "9876543210"])
    }

    @Test("text is an inline string, never a formula, and formula-like text gets a ' prefix")
    func textNeverFormula() throws {
        let workbook = XLSXSample.workbook(columns: [XLSXColumn("a")], rows: LedgerSample.hostile.map { [$0] })
        let raw = try XLSXSample.raw(workbook)
        #expect(!raw.contains("<f>") && !raw.contains("<f "))
        let cells = try XLSXSample.sheet(workbook).rows.dropFirst().map { $0[0] }
        #expect(cells.allSatisfy { $0.type == "inlineStr" && !$0.hasFormula })
        #expect(cells.map(\.text) == LedgerSample.hostile.map(CSV.neutralised))
    }

    @Test("markup and XML specials are escaped and read back as typed")
    func escaping() throws {
        let value = "<script>alert('x')</script> & \"q\" ]]>"
        let workbook = XLSXSample.workbook(columns: [XLSXColumn("a")], rows: [[value]])
        #expect(!(try XLSXSample.raw(workbook)).contains("<script>"))
        #expect(try XLSXSample.sheet(workbook).rows[1][0].text == value)
    }

    @Test("control characters XML forbids are dropped; tab, LF and CR survive")
    func controlCharacters() throws {
        let workbook = XLSXSample.workbook(columns: [XLSXColumn("a")], rows: [["a\u{0}b\u{8}c\u{B}d\u{1F}e\u{FFFE}\tf\ng\rh"]])
        let sheet = try XLSXSample.sheet(workbook)
        #expect(sheet.wellFormed)
        #expect(sheet.rows[1][0].text == "abcde\tf\ng\rh")
    }

    @Test("literal _xHHHH_ text is escaped so Excel shows it as typed")
    func ooxmlEscape() throws {
        let workbook = XLSXSample.workbook(columns: [XLSXColumn("a")], rows: [["A_x0041_B _x12_ _xZZZZ_"]])
        let text = try XLSXSample.sheet(workbook).rows[1][0].text
        #expect(text == "A_x005F_x0041_B _x12_ _xZZZZ_")
    }

    @Test("leading and trailing spaces are kept (xml:space=preserve)")
    func preserveSpace() throws {
        let workbook = XLSXSample.workbook(columns: [XLSXColumn("a")], rows: [["  indented "]])
        #expect(try XLSXSample.raw(workbook).contains("<t xml:space=\"preserve\">  indented </t>"))
    }

    @Test("column widths fit the widest cell, CJK characters counting two, within the column's bounds")
    func widths() throws {
        let workbook = XLSXSample.workbook(columns: [XLSXColumn("a", minWidth: 4), XLSXColumn("b", minWidth: 4),
                                                     XLSXColumn("c", minWidth: 4, maxWidth: 10)],
                                           rows: [["abcdef", "安全生产体检", String(repeating: "长", count: 30)]])
        let widths = try XLSXSample.sheet(workbook).all("col").map { $0["width"] }
        #expect(widths == ["7", "13", "10"])
    }

    @Test("a sheet far larger than one stream chunk comes out whole and the same every time")
    func largeSheetStreams() throws {
        let count = 20_000
        let workbook = XLSXWorkbook(sheets: [XLSXSheet(name: "big", columns: [XLSXColumn("n"), XLSXColumn("t")],
                                                       rowCount: count) { index, writer in
            writer.number(index)
            writer.text("第\(index)行 <&> " + String(repeating: "隐", count: index % 17))
        }], title: "t", created: XLSXSample.created)
        let data = try workbook.data()
        #expect(try workbook.data() == data)
        let sheet = ParsedPart(try XLSXPackage.entries(data)["xl/worksheets/sheet1.xml"] ?? Data())
        #expect(sheet.wellFormed)
        let rows = sheet.rows
        #expect(rows.count == count + 1)
        #expect(rows[count][0].value == String(count - 1))
        #expect(rows[count][1].text == "第\(count - 1)行 <&> " + String(repeating: "隐", count: (count - 1) % 17))
        #expect(sheet.first("dimension")?["ref"] == "A1:B\(count + 1)")
    }

    @Test("sheet names Excel refuses are refused", arguments: ["", "a/b", "x[1]", "what?", "'quoted'", String(repeating: "表", count: 32)])
    func invalidSheetNames(name: String) {
        let workbook = XLSXSample.workbook(columns: [XLSXColumn("a")], rows: [], name: name)
        #expect(throws: XLSXError.invalidSheetName(name)) { try workbook.data() }
    }

    @Test("two sheets whose names differ only in case are refused")
    func duplicateSheetNames() {
        let sheet = { (name: String) in XLSXSheet(name: name, columns: [XLSXColumn("a")], rowCount: 0) { _, _ in } }
        let workbook = XLSXWorkbook(sheets: [sheet("Totals"), sheet("totals")], title: "t", created: XLSXSample.created)
        #expect(throws: XLSXError.invalidSheetName("totals")) { try workbook.data() }
    }

    @Test("a shared column stores each distinct text once in the shared-string table, neutralised and escaped")
    func sharedStrings() throws {
        let values = ["孝顺镇", "=1+2", "孝顺镇", "<b>", "=1+2", "孝顺镇"]
        let workbook = XLSXSample.workbook(columns: [XLSXColumn("乡镇", shared: true)], rows: values.map { [$0] })
        let parts = try XLSXSample.parts(workbook)
        let table = ParsedPart(parts["xl/sharedStrings.xml"] ?? Data())
        #expect(table.wellFormed)
        #expect(table.texts == ["孝顺镇", "'=1+2", "<b>"])
        #expect(table.first("sst")?["count"] == "6" && table.first("sst")?["uniqueCount"] == "3")
        let sheet = ParsedPart(parts["xl/worksheets/sheet1.xml"] ?? Data()).resolving(table.texts)
        let cells = sheet.rows.dropFirst().map { $0[0] }
        #expect(cells.allSatisfy { $0.type == "s" })
        #expect(cells.map(\.text) == values.map(CSV.neutralised))
    }

    @Test("empty text leaves the cell out; the next cell keeps its column")
    func emptyCells() throws {
        let workbook = XLSXSample.workbook(columns: [XLSXColumn("a"), XLSXColumn("b"), XLSXColumn("c")],
                                           rows: [["x", "", "z"]])
        let row = try XLSXSample.sheet(workbook).rows[1]
        #expect(row.map(\.reference) == ["A2", "C2"])
    }
}
