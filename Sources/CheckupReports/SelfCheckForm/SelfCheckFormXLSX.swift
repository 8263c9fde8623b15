import CheckupCore
import Foundation

/// The Excel self-check form (`checkup selfcheck template --format xlsx`): one sheet 自查表 to
/// fill in — a header block, one row per applicable item grouped under bold section rows, a
/// 结果 drop-down, a 问题描述 shaded red while a 不符合 lacks it — protected so that only the
/// cells to fill in can be edited, printed A4 landscape fit to width with the column headers on
/// every page; and a hidden sheet 表单信息 with the form's identity and its seal. The layout is
/// `SelfCheckFormLayout`'s, which the importer reads by.
public enum SelfCheckFormXLSX {
    /// The workbook's bytes.
    public static func data(_ content: SelfCheckFormContent, created: Date) throws(XLSXError) -> Data {
        let language = content.language
        func t(_ message: FormText) -> String { message.text(in: language) }
        let rows = content.rows
        let layout = SelfCheckFormLayout.self
        let first = layout.headerRow + 1
        let last = max(first, layout.headerRow + rows.count)
        let columns = [
            XLSXColumn(t(.columnNumber), minWidth: 5, maxWidth: 6),
            XLSXColumn(t(.columnID), minWidth: 8, maxWidth: 16),
            XLSXColumn(t(.columnLayer), minWidth: 7, maxWidth: 9, shared: true),
            XLSXColumn(t(.columnTitle), maxWidth: 28, wrap: true),
            XLSXColumn(t(.columnGuidance), maxWidth: 30, wrap: true),
            XLSXColumn(t(.columnBasis), maxWidth: 22, wrap: true),
            XLSXColumn(t(.columnMajor), minWidth: 8, maxWidth: 12, shared: true),
            XLSXColumn(t(.columnResult), minWidth: 10, maxWidth: 10),
            XLSXColumn(t(.columnNote), maxWidth: 28, wrap: true),
        ]
        let lastLetter = layout.letters(layout.columnCount - 1)
        let valueLetter = layout.letters(layout.valueColumn)
        let labelEnd = layout.letters(layout.valueColumn - 1)
        var form = XLSXSheet(name: layout.formSheet, columns: columns, rowCount: rows.count, freezeHeader: false,
                             printTitles: true, pageFit: .width, orientation: .landscape) { index, row in
            switch rows[index] {
            case .section(let title):
                row.text(title, style: .section)
            case .item(let item, let number):
                row.number(number)
                row.text(item.id)
                row.text(item.layer.name(language))
                row.text(item.title.text(language))
                row.text(item.guidance?.text(language) ?? "")
                row.text(item.basis.text(language))
                row.text(item.major ? t(.majorYes) : "")
                row.input()
                row.input()
            }
        }
        form.headerRow = layout.headerRow
        let enterprise = content.enterprise
        let intro: [Int: (label: String, value: String)] = [
            layout.enterpriseRow: (t(.labelEnterprise), enterprise.name),
            layout.creditCodeRow: (t(.labelCreditCode), enterprise.creditCode),
            layout.checklistRow: (t(.labelChecklist), content.checklistLabel),
            layout.performedAtRow: (t(.labelPerformedAt), ""),
            layout.performedByRow: (t(.labelPerformedBy), ""),
            layout.instructionsRow: (t(.labelInstructions), t(.instructionsXLSX)),
        ]
        form.writeIntroRow = { number, row in
            if number == layout.titleRow {
                row.text(t(.formTitle), style: .bold)
                return
            }
            guard let line = intro[number] else { return }
            row.text(line.label, style: .bold)
            for _ in 1..<layout.valueColumn { row.skip() }
            switch number {
            case layout.performedAtRow: row.input(dateTime: true)
            case layout.performedByRow: row.input()
            case layout.instructionsRow:
                row.text(line.value, style: .wrap)
                row.atLeast(lines: language == .zh ? 3 : 4)
            default: row.text(line.value, style: .wrap)
            }
        }
        form.merges = ["A\(layout.titleRow):\(lastLetter)\(layout.titleRow)"]
        for number in intro.keys.sorted() {
            form.merges.append("A\(number):\(labelEnd)\(number)")
            form.merges.append("\(valueLetter)\(number):\(lastLetter)\(number)")
        }
        for (offset, row) in rows.enumerated() {
            if case .section = row {
                let number = first + offset
                form.merges.append("A\(number):\(lastLetter)\(number)")
            }
        }
        let result = layout.letters(layout.resultColumn)
        let note = layout.letters(layout.noteColumn)
        let labels = layout.resultLabels(language)
        form.validations = [XLSXListValidation(range: "\(result)\(first):\(result)\(last)", values: labels,
                                               errorTitle: t(.resultErrorTitle), error: t(.resultError))]
        form.highlights = [XLSXHighlight(range: "\(note)\(first):\(note)\(last)",
                                         formula: "AND($\(result)\(first)=\"\(labels[1])\",LEN(TRIM($\(note)\(first)))=0)")]
        form.protected = true

        let identity = content.identity
        let keys = SelfCheckFormIdentity.keys
        let values = identity.values
        var hidden = XLSXSheet(name: layout.identitySheet,
                               columns: [XLSXColumn("key", maxWidth: 20), XLSXColumn("value", maxWidth: 70),
                                         XLSXColumn("row", maxWidth: 8)],
                               rowCount: keys.count + 1 + identity.items.count, freezeHeader: false) { index, row in
            if index < keys.count {
                row.text(keys[index])
                row.text(values[index])
            } else if index == keys.count {
                row.text("seal")
                row.text(identity.seal)
            } else {
                let item = identity.items[index - keys.count - 1]
                row.text("item")
                row.text(item.id)
                row.number(item.row)
            }
        }
        hidden.visibility = .hidden
        hidden.protected = true
        var workbook = XLSXWorkbook(sheets: [form, hidden], title: t(.formTitle) + " " + enterprise.name,
                                    created: created, fontName: language == .zh ? "等线" : "Calibri")
        workbook.lockStructure = true
        return try workbook.data()
    }
}
