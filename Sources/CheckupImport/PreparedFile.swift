import CheckupCore
import CheckupStore

/// One file after reading and checking: either ready to store, or already decided.
struct PreparedFile: Sendable {
    enum Result: Sendable {
        /// Passed every check that needs no database.
        case submission(SelfCheckSubmission)
        /// Refused, or a duplicate of a committed import.
        case outcome(SelfCheckOutcome)
    }

    var file: String
    var bytes: Int64
    var result: Result
}
