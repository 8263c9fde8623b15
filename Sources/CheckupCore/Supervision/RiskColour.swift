/// The supervision colour of an enterprise (风险等级): 红 red (重大风险), 橙 orange (较大), 黄
/// yellow (一般), 蓝 blue (低). Ordered from the highest risk, which the plan visits first.
public enum RiskColour: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// 红: major risk.
    case red
    /// 橙: considerable risk.
    case orange
    /// 黄: general risk.
    case yellow
    /// 蓝: low risk.
    case blue

    /// 0 for red … 3 for blue.
    public var rank: Int { RiskColour.allCases.firstIndex(of: self) ?? 0 }

    /// Red first.
    public static func < (lhs: RiskColour, rhs: RiskColour) -> Bool { lhs.rank < rhs.rank }

    /// The colour's name in `language` (红/橙/黄/蓝 or red/orange/yellow/blue).
    public func name(_ language: Language = .current) -> String {
        switch (self, language) {
        case (.red, .zh): "红"
        case (.orange, .zh): "橙"
        case (.yellow, .zh): "黄"
        case (.blue, .zh): "蓝"
        default: rawValue
        }
    }

    /// The colour of the four-colour bar and the notice (the usual 红橙黄蓝 of risk maps).
    public var hex: String {
        switch self {
        case .red: "#d62728"
        case .orange: "#ff7f0e"
        case .yellow: "#e6c300"
        case .blue: "#1f77b4"
        }
    }

    /// The colour named by its id or Chinese name (红, 红色, …).
    public init?(name: String) {
        let trimmed = name.trimmingCharacters().lowercased()
        if let colour = RiskColour(rawValue: trimmed) {
            self = colour
            return
        }
        switch trimmed {
        case "红", "红色": self = .red
        case "橙", "橙色": self = .orange
        case "黄", "黄色": self = .yellow
        case "蓝", "蓝色": self = .blue
        default: return nil
        }
    }
}
