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
    /// Each item's id by position, nil where an earlier item has the same id (so that a guess
    /// confirmed here always agrees with `positions`).
    private let ids: [String?]

    /// Indexes `checklist`.
    public init(_ checklist: Checklist) {
        self.checklist = checklist
        var positions: [String: Int] = [:]
        positions.reserveCapacity(checklist.items.count)
        for (index, item) in checklist.items.enumerated() where positions[item.id] == nil {
            positions[item.id] = index
        }
        self.positions = positions
        ids = checklist.items.indices.map { positions[checklist.items[$0].id] == $0 ? checklist.items[$0].id : nil }
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

    /// The position of the item `id`, as `positions` has it, trying `guess` first. Answers come
    /// in checklist order nearly always, so guessing the position after the previous answer's
    /// and comparing one id spares hashing the id and probing the dictionary.
    @inline(__always)
    public func position(of id: String, guess: Int) -> Int? {
        if guess >= 0, guess < ids.count, let expected = ids[guess], expected == id { return guess }
        return positions[id]
    }
}
