/// An enterprise's self-check set against the station's inspection, item by item, and the
/// self-check reliability rate that follows: of the items both examined (pass or fail in both),
/// the share on which they agreed.
public struct SelfCheckComparison: Sendable, Hashable {
    /// How the two answers for one item relate.
    public enum Outcome: String, Sendable, Hashable, Codable, CaseIterable {
        /// Both pass, or both fail.
        case agreed
        /// The self-check said pass, the inspector found a fail (自查不实: the self-check was untrue).
        case selfPassInspectorFail = "self-pass-inspector-fail"
        /// The self-check said fail, the inspector found it passing (stricter than the inspector).
        case selfFailInspectorPass = "self-fail-inspector-pass"
        /// Not examined by both: na or unchecked on at least one side.
        case notCompared = "not-compared"
    }

    /// One item.
    public struct Row: Sendable, Hashable {
        /// The item.
        public var itemID: String
        /// The self-check's answer (`unchecked` when it gave none).
        public var selfCheck: ItemResult
        /// The inspector's answer (`unchecked` when none).
        public var inspection: ItemResult
        /// The self-check's note.
        public var selfCheckNote: String?
        /// The inspector's note.
        public var inspectionNote: String?

        /// How the answers relate.
        public var outcome: Outcome {
            let examined: Set<ItemResult> = [.pass, .fail]
            guard examined.contains(selfCheck), examined.contains(inspection) else { return .notCompared }
            if selfCheck == inspection { return .agreed }
            return selfCheck == .pass ? .selfPassInspectorFail : .selfFailInspectorPass
        }
    }

    /// Every item answered by either side, in checklist order (unknown items last, by id).
    public var rows: [Row]

    /// Compares two sets of answers. `order` lists item ids in checklist order.
    public init(selfCheck: [Answer], inspection: [Answer], order: [String] = []) {
        var rowsByID: [String: Row] = [:]
        for answer in selfCheck {
            rowsByID[answer.itemID] = Row(itemID: answer.itemID, selfCheck: answer.result, inspection: .unchecked,
                                          selfCheckNote: answer.note, inspectionNote: nil)
        }
        for answer in inspection {
            var row = rowsByID[answer.itemID] ?? Row(itemID: answer.itemID, selfCheck: .unchecked, inspection: .unchecked)
            row.inspection = answer.result
            row.inspectionNote = answer.note
            rowsByID[answer.itemID] = row
        }
        var rows: [Row] = []
        for id in order {
            if let row = rowsByID.removeValue(forKey: id) { rows.append(row) }
        }
        rows += rowsByID.values.sorted { $0.itemID < $1.itemID }
        self.rows = rows
    }

    /// Rows with this outcome.
    public func rows(_ outcome: Outcome) -> [Row] {
        rows.filter { $0.outcome == outcome }
    }

    /// Items on which both agreed.
    public var agreed: Int { rows(.agreed).count }
    /// Items the self-check passed and the inspector failed (自查不实).
    public var selfPassInspectorFail: Int { rows(.selfPassInspectorFail).count }
    /// Items the self-check failed and the inspector passed.
    public var selfFailInspectorPass: Int { rows(.selfFailInspectorPass).count }
    /// Items examined (pass or fail) by both.
    public var examinedByBoth: Int { rows.count - rows(.notCompared).count }

    /// agreed / examined by both, or nil when no item was examined by both.
    public var reliability: Double? {
        let examined = examinedByBoth
        return examined == 0 ? nil : Double(agreed) / Double(examined)
    }
}
