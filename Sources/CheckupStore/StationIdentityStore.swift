import CheckupCore
import Foundation

/// Where the station's identity (`StationIdentity`) is kept: one value per station database,
/// read by every report that names the station and written by `checkup station set`.
public protocol StationIdentityStore: Sendable {
    /// The stored identity; every field `nil` while nothing was set.
    func stationIdentity() throws -> StationIdentity
    /// Replaces the stored identity with `identity` (a `nil` field is stored as unset).
    func saveStationIdentity(_ identity: StationIdentity, now: Date) throws
}
