import CheckupCore
import Foundation

/// Persistence of hazards and their history. The lifecycle rules live in `HazardRules`;
/// implementations apply them inside their transactions.
public protocol HazardStore: Sendable {
    /// Hazards matching `filter`, oldest first.
    func hazards(_ filter: HazardFilter) throws -> [Hazard]
    /// One hazard.
    func hazard(_ id: Int64) throws -> Hazard?
    /// Its history, oldest first.
    func hazardHistory(_ id: Int64) throws -> [HazardChange]
    /// Applies `change` (computed by `HazardRules` from the hazard as stored at that moment)
    /// in one transaction, recording the history entry.
    func changeHazard(_ id: Int64, _ change: (Hazard) throws -> (Hazard, HazardChange)) throws -> Hazard
    /// Completes a session and creates the hazards its fails make, in one transaction: `hazards`
    /// gets the completed session and its findings as stored at that moment.
    func complete(session: Int64, at: Date, hazards: (Session, [Finding]) throws -> [Hazard]) throws -> (Session, [Hazard])
}
