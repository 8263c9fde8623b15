import Foundation

/// A cheap answer to "has anything in the station changed?", for caches of values computed from
/// many rows (`checkup serve`'s dashboard and enterprise lists). Correct across processes: a
/// write committed by any process or connection — a CLI command beside the server included —
/// gives a different version on the next call. Versions are compared for equality only.
public protocol DataVersionStore: Sendable {
    /// An opaque version of the whole database, read in one query; equal versions mean nothing
    /// was committed in between (a different one may also come without a change of this
    /// station's rows: the caller then only recomputes).
    func dataVersion() throws -> String
}
