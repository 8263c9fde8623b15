import CheckupCore
import CheckupReports
import Foundation
import Testing

@Suite("Hazard ledger XLSX")
struct LedgerXLSXTests {
    static func sheets(_ ledger: HazardLedger) throws -> (ledger: ParsedPart, totals: ParsedPart, parts: [String: Data]) {
        let parts = try XLSXPackage.entries(try ledger.xlsx())
        let strings = ParsedPart(parts["xl/sharedStrings.xml"] ?? Data()).texts
        return (ParsedPart(parts["xl/worksheets/sheet1.xml"] ?? Data()).resolving(strings),
                ParsedPart(parts["xl/worksheets/sheet2.xml"] ?? Data()).resolving(strings), parts)
    }

    /// A parsed cell as the CSV would write it (dates back to yyyy-mm-dd).
    static func csvText(_ cell: ParsedPart.Cell, dateStyle: Int) -> String {
        if cell.type == "inlineStr" || cell.type == "s" { return cell.text ?? "" }
        if cell.style == dateStyle, let serial = Int(cell.value ?? "") {
            return StationDay(daysSince1970: serial - 25_569).description
        }
        return cell.value ?? ""
    }

    @Test("the ledger sheet holds the CSV's cells: numbers, real dates, neutralised text")
    func sameCellsAsCSV() throws {
        let ledger = LedgerSample.ledger()
        let sheet = try Self.sheets(ledger).ledger
        let csv = try CSV.parse(String(decoding: ledger.csv(), as: UTF8.self))
        let dateStyle = sheet.rows[1][1].style ?? -1
        #expect(sheet.rows.count == csv.count)
        for (cells, record) in zip(sheet.rows, csv) {
            let columns = cells.map { $0.reference.prefix { $0.isLetter } }
            var values = Array(repeating: "", count: record.fields.count)
            for (cell, column) in zip(cells, columns) {
                let index = column.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
                values[index] = Self.csvText(cell, dateStyle: dateStyle)
            }
            #expect(values == record.fields)
        }
    }

    @Test("found, deadline and verified are date cells; 序号 and 逾期天数 are numbers")
    func typedCells() throws {
        let row = try Self.sheets(LedgerSample.ledger()).ledger.rows[3]  // the verified hazard
        let byColumn = Dictionary(uniqueKeysWithValues: row.map { (String($0.reference.prefix { $0.isLetter }), $0) })
        for column in ["B", "L", "O"] {
            #expect(byColumn[column]?.type == nil && byColumn[column]?.style == byColumn["B"]?.style, "\(column)")
        }
        #expect(byColumn["B"]?.value == String(StationDay(year: 2026, month: 11, day: 20).excelSerial))
        #expect(byColumn["O"]?.value == String(StationDay(year: 2026, month: 11, day: 25).excelSerial))
        #expect(byColumn["A"]?.type == nil && byColumn["A"]?.value == "3")
        #expect(byColumn["P"]?.type == nil && byColumn["P"]?.value == "0")
    }

    @Test("the header is bold and frozen; sheets are 隐患台账 and 汇总 (Hazard ledger, Totals in English)")
    func sheetsAndHeader() throws {
        let (sheet, _, parts) = try Self.sheets(LedgerSample.ledger())
        #expect(sheet.first("pane")?["state"] == "frozen")
        #expect(sheet.rows[0].map(\.text) == LedgerSample.ledger().headers)
        let names = ParsedPart(parts["xl/workbook.xml"] ?? Data()).all("sheet").compactMap { $0["name"] }
        #expect(names == ["隐患台账", "汇总"])
        let english = ParsedPart(try XLSXPackage.entries(try LedgerSample.ledger(.en).xlsx())["xl/workbook.xml"] ?? Data())
        #expect(english.all("sheet").compactMap { $0["name"] } == ["Hazard ledger", "Totals"])
    }

    @Test("the totals sheet counts by township × status with 合计 and 逾期, then a grand total")
    func totalsSheet() throws {
        let totals = try Self.sheets(LedgerSample.ledger()).totals
        let rows = totals.rows.map { $0.map { $0.text ?? $0.value ?? "" } }
        #expect(rows == [
            ["乡镇", "待整改", "整改中", "已整改待复查", "复查销号", "现场整改", "合计", "逾期"],
            ["傅村镇", "0", "0", "1", "1", "0", "2", "0"],
            ["孝顺镇", "1", "1", "0", "0", "0", "2", "1"],
            ["合计", "1", "1", "1", "1", "0", "4", "1"],
        ])
        #expect(totals.first("pane")?["state"] == "frozen")
    }

    @Test("hostile text comes out inert: inline strings only, no formula, ' before = + - @, markup escaped")
    func hostileInert() throws {
        let (sheet, totals, parts) = try Self.sheets(LedgerSample.hostileLedger())
        for (path, data) in parts where path.hasPrefix("xl/") {
            let raw = String(decoding: data, as: UTF8.self)
            #expect(!raw.contains("<f>") && !raw.contains("<f "), "\(path)")
            #expect(!raw.contains("<script>"), "\(path)")
        }
        for cell in sheet.cells + totals.cells {
            #expect(!cell.hasFormula)
            if cell.type != nil {
                #expect(cell.type == "inlineStr" || cell.type == "s")
                #expect(!CSV.startsLikeFormula(cell.text ?? ""), "\(cell.reference): \(cell.text ?? "")")
            }
        }
        let descriptions = sheet.cells.filter { $0.reference.hasPrefix("I") }.dropFirst().map { $0.text ?? "" }
        #expect(descriptions == LedgerSample.hostile.map(CSV.neutralised))
        #expect(descriptions.contains("'=HYPERLINK(\"http://x\",\"y\")"))
        #expect(descriptions.contains("<script>alert(1)</script>"))
    }

    @Test("the same ledger gives the same bytes (dates in the package come from now)")
    func deterministic() throws {
        #expect(try LedgerSample.ledger().xlsx() == (try LedgerSample.ledger().xlsx()))
    }

    @Test("an empty ledger is a valid workbook with headers and a zero grand total")
    func empty() throws {
        let ledger = HazardLedger(hazards: [], enterprises: [], now: LedgerSample.now)
        let (sheet, totals, _) = try Self.sheets(ledger)
        #expect(sheet.wellFormed && sheet.rows.count == 1)
        #expect(totals.rows.last?.map { $0.text ?? $0.value ?? "" } == ["合计", "0", "0", "0", "0", "0", "0", "0"])
    }
}
