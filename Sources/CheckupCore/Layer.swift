/// One of the four defence layers of the "2.0" station model.
///
/// A 1.0 station relies on people alone (人防); 2.0 adds physical (物防), technical (技防) and
/// joint (联防) defence. Every checklist item belongs to exactly one layer.
public enum Layer: String, CaseIterable, Codable, Sendable, Hashable, Comparable {
    /// 人防: people, training, certificates, management systems.
    case human
    /// 物防: physical protection — guards, barriers, extinguishers, exits.
    case physical
    /// 技防: technical protection — monitoring, alarms, interlocks, video.
    case technical
    /// 联防: joint defence — contractors, neighbours, township plans, grid members.
    case joint

    /// The three layers that measure the move from 1.0 to 2.0; `human` is the 1.0 baseline.
    public static let twoPointZeroLayers: [Layer] = [.physical, .technical, .joint]

    /// Position in the canonical order human, physical, technical, joint.
    public var ordinal: Int {
        switch self {
        case .human: 0
        case .physical: 1
        case .technical: 2
        case .joint: 3
        }
    }

    public static func < (lhs: Layer, rhs: Layer) -> Bool { lhs.ordinal < rhs.ordinal }
}

/// The answer recorded for one checklist item in a session.
public enum ItemResult: String, CaseIterable, Codable, Sendable, Hashable {
    /// The item was checked and complies.
    case pass
    /// The item was checked and does not comply: a hazard (隐患).
    case fail
    /// The item does not apply to this enterprise.
    case na
    /// Not answered (yet).
    case unchecked
}
