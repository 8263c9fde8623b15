import CheckupCore
import CheckupStore
import Foundation

/// The checks every escalation command makes on its options before opening the station, and
/// `checkup serve` on its escalation form's fields.
public enum EscalationInput {
    /// Who a step is recorded by: `by` when given, else the station's name when set, else the
    /// catalog's word for the station (`StationIdentity.actor`).
    public static func recorder(by: String?, _ store: any StationIdentityStore) throws -> String {
        if let name = Names.normalisedOrNil(by) { return name }
        return try store.stationIdentity().actor()
    }

    /// `value`, refused (exit 1) when missing or blank.
    public static func required(_ value: String?, _ option: String, hazard: Int64) throws(EscalationError) -> String {
        guard let value, !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw .required(hazard, option: option)
        }
        return value
    }

    /// The date `value` names, refused when missing, unreadable or outside 2000–2099.
    public static func date(_ value: String?, _ option: String, hazard: Int64) throws(EscalationError) -> Date {
        let text = try required(value, option, hazard: hazard)
        guard let date = Timestamp.parse(text), DateRange.settable.contains(date) else {
            throw .notADate(option: option, value: text)
        }
        return date
    }
}
