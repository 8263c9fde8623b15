import CheckupCore
import CheckupReports
import CheckupStore
import Foundation
import Testing

/// The Excel self-check form as a workbook: what Excel, WPS and LibreOffice are told.
@Suite("Excel self-check form")
struct SelfCheckFormXLSXTests {
    static let created = Timestamp.parse("2026-11-29T09:00:00+08:00") ?? Date()

    /// The form of gm-general for a machinery enterprise, profile no-ammonia.
    static func content() throws -> SelfCheckFormContent {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let catalog = try ChecklistCatalog(directory: root.appendingPathComponent("checklists").path)
        let loaded = try catalog.resolve("gm-general")
        let profile = loaded.checklist.profile("no-ammonia")
        let enterprise = Enterprise(creditCode: "91330703MA2HJ4C8XD", name: "=HYPERLINK(\"x\")锦程", township: "孝顺镇",
                                    industry: "机械")
        return SelfCheckFormContent(checklist: loaded.checklist, checklistHash: loaded.contentHash, enterprise: enterprise,
                                    profile: profile,
                                    items: loaded.checklist.applicableItems(profile: profile, industry: "机械"),
                                    language: .zh)
    }

    static func parts() throws -> [String: Data] {
        try XLSXPackage.entries(try SelfCheckFormXLSX.data(try content(), created: created))
    }

    @Test func oneRowPerItemUnderBoldSectionRowsBelowTheHeaderBlock() throws {
        let content = try Self.content()
        let parts = try Self.parts()
        let strings = ParsedPart(parts["xl/sharedStrings.xml"] ?? Data()).texts
        let sheet = ParsedPart(parts["xl/worksheets/sheet1.xml"] ?? Data()).resolving(strings)
        let rows = sheet.rows
        let header = try #require(rows.first { $0.first?.reference == "A9" })
        #expect(header.map(\.text) == ["序号", "编号", "防控层", "检查项目", "查验方法", "依据", "重大隐患项", "结果", "问题描述"])
        let identity = content.identity
        for item in identity.items {
            let row = try #require(rows.first { $0.first?.reference == "A\(item.row)" })
            #expect(row.first { $0.reference == "B\(item.row)" }?.text == item.id)
        }
        // A section row: its title in A, bold on a fill, merged across.
        let section = try #require(rows.first { $0.first?.reference == "A10" })
        #expect(section.first?.text == "安全管理" && section.first?.style == 5)
        #expect(sheet.all("mergeCell").contains { $0["ref"] == "A10:I10" })
        // The enterprise's name, like every text, cannot become a formula.
        let name = try #require(rows.first { $0.first?.reference == "A2" }?.first { $0.reference == "D2" })
        #expect(name.text == "'=HYPERLINK(\"x\")锦程" && !name.hasFormula)
    }

    @Test func onlyTheCellsToFillInAreUnlockedOnTheProtectedSheet() throws {
        let parts = try Self.parts()
        let sheet = ParsedPart(parts["xl/worksheets/sheet1.xml"] ?? Data())
        #expect(sheet.first("sheetProtection")?["sheet"] == "1")
        #expect(sheet.first("sheetProtection")?["password"] == nil)
        // The cellXfs entries whose protection unlocks the cell.
        let styles = String(decoding: parts["xl/styles.xml"] ?? Data(), as: UTF8.self)
        let cellXfs = styles.components(separatedBy: "<cellXfs")[1].components(separatedBy: "</cellXfs>")[0]
        let entries = cellXfs.components(separatedBy: "<xf ").dropFirst()
        let unlocked = Set(entries.enumerated().filter { $0.element.contains("locked=\"0\"") }.map(\.offset))
        #expect(!unlocked.isEmpty)
        let inputs = sheet.cells.filter { cell in cell.style.map(unlocked.contains) ?? false }.map(\.reference)
        #expect(inputs.contains("D5") && inputs.contains("D6") && inputs.contains("H11") && inputs.contains("I11"))
        #expect(inputs.allSatisfy { $0 == "D5" || $0 == "D6" || $0.hasPrefix("H") || $0.hasPrefix("I") })
        #expect(!inputs.contains("H10"))  // a section row
    }

    @Test func resultIsADropDownAndAMissingDescriptionIsHighlighted() throws {
        let data = try Self.parts()["xl/worksheets/sheet1.xml"] ?? Data()
        let sheet = ParsedPart(data)
        let text = String(decoding: data, as: UTF8.self)
        let validation = try #require(sheet.first("dataValidation"))
        #expect(validation["type"] == "list" && validation["sqref"]?.hasPrefix("H10:H") == true)
        #expect(text.contains("<formula1>\"符合,不符合,不适用\"</formula1>"))
        #expect(sheet.first("conditionalFormatting")?["sqref"]?.hasPrefix("I10:I") == true)
        #expect(text.contains("<formula>AND($H10=\"不符合\",LEN(TRIM($I10))=0)</formula>"))
    }

    @Test func theIdentityIsOnAHiddenSheetWithItsSealAndTheStructureIsLocked() throws {
        let content = try Self.content()
        let parts = try Self.parts()
        let workbook = ParsedPart(parts["xl/workbook.xml"] ?? Data())
        let sheets = workbook.all("sheet")
        #expect(sheets.map { $0["name"] } == ["自查表", "表单信息"])
        #expect(sheets.map { $0["state"] } == [nil, "hidden"])
        #expect(workbook.first("workbookProtection")?["lockStructure"] == "1")
        let identity = ParsedPart(parts["xl/worksheets/sheet2.xml"] ?? Data()).rows
        let values = Dictionary(identity.dropFirst().compactMap { row -> (String, String)? in
            guard let key = row.first?.text, key != "item", row.count > 1 else { return nil }
            return (key, row[1].text ?? "")
        }, uniquingKeysWith: { first, _ in first })
        #expect(values["checklist"] == "gm-general" && values["checklist-version"] == "2026.2")
        #expect(values["credit-code"] == "91330703MA2HJ4C8XD" && values["profile"] == "no-ammonia")
        #expect(values["seal"] == content.identity.seal)
        let items = identity.filter { $0.first?.text == "item" }.map { $0[1].text ?? "" }
        #expect(items == content.items.map(\.id))
    }

    @Test func itPrintsOnA4LandscapeFitToWidthWithTheColumnHeadersOnEveryPage() throws {
        let parts = try Self.parts()
        let sheet = ParsedPart(parts["xl/worksheets/sheet1.xml"] ?? Data())
        #expect(sheet.first("pageSetup")?["orientation"] == "landscape" && sheet.first("pageSetup")?["paperSize"] == "9")
        #expect(sheet.first("pageSetup")?["fitToWidth"] == "1" && sheet.first("pageSetup")?["fitToHeight"] == "0")
        let workbook = String(decoding: parts["xl/workbook.xml"] ?? Data(), as: UTF8.self)
        #expect(workbook.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'自查表'!$9:$9</definedName>"))
    }
}
