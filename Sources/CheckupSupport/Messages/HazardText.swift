/// Messages about hazards (隐患) and their rectification.
public enum HazardText: String, CatalogMessage {
    case unknownHazard, illegalTransition, fiveMeasuresMissing, reasonRequired, notRectified
    case statusOpen, statusRectifying, statusRectified, statusVerified, severityMajor, severityGeneral
    /// `hazard update|verify`: `{0}` hazard, `{1}` old status, `{2}` new status.
    case moved

    public var zh: String {
        switch self {
        case .unknownHazard: "没有编号为 {0} 的隐患"
        case .illegalTransition: "隐患 {0} 当前为“{1}”，不能改为“{2}”（待整改 → 整改中 → 已整改待复查 → 已销号）"
        case .fiveMeasuresMissing: "隐患 {0} 为重大隐患：进入整改须落实五项措施（五落实），缺少：{1}"
        case .reasonRequired: "复查不通过须写明理由（--reason）"
        case .notRectified: "隐患 {0} 当前为“{1}”；只有已整改的隐患才能复查"
        case .statusOpen: "待整改"
        case .statusRectifying: "整改中"
        case .statusRectified: "已整改待复查"
        case .statusVerified: "已销号"
        case .severityMajor: "重大"
        case .severityGeneral: "一般"
        case .moved: "隐患 {0}：{1} → {2}"
        }
    }

    public var en: String {
        switch self {
        case .unknownHazard: "no hazard {0}"
        case .illegalTransition: "hazard {0} is {1}; it cannot go to {2} (open → rectifying → rectified → verified)"
        case .fiveMeasuresMissing: "hazard {0} is major: rectification needs the five measures (five-in-place); missing: {1}"
        case .reasonRequired: "refusing verification needs --reason"
        case .notRectified: "hazard {0} is {1}; only a rectified hazard can be verified"
        case .statusOpen: "open"
        case .statusRectifying: "rectifying"
        case .statusRectified: "rectified"
        case .statusVerified: "verified"
        case .severityMajor: "major"
        case .severityGeneral: "general"
        case .moved: "hazard {0}: {1} → {2}"
        }
    }
}
