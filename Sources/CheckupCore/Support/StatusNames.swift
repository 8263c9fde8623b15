/// The names a station writes for statuses, kinds and severities, from the message catalog.
extension SessionStatus {
    /// 进行中 / 已完成 / 已被更正替代, or English.
    public func name(_ language: Language) -> String {
        switch self {
        case .open: SessionText.statusOpen.text(in: language)
        case .completed: SessionText.statusCompleted.text(in: language)
        case .superseded: SessionText.statusSuperseded.text(in: language)
        }
    }
}

extension SessionKind {
    /// 检查 / 企业自查, or English.
    public func name(_ language: Language) -> String {
        switch self {
        case .inspection: SessionText.kindInspection.text(in: language)
        case .selfCheck: SessionText.kindSelfCheck.text(in: language)
        }
    }
}

extension ItemResult {
    /// 合格 / 不合格 / 不适用 / 未检查, or English (the raw values).
    public func name(_ language: Language) -> String {
        switch self {
        case .pass: SessionText.resultPass.text(in: language)
        case .fail: SessionText.resultFail.text(in: language)
        case .na: SessionText.resultNA.text(in: language)
        case .unchecked: SessionText.resultUnchecked.text(in: language)
        }
    }
}

extension HazardStatus {
    /// 待整改 / 整改中 / 已整改待复查 / 已销号, or English.
    public func name(_ language: Language) -> String {
        switch self {
        case .open: HazardText.statusOpen.text(in: language)
        case .rectifying: HazardText.statusRectifying.text(in: language)
        case .rectified: HazardText.statusRectified.text(in: language)
        case .verified: HazardText.statusVerified.text(in: language)
        }
    }
}

extension HazardSeverity {
    /// 重大 / 一般, or English.
    public func name(_ language: Language) -> String {
        switch self {
        case .major: HazardText.severityMajor.text(in: language)
        case .general: HazardText.severityGeneral.text(in: language)
        }
    }
}
