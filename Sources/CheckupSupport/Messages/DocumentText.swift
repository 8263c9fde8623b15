/// The wording of the documents a station prints beside the notice — the verification opinion
/// (整改复查意见书) and the inspection record (现场检查记录) — and of the notice's additions
/// (legal representative, start and end time, certificate numbers, evidence). Templates reach
/// every case as `labels.<case>` (`DocumentText.labels(_:)`), so a station's own layout gets both
/// languages; the cases with placeholders are filled in Swift before rendering.
public enum DocumentText: String, CatalogMessage {
    // Shared.
    case enterprise, creditCode, address, contact, legalRepresentative, placeInspected, startedAt, completedAt
    case inspectors, certificate, checklist, generated, signDate, stationSeal, enterpriseSeal, no, item, finding
    case severity, notEnded
    // The verification opinion.
    case verificationTitle, noticeNumber, inspectionDate, verificationDate, verifiers, result, remark
    case passed, failed, pending
    /// `{0}` enterprise, `{1}` date, `{2}` notice number.
    case verificationIntro
    /// `{0}` verified on, `{1}` by.
    case passedRemark
    /// `{0}` reason, `{1}` refused on, `{2}` by.
    case refusedRemark
    case openRemark, rectifyingRemark, pendingRemark
    /// `{0}` total, `{1}` passed, `{2}` failed, `{3}` pending.
    case verificationSummary
    case allPassed, someFailed, verifierSignature, enterpriseSignature, verificationCopies
    /// `{0}` session: nothing to verify.
    case nothingToVerify
    /// `{0}` hazard fixed on site: nothing to verify.
    case hazardFixedOnSite
    // The inspection record.
    case recordTitle, sessionNumber, recordResult, personPresent, note, evidence, resultPass, resultFail, resultNA
    /// Before the place of a fail (隐患部位) in the record's observations.
    case failPlace
    case majorMark, fixedOnSiteMark
    /// `{0}` items, `{1}` examined, `{2}` pass, `{3}` fail, `{4}` n/a, `{5}` unchecked.
    case recordSummary
    case recordConfirmation, inspectorSignature, presentSignature
    /// `{0}` session: a self-check has no on-site record.
    case recordSelfCheck
    // The notice's additions.
    case evidenceListed

    public var zh: String {
        switch self {
        case .enterprise: "企业名称"
        case .creditCode: "统一社会信用代码"
        case .address: "地址"
        case .contact: "联系人及电话"
        case .legalRepresentative: "法定代表人"
        case .placeInspected: "检查场所"
        case .startedAt: "检查开始时间"
        case .completedAt: "检查结束时间"
        case .inspectors: "检查人员"
        case .certificate: "证号"
        case .checklist: "检查表"
        case .generated: "打印时间"
        case .signDate: "日期：　　年　　月　　日"
        case .stationSeal: "（体检站盖章）"
        case .enterpriseSeal: "企业（盖章）"
        case .no: "序号"
        case .item: "检查项目"
        case .finding: "隐患描述"
        case .severity: "隐患等级"
        case .notEnded: "（检查尚未结束）"
        case .verificationTitle: "整改复查意见书"
        case .noticeNumber: "原整改通知书编号"
        case .inspectionDate: "体检日期"
        case .verificationDate: "复查日期"
        case .verifiers: "复查人员"
        case .result: "复查结果"
        case .remark: "复查意见"
        case .passed: "合格"
        case .failed: "不合格"
        case .pending: "待复查"
        case .verificationIntro: "{0}：本站于{1}对你单位{2}《安全生产隐患整改通知书》所列事故隐患的整改情况进行了复查，复查意见如下。"
        case .passedRemark: "已整改，{0}经{1}复查合格，予以销号"
        case .refusedRemark: "{0}（{1}经{2}复查）"
        case .openRemark: "未整改"
        case .rectifyingRemark: "整改中，尚未报告整改完成"
        case .pendingRemark: "已报告整改完成，尚待复查"
        case .verificationSummary: "共复查事故隐患{0}项：合格{1}项，不合格{2}项，待复查{3}项。"
        case .allPassed: "上述事故隐患均已整改合格，予以销号。"
        case .someFailed: "复查不合格的事故隐患，请你单位继续整改，整改完成后书面报告本站再次复查；整改期间应当采取有效措施防止事故发生。"
        case .verifierSignature: "复查人员（签字）"
        case .enterpriseSignature: "企业负责人（签收）"
        case .verificationCopies: "本意见书一式两份，企业签收一份，体检站存档一份。"
        case .nothingToVerify: "会话 {0} 没有需要复查的事故隐患（未发现隐患，或均已现场整改）"
        case .hazardFixedOnSite: "隐患 {0} 已在检查时现场整改，没有需要复查的内容"
        case .recordTitle: "现场检查记录"
        case .sessionNumber: "体检编号"
        case .recordResult: "检查结果"
        case .personPresent: "企业在场人员"
        case .note: "检查情况"
        case .evidence: "证据材料"
        case .resultPass: "合格"
        case .resultFail: "不合格"
        case .resultNA: "不适用"
        case .failPlace: "部位："
        case .majorMark: "重大事故隐患"
        case .fixedOnSiteMark: "已现场整改"
        case .recordSummary: "检查表共{0}项，已检查{1}项（合格{2}项，不合格{3}项，不适用{4}项），未检查{5}项。"
        case .recordConfirmation: "以上记录经企业在场人员核对，情况属实。"
        case .inspectorSignature: "检查人员（签字）"
        case .presentSignature: "企业在场人员（签字）"
        case .recordSelfCheck: "会话 {0} 是企业自查：现场检查记录只用于本站的检查"
        case .evidenceListed: "其他证据文件"
        }
    }

    public var en: String {
        switch self {
        case .enterprise: "Enterprise"
        case .creditCode: "Unified social credit code"
        case .address: "Address"
        case .contact: "Contact and telephone"
        case .legalRepresentative: "Legal representative"
        case .placeInspected: "Place inspected"
        case .startedAt: "Inspection started"
        case .completedAt: "Inspection ended"
        case .inspectors: "Inspectors"
        case .certificate: "Cert. No."
        case .checklist: "Checklist"
        case .generated: "Printed"
        case .signDate: "Date: ____ / ____ / ____"
        case .stationSeal: "(station seal)"
        case .enterpriseSeal: "Enterprise (seal)"
        case .no: "No."
        case .item: "Item"
        case .finding: "Finding"
        case .severity: "Severity"
        case .notEnded: "(not ended yet)"
        case .verificationTitle: "Rectification Verification Opinion"
        case .noticeNumber: "Rectification notice No."
        case .inspectionDate: "Inspection date"
        case .verificationDate: "Verification date"
        case .verifiers: "Verified by"
        case .result: "Result"
        case .remark: "Opinion"
        case .passed: "Passed"
        case .failed: "Not passed"
        case .pending: "Pending"
        case .verificationIntro: "{0}: on {1} the station re-inspected the rectification of the hazards listed in rectification notice {2}. Its opinion follows."
        case .passedRemark: "Rectified; verified by {1} on {0} and closed"
        case .refusedRemark: "{0} (re-inspected by {2} on {1})"
        case .openRemark: "Not rectified"
        case .rectifyingRemark: "Rectification under way, not reported complete"
        case .pendingRemark: "Reported rectified, awaiting re-inspection"
        case .verificationSummary: "{0} hazards re-inspected: {1} passed, {2} not passed, {3} pending."
        case .allPassed: "All the hazards above are rectified and closed."
        case .someFailed: "Continue rectifying the hazards that did not pass and report in writing when done, for another re-inspection; prevent accidents meanwhile."
        case .verifierSignature: "Verified by (signature)"
        case .enterpriseSignature: "Enterprise principal (received)"
        case .verificationCopies: "Made out in two copies: one signed for the enterprise, one for the station's archive."
        case .nothingToVerify: "session {0} has no hazard to verify (none was found, or all were fixed on site)"
        case .hazardFixedOnSite: "hazard {0} was fixed on site during the inspection: there is nothing to verify"
        case .recordTitle: "On-site Inspection Record"
        case .sessionNumber: "Inspection No."
        case .recordResult: "Result"
        case .personPresent: "Enterprise representative present"
        case .note: "Observations"
        case .evidence: "Evidence"
        case .resultPass: "Pass"
        case .resultFail: "Fail"
        case .resultNA: "N/A"
        case .failPlace: "Place: "
        case .majorMark: "Major hazard"
        case .fixedOnSiteMark: "Fixed on site"
        case .recordSummary: "{0} items on the checklist, {1} examined ({2} pass, {3} fail, {4} not applicable), {5} not examined."
        case .recordConfirmation: "The enterprise representative present has checked this record and confirms it."
        case .inspectorSignature: "Inspectors (signature)"
        case .presentSignature: "Enterprise representative present (signature)"
        case .recordSelfCheck: "session {0} is a self-check: the on-site inspection record is for the station's inspections"
        case .evidenceListed: "Other evidence files"
        }
    }

    /// Every text in `language`, by case name: the `labels` a document template sees; plus
    /// `blank`, a line to fill in by hand in Markdown (HTML draws one with CSS), which is no
    /// wording and so not a catalog message.
    public static func labels(_ language: Language) -> [String: String] {
        var labels = Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0.template(language)) })
        labels["blank"] = language == .zh ? "＿＿＿＿＿＿＿＿" : "________________"
        return labels
    }
}
