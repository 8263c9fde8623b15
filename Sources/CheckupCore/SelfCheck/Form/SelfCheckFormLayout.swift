import CheckupXML

/// Where things are in the Excel self-check form (`checkup selfcheck template --format xlsx`):
/// shared by the writer (CheckupReports) and the reader (CheckupImport), so the two cannot
/// drift apart. See docs/selfcheck-format.md, *The Excel form*.
public enum SelfCheckFormLayout {
    /// The sheet the enterprise fills in.
    public static let formSheet = "自查表"
    /// The hidden sheet holding the form's identity (`SelfCheckFormIdentity`).
    public static let identitySheet = "表单信息"

    /// Header block rows (1-based) of `formSheet`; labels in column A (merged A:C), values in
    /// column D (merged D:I).
    public static let titleRow = 1
    /// Enterprise name.
    public static let enterpriseRow = 2
    /// Credit code.
    public static let creditCodeRow = 3
    /// Checklist title, id and version.
    public static let checklistRow = 4
    /// 自查时间, filled in by the enterprise.
    public static let performedAtRow = 5
    /// 自查人, filled in by the enterprise.
    public static let performedByRow = 6
    /// How to fill in the form.
    public static let instructionsRow = 7
    /// The column headers (repeated on every printed page).
    public static let headerRow = 9
    /// The column of the header block's values (D).
    public static let valueColumn = 3

    /// Columns of the item rows (0-based): 序号, 编号, 防控层, 检查项目, 查验方法, 依据, 重大隐患项,
    /// 结果, 问题描述.
    public static let numberColumn = 0
    /// 编号: the item id.
    public static let idColumn = 1
    /// 结果.
    public static let resultColumn = 7
    /// 问题描述.
    public static let noteColumn = 8
    /// Number of columns.
    public static let columnCount = 9

    /// The first row of the identity's item list on `identitySheet`: item id in B, its row on
    /// `formSheet` in C.
    public static let identityFirstItemRow = 14

    /// `A`, `B`, … `Z`, `AA` for a 0-based column.
    public static func letters(_ column: Int) -> String {
        var n = column + 1
        var result = ""
        while n > 0 {
            let remainder = (n - 1) % 26
            result = String(UnicodeScalar(UInt8(65 + remainder))) + result
            n = (n - 1) / 26
        }
        return result
    }

    /// `自查表!H12`: a cell as the form's messages name it.
    public static func cell(sheet: String = formSheet, column: Int, row: Int) -> String {
        "\(sheet)!\(letters(column))\(row)"
    }

    /// The answers the 结果 drop-down offers, in `language` (pass, fail, na).
    public static func resultLabels(_ language: Language) -> [String] {
        switch language {
        case .zh: ["符合", "不符合", "不适用"]
        case .en: ["Pass", "Fail", "N/A"]
        }
    }

    /// The answer a 结果 cell holds: the labels of either language (any case, surrounding space
    /// ignored) and the self-check file's own `pass`, `fail`, `na`; nil for anything else.
    public static func result(_ text: String) -> ItemResult? {
        switch text.trimmingXMLWhitespace().lowercased() {
        case "符合", "pass", "p": .pass
        case "不符合", "fail", "f": .fail
        case "不适用", "na", "n/a", "n": .na
        default: nil
        }
    }
}
