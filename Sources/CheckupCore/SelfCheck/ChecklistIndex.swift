/// A checklist with lookups prepared for checking many self-checks against it: items by id and
/// the items each profile excludes. `Checklist.item(_:)` searches the list; with 200 answers
/// in each of thousands of files, that adds up.
public struct ChecklistIndex: Sendable {
    /// The checklist.
    public let checklist: Checklist
    /// Position of each item in `checklist.items`.
    public let positions: [String: Int]
    /// For each profile id, whether it excludes each item (directly or by section), by position.
    public let excluded: [String: [Bool]]

    /// Indexes `checklist`.
    public init(_ checklist: Checklist) {
        self.checklist = checklist
        var positions: [String: Int] = [:]
        positions.reserveCapacity(checklist.items.count)
        for (index, item) in checklist.items.enumerated() where positions[item.id] == nil {
            positions[item.id] = index
        }
        self.positions = positions
        var excluded: [String: [Bool]] = [:]
        for profile in checklist.profiles {
            excluded[profile.id] = checklist.items.map { checklist.isExcluded($0, by: profile) }
        }
        self.excluded = excluded
    }

    /// The item with `id`.
    public func item(_ id: String) -> ChecklistItem? {
        positions[id].map { checklist.items[$0] }
    }
}
