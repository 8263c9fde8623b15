import CheckupCore

/// Outcomes in input order, some waiting for their batch to be committed.
struct OutcomeQueue {
    private var entries: [(file: String, outcome: SelfCheckOutcome?)] = []
    private var head = 0
    /// First entry still waiting for the store.
    private var firstWaiting = 0

    mutating func append(_ outcome: SelfCheckFileOutcome) {
        entries.append((outcome.file, outcome.outcome))
    }

    mutating func appendWaiting(file: String) {
        entries.append((file, nil))
    }

    /// Gives the waiting entries, oldest first, the outcomes the store reported.
    mutating func fill(_ outcomes: [SelfCheckOutcome]) {
        var remaining = outcomes[...]
        var index = max(firstWaiting, head)
        while let next = remaining.first, index < entries.count {
            if entries[index].outcome == nil {
                entries[index].outcome = next
                remaining = remaining.dropFirst()
            }
            index += 1
        }
        firstWaiting = index
    }

    /// The oldest entry, if its outcome is known.
    mutating func popReady() -> SelfCheckFileOutcome? {
        guard head < entries.count, let outcome = entries[head].outcome else { return nil }
        let file = entries[head].file
        head += 1
        if head > 1024 && head * 2 > entries.count {
            entries.removeFirst(head)
            firstWaiting = max(0, firstWaiting - head)
            head = 0
        }
        return SelfCheckFileOutcome(file: file, outcome: outcome)
    }
}
