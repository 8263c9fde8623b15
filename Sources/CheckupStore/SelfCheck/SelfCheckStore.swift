import Foundation

/// Persistence of imported self-checks, beside `StationStore`.
public protocol SelfCheckStore: StationStore {
    /// A lookup of imported content hashes for one thread.
    func selfCheckHashLookup() throws -> any SelfCheckHashLookup

    /// Stores the submissions `next` yields until it returns nil, each in its own savepoint of a
    /// batch transaction: a file is stored whole or not at all, and a file refused here (not
    /// registered, a duplicate) leaves nothing behind. Batches are committed every
    /// `batchFiles` files or `batchSeconds` seconds; after each commit `committed` receives the
    /// outcomes of the batch's files, in order. An error thrown (by the database, or by `next`)
    /// rolls back the open batch, whose outcomes are never reported.
    ///
    /// With `register`, an enterprise missing from the register is added from the file's
    /// enterprise block. Items not applying to the enterprise's industry are refused here,
    /// where the register's industry is known.
    func storeSelfChecks(register: Bool, now: Date, batchFiles: Int, batchSeconds: TimeInterval,
                         next: () throws -> SelfCheckSubmission?,
                         committed: ([SelfCheckStoreOutcome]) throws -> Void) throws

    /// The imported-files ledger, optionally for one enterprise, oldest first.
    func selfCheckFiles(enterprise: String?) throws -> [SelfCheckFileInfo]
}

extension SelfCheckStore {
    /// Stores submissions in batches of 500 files or one second, whichever comes first.
    public func storeSelfChecks(register: Bool, now: Date, next: () throws -> SelfCheckSubmission?,
                                committed: ([SelfCheckStoreOutcome]) throws -> Void) throws {
        try storeSelfChecks(register: register, now: now, batchFiles: 500, batchSeconds: 1,
                            next: next, committed: committed)
    }
}
