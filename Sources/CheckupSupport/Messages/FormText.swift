/// Messages of the self-check forms enterprises fill in (the Excel form and the browser form):
/// the texts printed on them, and why a filled-in workbook is refused. A refusal names the
/// cell (`自查表!H12`) the location carries.
public enum FormText: String, CatalogMessage {
    // MARK: Refusals of a workbook as a whole (the location names the file)
    /// Not a ZIP/OOXML workbook.
    case notWorkbook
    /// An OLE compound file: an encrypted workbook, or an old .xls.
    case encrypted
    /// Macros (.xlsm, vbaProject.bin).
    case macros
    /// The file is `{0}` bytes, over `{1}`.
    case tooLarge
    /// Part `{0}` unpacks to more than `{1}` bytes.
    case partTooLarge
    /// The workbook lacks sheet `{0}`: not a Checkup form.
    case notForm
    /// The workbook could not be read: `{0}`.
    case damaged
    // MARK: Refusals at a cell (the location names the cell)
    /// The identity sheet's values do not match its seal.
    case identityEdited
    /// The identity sheet names an unknown form format `{0}`.
    case identityFormat
    /// Checklist `{0}` is not in the catalog; `{1}` lists those that are.
    case checklistUnknown
    /// Checklist `{0}` has no version `{1}`; `{2}` lists those it has.
    case versionUnknown
    /// The form was made from another text of checklist `{0}` version `{1}`.
    case checklistChanged
    /// Row should hold item `{0}` but holds `{1}`.
    case rowMoved
    /// Item `{0}` has no answer.
    case resultBlank
    /// Item `{0}` has the answer `{1}`, not one of the list.
    case resultInvalid
    /// A 不符合 without a 问题描述.
    case noteRequired
    /// The note has `{0}` characters, over `{1}`.
    case noteTooLong
    /// The cell has `{0}` characters, over `{1}`.
    case cellTooLong
    /// 自查时间 is blank.
    case performedAtBlank
    /// 自查时间 `{0}` is not a date and time.
    case performedAtInvalid
    /// 自查人 is blank.
    case performedByBlank
    // MARK: Command output
    /// `{0}`: a form of `{1}` items for `{2}` `{3}` written.
    case templateWritten
    /// `{0}` converted to `{1}` with `{2}` answers.
    case converted
    /// `selfcheck convert` takes an .xlsx form; `{0}` is not one.
    case convertNeedsXLSX
    // MARK: Texts printed on the forms
    /// Title of the form.
    case formTitle
    /// Label: the enterprise.
    case labelEnterprise
    /// Label: the credit code.
    case labelCreditCode
    /// Label: the checklist.
    case labelChecklist
    /// Label: when the self-check was done.
    case labelPerformedAt
    /// Label: who did it.
    case labelPerformedBy
    /// Label: how to fill it in.
    case labelInstructions
    /// How to fill in the Excel form.
    case instructionsXLSX
    /// Column: 序号.
    case columnNumber
    /// Column: 编号.
    case columnID
    /// Column: 防控层.
    case columnLayer
    /// Column: 检查项目.
    case columnTitle
    /// Column: 查验方法.
    case columnGuidance
    /// Column: 依据.
    case columnBasis
    /// Column: 重大隐患项.
    case columnMajor
    /// Column: 结果.
    case columnResult
    /// Column: 问题描述.
    case columnNote
    /// 重大隐患项: yes.
    case majorYes
    /// Title of the drop-down's error box.
    case resultErrorTitle
    /// The drop-down's error message.
    case resultError
    /// How to fill in the browser form.
    case instructionsHTML
    /// The browser form's save button.
    case saveButton
    /// Items left to answer: `{0}`.
    case remaining
    /// Everything is answered.
    case allAnswered
    /// The browser form refuses to save: `{0}` problems.
    case cannotSave
    /// The browser form: where the work in progress is kept.
    case autosaveNote

    public var zh: String {
        switch self {
        case .notWorkbook: "不是 Excel 工作簿（.xlsx）"
        case .encrypted: "工作簿已加密（设置了打开密码）或是旧版 .xls 文件，无法读取：请取消密码后另存为 .xlsx"
        case .macros: "工作簿含有宏（.xlsm / vbaProject），不予读取：请另存为不含宏的 .xlsx"
        case .tooLarge: "文件有 {0} 字节，超过 {1} 字节的上限"
        case .partTooLarge: "工作簿中的 {0} 解压后超过 {1} 字节的上限，不予读取"
        case .notForm: "不是 Checkup 自查表（缺少工作表“{0}”）：请使用检查站发放的表格（checkup selfcheck template --format xlsx）"
        case .damaged: "工作簿无法读取（{0}）"
        case .identityEdited: "表单信息已被改动（与校验值不符）：请使用检查站发放的原表填写"
        case .identityFormat: "表单格式“{0}”不受支持：请使用检查站发放的表格"
        case .checklistUnknown: "检查表 {0} 不在本站的检查表目录中（现有：{1}）"
        case .versionUnknown: "检查表 {0} 没有版本 {1}（本站现有版本：{2}）：请向检查站索取新表（checkup selfcheck template --checklist {0} --enterprise CODE --format xlsx）"
        case .checklistChanged: "本表所依据的检查表 {0} {1} 与本站目录中的内容不一致：请向检查站索取新表"
        case .rowMoved: "此行应为检查项 {0}，实为“{1}”：行被移动、插入或删除，请使用原表填写"
        case .resultBlank: "检查项 {0} 未填写结果：请选择 符合、不符合 或 不适用"
        case .resultInvalid: "检查项 {0} 的结果“{1}”无效：请选择 符合、不符合 或 不适用"
        case .noteRequired: "结果为“不符合”时须填写问题描述"
        case .noteTooLong: "问题描述有 {0} 个字符，超过 {1} 个字符的上限"
        case .cellTooLong: "单元格有 {0} 个字符，超过 {1} 个字符的上限"
        case .performedAtBlank: "自查时间未填写：请填写自查的日期和时间，例如 2026-11-02 09:30"
        case .performedAtInvalid: "自查时间“{0}”无法识别：请填写日期和时间，例如 2026-11-02 09:30"
        case .performedByBlank: "自查人未填写：请填写进行自查的人员姓名"
        case .templateWritten: "{0}：自查表 {1} 项（{2} {3}）"
        case .converted: "{0}：已转换为自查文件 {1}（{2} 项答复）"
        case .convertNeedsXLSX: "{0}：只能转换 Excel 自查表（.xlsx）"
        case .formTitle: "企业安全生产自查表"
        case .labelEnterprise: "企业名称"
        case .labelCreditCode: "统一社会信用代码"
        case .labelChecklist: "检查表"
        case .labelPerformedAt: "自查时间"
        case .labelPerformedBy: "自查人"
        case .labelInstructions: "填写说明"
        case .instructionsXLSX: "在“结果”列为每一项选择 符合、不符合 或 不适用；选“不符合”时须在“问题描述”中写明发现的问题（未填时该格显示为红色）。填写自查时间（例如 2026-11-02 09:30）和自查人后，保存为 .xlsx 交回检查站。请勿增删、移动行或修改工作表。"
        case .columnNumber: "序号"
        case .columnID: "编号"
        case .columnLayer: "防控层"
        case .columnTitle: "检查项目"
        case .columnGuidance: "查验方法"
        case .columnBasis: "依据"
        case .columnMajor: "重大隐患项"
        case .columnResult: "结果"
        case .columnNote: "问题描述"
        case .majorYes: "是"
        case .resultErrorTitle: "结果"
        case .resultError: "请选择 符合、不符合 或 不适用"
        case .instructionsHTML: "为每一项选择 符合、不符合 或 不适用；选“不符合”时须写明发现的问题。填写自查时间和自查人后，点击“保存自查文件”，把保存的 XML 文件交回检查站。填写内容只保存在本机浏览器中，不会上传。"
        case .saveButton: "保存自查文件"
        case .remaining: "尚有 {0} 项未完成"
        case .allAnswered: "全部填写完毕，可以保存"
        case .cannotSave: "还不能保存：尚有 {0} 处未完成（见标红处）"
        case .autosaveNote: "填写进度自动保存在本机浏览器中，刷新或关闭后再打开仍在。"
        }
    }

    public var en: String {
        switch self {
        case .notWorkbook: "not an Excel workbook (.xlsx)"
        case .encrypted: "the workbook is encrypted (it has an opening password) or is an old .xls file, and cannot be read: remove the password and save it as .xlsx"
        case .macros: "the workbook contains macros (.xlsm / vbaProject) and is not read: save it as an .xlsx without macros"
        case .tooLarge: "the file is {0} bytes, over the limit of {1}"
        case .partTooLarge: "the workbook's {0} unpacks to more than the limit of {1} bytes and is not read"
        case .notForm: "not a Checkup self-check form (no sheet \"{0}\"): use the form the station sent (checkup selfcheck template --format xlsx)"
        case .damaged: "the workbook cannot be read ({0})"
        case .identityEdited: "the form's identity was edited (it does not match its seal): fill in the form the station sent"
        case .identityFormat: "form format \"{0}\" is not supported: use the form the station sent"
        case .checklistUnknown: "checklist {0} is not in the station's catalog (known: {1})"
        case .versionUnknown: "checklist {0} has no version {1} in the station's catalog (known versions: {2}): ask the station for a current form (checkup selfcheck template --checklist {0} --enterprise CODE --format xlsx)"
        case .checklistChanged: "the form was made from another text of checklist {0} {1} than the station's catalog holds: ask the station for a current form"
        case .rowMoved: "this row should hold item {0} but holds \"{1}\": rows were moved, inserted or deleted; fill in the original form"
        case .resultBlank: "item {0} has no result: choose Pass, Fail or N/A"
        case .resultInvalid: "item {0} has the result \"{1}\": choose Pass, Fail or N/A"
        case .noteRequired: "a result of Fail needs a description of the problem"
        case .noteTooLong: "the description has {0} characters, over the limit of {1}"
        case .cellTooLong: "the cell has {0} characters, over the limit of {1}"
        case .performedAtBlank: "the date of the self-check is blank: write when it was done, e.g. 2026-11-02 09:30"
        case .performedAtInvalid: "the date of the self-check \"{0}\" is not a date and time, e.g. 2026-11-02 09:30"
        case .performedByBlank: "who performed the self-check is blank: write their name"
        case .templateWritten: "{0}: form with {1} items ({2} {3})"
        case .converted: "{0}: converted to the self-check file {1} ({2} answers)"
        case .convertNeedsXLSX: "{0}: only an Excel self-check form (.xlsx) can be converted"
        case .formTitle: "Enterprise safety self-check"
        case .labelEnterprise: "Enterprise"
        case .labelCreditCode: "Credit code"
        case .labelChecklist: "Checklist"
        case .labelPerformedAt: "Checked on"
        case .labelPerformedBy: "Checked by"
        case .labelInstructions: "How to fill in"
        case .instructionsXLSX: "For every item choose Pass, Fail or N/A in the Result column; a Fail needs a description of the problem (the cell shows red until it has one). Fill in when the self-check was done (e.g. 2026-11-02 09:30) and who did it, save as .xlsx and return it to the station. Do not add, delete or move rows, or change the sheets."
        case .columnNumber: "No."
        case .columnID: "Item"
        case .columnLayer: "Layer"
        case .columnTitle: "Requirement"
        case .columnGuidance: "How to check"
        case .columnBasis: "Basis"
        case .columnMajor: "Major hazard item"
        case .columnResult: "Result"
        case .columnNote: "Problem found"
        case .majorYes: "yes"
        case .resultErrorTitle: "Result"
        case .resultError: "Choose Pass, Fail or N/A"
        case .instructionsHTML: "For every item choose Pass, Fail or N/A; a Fail needs a description of the problem. Fill in when the self-check was done and who did it, press \"Save the self-check file\" and return the saved XML file to the station. What you enter stays in this browser on this machine; nothing is sent anywhere."
        case .saveButton: "Save the self-check file"
        case .remaining: "{0} left to complete"
        case .allAnswered: "Everything is filled in; you can save"
        case .cannotSave: "Cannot save yet: {0} places are not complete (marked red)"
        case .autosaveNote: "Your work is kept in this browser as you go, and is still there after a reload."
        }
    }
}
