/// Totals of a self-check import, counted as the outcomes are reported.
public struct SelfCheckImportSummary: Sendable, Hashable {
    /// Files stored as new self-checks.
    public var imported = 0
    /// Files stored as corrections replacing an earlier submission.
    public var superseded = 0
    /// Files skipped because their content was imported before.
    public var duplicates = 0
    /// Files refused.
    public var refused = 0
    /// Bytes of every file looked at.
    public var bytes: Int64 = 0

    /// Empty totals.
    public init() {}

    /// Every file counted.
    public var files: Int { imported + superseded + duplicates + refused }

    /// Counts one file's outcome.
    public mutating func count(_ outcome: SelfCheckOutcome) {
        switch outcome {
        case .imported: imported += 1
        case .superseded: superseded += 1
        case .duplicate: duplicates += 1
        case .refused: refused += 1
        }
    }
}
