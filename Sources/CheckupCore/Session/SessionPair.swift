import Foundation

/// One enterprise's inspection and the self-check set beside it (`SessionPairing.pair`), with
/// both sets of answers: what the self-check comparison and the township's reliability table read.
public struct SessionPair: Sendable {
    /// The enterprise.
    public var enterprise: Enterprise
    /// The inspection compared, if there is one.
    public var inspection: Session?
    /// The self-check compared, if there is one.
    public var selfCheck: Session?
    /// The inspection's checklist snapshot, when both sessions exist.
    public var checklist: Checklist?
    /// The inspection's answers (empty unless both sessions exist).
    public var inspectionAnswers: [Answer]
    /// The self-check's answers (empty unless both sessions exist).
    public var selfCheckAnswers: [Answer]

    /// Creates a pair.
    public init(enterprise: Enterprise, inspection: Session?, selfCheck: Session?, checklist: Checklist?,
                inspectionAnswers: [Answer], selfCheckAnswers: [Answer]) {
        self.enterprise = enterprise
        self.inspection = inspection
        self.selfCheck = selfCheck
        self.checklist = checklist
        self.inspectionAnswers = inspectionAnswers
        self.selfCheckAnswers = selfCheckAnswers
    }

    /// The item-by-item comparison, when both sessions exist, in the checklist's item order.
    public var comparison: SelfCheckComparison? {
        guard inspection != nil, selfCheck != nil else { return nil }
        return SelfCheckComparison(selfCheck: selfCheckAnswers, inspection: inspectionAnswers,
                                   order: checklist?.items.map(\.id) ?? [])
    }
}
