import CheckupCore
import CheckupImport
import CheckupReports
import CheckupStore
import CheckupXML
import Foundation
import Testing

@Suite("Excel self-check forms")
struct SelfCheckFormImportTests {
    /// Imports the form as `name` and returns its outcome.
    static func outcome(_ form: SelfCheckFormFixture, _ station: SelfCheckStation,
                        name: String = "FORM.xlsx") throws -> SelfCheckOutcome {
        let path = try station.write(name, bytes: [UInt8](try form.data()))
        return try #require(try station.importing([path]).outcomes.first).outcome
    }

    /// The one refusal line of `outcome`, without the inbox's directory.
    static func line(_ outcome: SelfCheckOutcome, _ station: SelfCheckStation) -> String {
        outcome.errors.map(\.description).joined(separator: "\n")
            .replacingOccurrences(of: station.inbox.path + "/", with: "")
    }

    @Test func aFilledFormImportsWithItsAnswers() throws {
        let station = try SelfCheckStation()
        var form = try SelfCheckFormFixture(station: station)
        form.fillAll()
        let items = form.items
        form.answer(items[1].id, "不符合", note: "两名焊工特种作业操作证已过期")
        form.answer(items[2].id, "不适用")
        let outcome = try Self.outcome(form, station)
        let session = try #require(outcome.session, "\(outcome.errors)")
        let answers = try station.store.findings(session: session).map(\.answer)
        #expect(answers.count == items.count)
        #expect(answers[0] == Answer(itemID: items[0].id, result: .pass, note: nil))
        #expect(answers[1] == Answer(itemID: items[1].id, result: .fail, note: "两名焊工特种作业操作证已过期"))
        #expect(answers[2] == Answer(itemID: items[2].id, result: .na, note: nil))
        let stored = try #require(try station.store.session(session))
        #expect(stored.startedAt == Timestamp.parse("2026-11-02T09:30:00+08:00"))
        #expect(stored.inspectors == ["王建华"] && stored.profileID == "no-ammonia")
    }

    @Test func sharedStringsRichTextRunsAndCachedFormulaValuesAreReadAsText() throws {
        let station = try SelfCheckStation()
        var form = try SelfCheckFormFixture(station: station)
        form.fillAll()
        let items = form.items
        let index = form.share("不符合")
        form.set("H\(items[0].row)", type: "s", inner: "<v>\(index)</v>")
        form.set("I\(items[0].row)", type: "inlineStr", inner: "<is><r><t>灭火器</t></r><r><rPr><b/></rPr><t>已过期</t></r><rPh sb=\"0\" eb=\"1\"><t>ミ</t></rPh></is>")
        // A formula is never evaluated: its cached value is the answer.
        form.set("H\(items[1].row)", type: "str", inner: "<f>IF(1,\"不适用\",\"符合\")</f><v>不适用</v>")
        let outcome = try Self.outcome(form, station)
        let session = try #require(outcome.session, "\(outcome.errors)")
        let answers = try station.store.findings(session: session).map(\.answer)
        #expect(answers[0] == Answer(itemID: items[0].id, result: .fail, note: "灭火器已过期"))
        #expect(answers[1].result == .na)
    }

    @Test func aWorkbookSavedAgainWithTheSameAnswersIsADuplicate() throws {
        let station = try SelfCheckStation()
        var form = try SelfCheckFormFixture(station: station)
        form.fillAll()
        let first = try Self.outcome(form, station, name: "FORM.xlsx")
        // Other bytes, same self-check: the date typed as text, a result as a shared string.
        form.type("D5", "2026-11-02 09:30")
        form.set("H\(form.items[0].row)", type: "s", inner: "<v>\(form.share("符合"))</v>")
        let second = try Self.outcome(form, station, name: "FORM-saved-again.xlsx")
        #expect(first.status == "imported")
        #expect(second == .duplicate(session: try #require(first.session)))
    }

    @Test func aFailWithoutADescriptionIsRefusedAtItsCell() throws {
        let station = try SelfCheckStation()
        var form = try SelfCheckFormFixture(station: station)
        form.fillAll()
        let row = form.items[3].row
        form.answer(form.items[3].id, "不符合")
        let outcome = try Self.outcome(form, station)
        // Chinese by default (the process's language).
        #expect(Self.line(outcome, station) == "FORM.xlsx 自查表!H\(row)：结果为“不符合”时须填写问题描述")
        #expect(try station.count("session") == 0)
    }

    @Test func aBlankOrUnknownResultIsRefusedAtItsCell() throws {
        let station = try SelfCheckStation()
        var form = try SelfCheckFormFixture(station: station)
        form.fillAll()
        let items = form.items
        form.set("H\(items[0].row)", type: nil, inner: "")
        form.answer(items[1].id, "OK")
        let outcome = try Self.outcome(form, station)
        let lines = Self.line(outcome, station).split(separator: "\n")
        #expect(lines == [
            "FORM.xlsx 自查表!H\(items[0].row)：检查项 \(items[0].id) 未填写结果：请选择 符合、不符合 或 不适用",
            "FORM.xlsx 自查表!H\(items[1].row)：检查项 \(items[1].id) 的结果“OK”无效：请选择 符合、不符合 或 不适用",
        ])
    }

    @Test func aMissingDateAndPersonAreRefusedAtTheirCells() throws {
        let station = try SelfCheckStation()
        var form = try SelfCheckFormFixture(station: station)
        for item in form.items { form.answer(item.id, "符合") }
        let outcome = try Self.outcome(form, station)
        let cells = outcome.errors.map { $0.location.cell }
        #expect(cells == ["自查表!D5", "自查表!D6"])
    }

    @Test func anEditedIdentityIsRefused() throws {
        let station = try SelfCheckStation()
        var form = try SelfCheckFormFixture(station: station)
        form.fillAll()
        // Another registered enterprise's code typed over the hidden sheet's (row 7: credit-code).
        form.type("B7", "91330703MA2HKL1P7M", in: SelfCheckFormFixture.identityPath)
        let outcome = try Self.outcome(form, station)
        #expect(outcome.errors.map(\.message) == [FormText.identityEdited.text()])
        #expect(outcome.errors.first?.location.cell == "表单信息!B13")
    }

    @Test func reorderedRowsAreRefused() throws {
        let station = try SelfCheckStation()
        var form = try SelfCheckFormFixture(station: station)
        form.fillAll()
        let (a, b) = (form.items[0], form.items[1])
        form.type("B\(a.row)", b.id)
        form.type("B\(b.row)", a.id)
        let outcome = try Self.outcome(form, station)
        #expect(outcome.errors.map { $0.location.cell } == ["自查表!B\(a.row)", "自查表!B\(b.row)"])
        #expect(outcome.errors.first?.message == FormText.rowMoved.text(a.id, b.id))
    }

    @Test func aDeletedRowIsRefused() throws {
        let station = try SelfCheckStation()
        var form = try SelfCheckFormFixture(station: station)
        form.fillAll()
        let last = try #require(form.items.last)
        form.set("B\(last.row)", type: nil, inner: "")
        let outcome = try Self.outcome(form, station)
        #expect(outcome.errors.map { $0.location.cell } == ["自查表!B\(last.row)"])
    }

    @Test func aFormForAVersionTheCatalogLacksIsRefusedWithTheVersionsItHas() throws {
        let station = try SelfCheckStation()
        var form = try SelfCheckFormFixture(station: station, version: "2025.9")
        form.fillAll()
        let outcome = try Self.outcome(form, station)
        #expect(outcome.errors.map(\.message) == [FormText.versionUnknown.text("gm-general", "2025.9", "2026.1, 2026.2")])
    }

    @Test func anEncryptedWorkbookIsRefused() throws {
        let station = try SelfCheckStation()
        let path = try station.write("secret.xlsx", bytes: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504))
        let outcome = try #require(try station.importing([path]).outcomes.first).outcome
        #expect(outcome.errors.map(\.message) == [FormText.encrypted.text()])
        #expect(Self.line(outcome, station) == "secret.xlsx：" + FormText.encrypted.text(in: .zh))
    }

    @Test func aWorkbookWithMacrosIsRefused() throws {
        let station = try SelfCheckStation()
        var form = try SelfCheckFormFixture(station: station)
        form.fillAll()
        form.parts["xl/vbaProject.bin"] = Data([1, 2, 3])
        #expect(try Self.outcome(form, station).errors.map(\.message) == [FormText.macros.text()])
        form.parts["xl/vbaProject.bin"] = nil
        #expect(try Self.outcome(form, station, name: "FORM.xlsm").errors.map(\.message) == [FormText.macros.text()])
    }

    @Test func aWorkbookThatIsNotAFormIsRefused() throws {
        let station = try SelfCheckStation()
        let other = XLSXWorkbook(sheets: [XLSXSheet(name: "Sheet1", columns: [XLSXColumn("a")], rowCount: 1) { _, row in
            row.text("x")
        }], title: "t", created: SelfCheckStation.now)
        let path = try station.write("other.xlsx", bytes: [UInt8](try other.data()))
        let outcome = try #require(try station.importing([path]).outcomes.first).outcome
        #expect(outcome.errors.map(\.message) == [FormText.notForm.text("表单信息")])
        let text = try station.write("notes.xlsx", "just text")
        #expect(try station.importing([text]).outcomes.first?.outcome.errors.map(\.message) == [FormText.notWorkbook.text()])
    }

    @Test func anOverSizeWorkbookIsRefusedBeforeItIsRead() throws {
        let station = try SelfCheckStation()
        let path = try station.write("huge.xlsx", bytes: [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 16 * 1_048_576))
        let outcome = try #require(try station.importing([path]).outcomes.first).outcome
        #expect(outcome.errors.map(\.message) == [FormText.tooLarge.text(16 * 1_048_576 + 4, 16 * 1_048_576)])
    }

    @Test func anOverLongDescriptionOrCellIsRefusedAtItsCell() throws {
        let station = try SelfCheckStation()
        var form = try SelfCheckFormFixture(station: station)
        form.fillAll()
        let items = form.items
        form.answer(items[0].id, "不符合", note: String(repeating: "锈", count: 4_001))
        form.type("I\(items[1].row)", String(repeating: "a", count: 32_768))
        let outcome = try Self.outcome(form, station)
        #expect(outcome.errors.map { $0.location.cell } == ["自查表!I\(items[1].row)"])
        #expect(outcome.errors.first?.message == FormText.cellTooLong.text(32_768, 32_767))
        form.type("I\(items[1].row)", "")
        let second = try Self.outcome(form, station)
        #expect(second.errors.map { $0.location.cell } == ["自查表!I\(items[0].row)"])
        #expect(second.errors.first?.message == FormText.noteTooLong.text(4_001, 4_000))
    }

    @Test func aFolderOfFormsAndFilesIsImportedTogether() throws {
        let station = try SelfCheckStation()
        var form = try SelfCheckFormFixture(station: station)
        form.fillAll()
        try station.write("forms/a.xlsx", bytes: [UInt8](try form.data()))
        try station.write("forms/~$a.xlsx", "lock file of an open workbook")
        try station.write("forms/b.xml", SelfCheckStation.text(performedAt: "2026-11-03T09:30:00+08:00"))
        let (outcomes, summary) = try station.importing([station.inbox.appendingPathComponent("forms").path])
        #expect(outcomes.map { URL(fileURLWithPath: $0.file).lastPathComponent } == ["a.xlsx", "b.xml"])
        #expect(summary.imported == 2)
    }

    @Test func theFormAndTheFileConvertedFromItAreTheSameSelfCheck() throws {
        let station = try SelfCheckStation()
        var form = try SelfCheckFormFixture(station: station)
        form.fillAll()
        let catalog = try SelfCheckCatalog(catalog: station.catalog)
        let reading = try SelfCheckFormReader.read(bytes: try form.data(), file: "FORM.xlsx", catalog: catalog).get()
        let xml = try station.write("FORM.xml", bytes: [UInt8](reading.xml))
        let first = try Self.outcome(form, station)
        let second = try #require(try station.importing([xml]).outcomes.first).outcome
        #expect(second == .duplicate(session: try #require(first.session)))
        let file = try SelfCheckReader.read(file: xml, schema: catalog.schema)
        #expect(file.results.map(\.answer) == reading.document.results.map(\.answer))
        #expect(file.performedAtText == "2026-11-02T09:30:00+08:00" && file.performedBy == "王建华")
    }
}
