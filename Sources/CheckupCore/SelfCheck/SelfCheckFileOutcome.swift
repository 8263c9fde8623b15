/// What became of one file of a self-check import: the value the import reports file by file
/// (in input order) and the reports render.
public struct SelfCheckFileOutcome: Sendable, Hashable {
    /// The file, as given or found.
    public var file: String
    /// Its outcome.
    public var outcome: SelfCheckOutcome

    /// Creates an outcome for `file`.
    public init(file: String, outcome: SelfCheckOutcome) {
        self.file = file
        self.outcome = outcome
    }
}
