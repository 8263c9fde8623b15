import CheckupCore
import Foundation
import GRDB

/// The hazard columns of migration `v10-hazard-escalation`, as stored: reports (`escalations`,
/// a JSON array), the 挂牌督办 listing, the stop-work order and the remediation plan (the JSON of
/// its `EvidenceRef`). All NULL for a hazard without any, which is most of them: reading those
/// costs nine NULL checks, no JSON.
struct EscalationColumns: Sendable {
    var escalations: String?
    var supervisionNumber: String?
    var supervisionAuthority: String?
    var supervisedAt: Date?
    var delistedAt: Date?
    var stopWorkScope: String?
    var stopWorkAt: Date?
    var stopWorkClearedAt: Date?
    var remediationPlan: String?
    /// The last re-inspection's note or refusal reason (`Hazard.verificationNote`).
    var verificationNote: String?

    /// No columns set.
    init() {}

    /// The columns of `hazard`.
    init(_ hazard: Hazard) {
        escalations = hazard.escalations.isEmpty ? nil : Self.encode(hazard.escalations)
        supervisionNumber = hazard.supervision?.number
        supervisionAuthority = hazard.supervision?.authority
        supervisedAt = hazard.supervision?.at
        delistedAt = hazard.supervision?.delistedAt
        stopWorkScope = hazard.stopWork?.scope
        stopWorkAt = hazard.stopWork?.at
        stopWorkClearedAt = hazard.stopWork?.clearedAt
        remediationPlan = hazard.remediationPlan.map { jsonText($0) }
        verificationNote = hazard.verificationNote
    }

    /// Nothing stored.
    var isEmpty: Bool {
        escalations == nil && supervisionNumber == nil && stopWorkScope == nil && remediationPlan == nil
            && verificationNote == nil
    }

    /// Sets the hazard's escalation fields from the columns.
    func apply(to hazard: inout Hazard) {
        hazard.escalations = escalations.map(Self.decode) ?? []
        if let supervisionNumber, let supervisedAt {
            hazard.supervision = HazardSupervision(number: supervisionNumber, authority: supervisionAuthority ?? "",
                                                   at: supervisedAt, delistedAt: delistedAt)
        }
        if let stopWorkScope, let stopWorkAt {
            hazard.stopWork = HazardStopWork(scope: stopWorkScope, at: stopWorkAt, clearedAt: stopWorkClearedAt)
        }
        hazard.verificationNote = verificationNote
        hazard.remediationPlan = remediationPlan.flatMap { try? JSONDecoder().decode(EvidenceRef.self, from: Data($0.utf8)) }
    }

    /// Reports as JSON, dates as the database writes them.
    static func encode(_ escalations: [HazardEscalation]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(DatabaseDateText.text(date))
        }
        return (try? encoder.encode(escalations)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }

    /// The reports of `encode`; none when unreadable.
    static func decode(_ text: String) -> [HazardEscalation] {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let date = Date.fromDatabaseValue(text.databaseValue) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: text))
            }
            return date
        }
        return (try? decoder.decode([HazardEscalation].self, from: Data(text.utf8))) ?? []
    }
}
