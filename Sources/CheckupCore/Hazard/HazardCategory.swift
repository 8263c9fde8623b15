/// The ledger's hazard category (隐患类别) in the usual three-way split of accident causes: the
/// unsafe act of a person (人的不安全行为), the unsafe condition of a thing (物的不安全状态) and a
/// management defect (管理缺陷).
///
/// Checklists carry no accident type, so the category is the item's defence layer mapped:
/// 人防 (people, training, certificates) → person; 物防 (guards, barriers, extinguishers, exits)
/// and 技防 (monitoring, alarms, interlocks — equipment) → thing; 联防 (contractors, neighbours,
/// township plans: how the enterprise is organised with others) → management.
public enum HazardCategory: String, Sendable, Hashable, Codable, CaseIterable {
    /// 人的不安全行为.
    case person
    /// 物的不安全状态.
    case thing
    /// 管理缺陷.
    case management

    /// The category of a hazard found on an item of `layer`.
    public init(layer: Layer) {
        switch layer {
        case .human: self = .person
        case .physical, .technical: self = .thing
        case .joint: self = .management
        }
    }

    /// 人的不安全行为 / 物的不安全状态 / 管理缺陷, or English.
    public func name(_ language: Language) -> String {
        switch self {
        case .person: EscalationText.categoryHuman.text(in: language)
        case .thing: EscalationText.categoryThing.text(in: language)
        case .management: EscalationText.categoryManagement.text(in: language)
        }
    }
}
