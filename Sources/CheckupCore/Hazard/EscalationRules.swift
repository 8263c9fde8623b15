import Foundation

/// The rules of a major hazard's escalation as pure functions, beside `HazardRules`: reporting
/// (上报), listing for supervision (挂牌督办) and delisting (摘牌), stop-work (局部停产停业 /
/// 撤出人员). Each returns the hazard as it becomes and the history entry to keep; none changes
/// the hazard's status. The store applies them inside its transaction (`changeHazard`).
///
/// Delisting is an explicit step (`delist`), refused before the hazard is verified: the
/// authority that listed the hazard delists it on the station's verification, on a day of its
/// own, so verification does not delist by itself. A stop-work order, by contrast, is lifted by
/// verification (`HazardRules.verify`) and by nothing else.
public enum EscalationRules {
    /// Longest body, reference, number, authority or scope accepted.
    public static let maxLength = TextLimits.short

    /// Records a report of a major hazard to `body` under `reference`. Several reports may be
    /// recorded (the supervising department, the workers' congress).
    public static func escalate(_ hazard: Hazard, to body: String, reference: String, at: Date, by: String?,
                                recordedBy: String) throws(EscalationError) -> (Hazard, HazardChange) {
        guard hazard.severity == .major else { throw .notMajor(hazard.id, action: "escalate") }
        let body = try required(body, option: "--to", hazard: hazard.id)
        let reference = try required(reference, option: "--reference", hazard: hazard.id)
        var next = hazard
        next.escalations.append(HazardEscalation(to: body, reference: reference, at: at, by: by))
        return (next, HazardChange(hazardID: hazard.id, from: hazard.status, to: hazard.status, by: by ?? recordedBy,
                                   at: at, note: "\(body) \(reference)", event: .escalated))
    }

    /// Lists a major hazard for supervision. Refused when it is listed already or verified.
    public static func supervise(_ hazard: Hazard, number: String, authority: String, at: Date,
                                 by: String) throws(EscalationError) -> (Hazard, HazardChange) {
        guard hazard.severity == .major else { throw .notMajor(hazard.id, action: "supervise") }
        if let listing = hazard.supervision, listing.isListed {
            throw .alreadySupervised(hazard.id, number: listing.number)
        }
        guard hazard.status != .verified else { throw .alreadyVerified(hazard.id) }
        let number = try required(number, option: "--number", hazard: hazard.id)
        let authority = try required(authority, option: "--authority", hazard: hazard.id)
        var next = hazard
        next.supervision = HazardSupervision(number: number, authority: authority, at: at)
        return (next, HazardChange(hazardID: hazard.id, from: hazard.status, to: hazard.status, by: by, at: at,
                                   note: "\(authority) \(number)", event: .supervised))
    }

    /// Delists (摘牌) a listed hazard; only once it is verified.
    public static func delist(_ hazard: Hazard, at: Date, by: String, note: String?) throws(EscalationError) -> (Hazard, HazardChange) {
        guard let listing = hazard.supervision, listing.isListed else { throw .notSupervised(hazard.id) }
        guard hazard.status == .verified else { throw .notVerified(hazard.id, hazard.status) }
        do { try TextLimits.check(note, field: "--note", limit: TextLimits.note) } catch { throw .tooLong(error) }
        var next = hazard
        next.supervision?.delistedAt = at
        return (next, HazardChange(hazardID: hazard.id, from: hazard.status, to: hazard.status, by: by, at: at,
                                   note: note ?? "\(listing.authority) \(listing.number)", event: .delisted))
    }

    /// Orders work stopped (or people withdrawn) in `scope` for a major hazard not yet verified.
    public static func stopWork(_ hazard: Hazard, scope: String, at: Date, by: String) throws(EscalationError) -> (Hazard, HazardChange) {
        guard hazard.severity == .major else { throw .notMajor(hazard.id, action: "stop-work") }
        guard hazard.status != .verified else { throw .alreadyVerified(hazard.id) }
        if let order = hazard.stopWork, order.isActive { throw .stopWorkActive(hazard.id, scope: order.scope) }
        let scope = try required(scope, option: "--scope", hazard: hazard.id)
        var next = hazard
        next.stopWork = HazardStopWork(scope: scope, at: at)
        return (next, HazardChange(hazardID: hazard.id, from: hazard.status, to: hazard.status, by: by, at: at,
                                   note: scope, event: .stopWork))
    }

    /// `value` trimmed, refused when empty or longer than `maxLength`.
    private static func required(_ value: String?, option: String, hazard: Int64) throws(EscalationError) -> String {
        let trimmed = (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .required(hazard, option: option) }
        do { try TextLimits.check(trimmed, field: option, limit: maxLength) } catch { throw .tooLong(error) }
        return trimmed
    }
}
