/// A risk tag of an enterprise's profile (风险标签): what makes it dangerous, which the
/// supervision policy's rules and intervals read and which decides the checklist profile proposed
/// at `session start`.
public enum RiskTag: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// 涉危化品: stores or uses hazardous chemicals.
    case hazchem
    /// 粉尘涉爆: combustible dust.
    case dust
    /// 涉氨制冷: ammonia refrigeration.
    case ammonia
    /// 有限空间: confined-space work.
    case confinedSpace = "confined-space"
    /// 重大危险源: a major hazard installation.
    case majorHazardInstallation = "major-hazard-installation"
    /// 三小/九小场所: small premises.
    case smallPremises = "small-premises"
    /// 人员密集: crowded place.
    case crowded

    /// The Chinese name.
    public var zh: String {
        switch self {
        case .hazchem: "涉危化品"
        case .dust: "粉尘涉爆"
        case .ammonia: "涉氨制冷"
        case .confinedSpace: "有限空间"
        case .majorHazardInstallation: "重大危险源"
        case .smallPremises: "三小场所"
        case .crowded: "人员密集"
        }
    }

    /// The tag's name in `language`: 涉危化品 in Chinese, the id in English.
    public func name(_ language: Language = .current) -> String { language == .zh ? zh : rawValue }

    /// The tag named by its English id or its Chinese name.
    public init?(name: String) {
        let trimmed = name.trimmingCharacters().lowercased()
        if let tag = RiskTag(rawValue: trimmed) {
            self = tag
        } else if let tag = RiskTag.allCases.first(where: { $0.zh == trimmed || (trimmed == "九小场所" && $0 == .smallPremises) }) {
            self = tag
        } else {
            return nil
        }
    }

    /// Tags in declaration order.
    public static func < (lhs: RiskTag, rhs: RiskTag) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }

    /// Parses a list of tags separated by spaces, commas, semicolons or 、 (as a CSV cell or an
    /// option gives them); an unknown one is refused with the list of known ones.
    public static func parseList(_ text: String) throws(SupervisionError) -> [RiskTag] {
        var tags: [RiskTag] = []
        let parts = text.split(whereSeparator: { " ,;、，；|".contains($0) }).map(String.init)
        for part in parts where !part.isEmpty {
            guard let tag = RiskTag(name: part) else { throw .unknownTag(part) }
            if !tags.contains(tag) { tags.append(tag) }
        }
        return tags.sorted()
    }

    /// The known tags as `id (中文)`, for refusals.
    public static var knownList: String {
        allCases.map { "\($0.rawValue) (\($0.zh))" }.joined(separator: ", ")
    }
}

/// 安全生产标准化 level of an enterprise: 一级, 二级, 三级 or 未达标 (not reached).
public enum StandardisationLevel: String, Sendable, Hashable, Codable, CaseIterable {
    /// 一级 (highest).
    case level1 = "1"
    /// 二级.
    case level2 = "2"
    /// 三级.
    case level3 = "3"
    /// 未达标.
    case none

    /// The Chinese name.
    public var zh: String {
        switch self {
        case .level1: "一级"
        case .level2: "二级"
        case .level3: "三级"
        case .none: "未达标"
        }
    }

    /// The level's name in `language`.
    public func name(_ language: Language = .current) -> String {
        guard language == .en else { return zh }
        return self == .none ? "not reached" : "level \(rawValue)"
    }

    /// The level named by `1`/`2`/`3`/`none` or 一级/二级/三级/未达标.
    public init?(name: String) {
        let trimmed = name.trimmingCharacters().lowercased()
        switch trimmed {
        case "1", "一级", "level1", "i": self = .level1
        case "2", "二级", "level2", "ii": self = .level2
        case "3", "三级", "level3", "iii": self = .level3
        case "none", "未达标", "0", "无": self = .none
        default: return nil
        }
    }
}
