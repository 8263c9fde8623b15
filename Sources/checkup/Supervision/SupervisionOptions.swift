import ArgumentParser
import CheckupCore
import CheckupStore
import Foundation

/// `--policy FILE`: the supervision policy in force (else `CHECKUP_POLICY`, else the built-in
/// default; docs/supervision.md).
struct PolicyOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Supervision policy XML (default: $CHECKUP_POLICY, else the built-in policy; see docs/supervision.md).",
        valueName: "file"))
    var policy: String?

    /// The policy, validated against the built-in schema (refusals carry file:line:col).
    func load() throws -> SupervisionPolicy {
        try SupervisionPolicies.load(path: SupervisionPolicies.path(explicit: policy,
                                                                    environment: ProcessInfo.processInfo.environment))
    }
}

/// A date option read as `Timestamp.parse` reads it (a day means its start, UTC+8), held to the
/// settable range.
enum DateOption {
    /// The moment `text` names, or a usage error naming `label`.
    static func parse(_ label: String, _ text: String) throws -> Date {
        guard let date = Timestamp.parse(text) else {
            throw ValidationError("\(label) '\(text)' is not an ISO 8601 date or time")
        }
        if let refusal = DateRange.refusal(label, text, date: date, range: DateRange.settable) {
            throw ValidationError(refusal)
        }
        return date
    }
}

/// The profile options of `enterprise add` and `enterprise update`.
struct ProfileOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Risk tags, comma-separated: hazchem, dust, ammonia, confined-space, major-hazard-installation, small-premises, crowded (or their Chinese names); \"\" for none.",
        valueName: "tags"))
    var tags: String?
    @Option(help: ArgumentHelp("标准化 level: 1, 2, 3 or none (一级…未达标).", valueName: "level"))
    var standardisation: String?
    @Option(help: ArgumentHelp("Number of employees.", valueName: "n"))
    var employees: String?
    @Option(help: ArgumentHelp("Grid (网格) for joint defence.", valueName: "name"))
    var grid: String?
    @Option(name: .customLong("grid-member"), help: ArgumentHelp("Grid member (网格员) who patrols it.", valueName: "name"))
    var gridMember: String?

    /// `enterprise` with the options given applied (an empty value clears a field).
    func applied(to enterprise: Enterprise) throws -> Enterprise {
        var result = enterprise
        if let tags { result.riskTags = try RiskTag.parseList(tags) }
        if let standardisation {
            if standardisation.trimmingCharacters(in: .whitespaces).isEmpty {
                result.standardisation = nil
            } else {
                guard let level = StandardisationLevel(name: standardisation) else {
                    throw SupervisionError.unknownStandardisation(standardisation)
                }
                result.standardisation = level
            }
        }
        if let employees {
            let trimmed = employees.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                result.employees = nil
            } else {
                guard let number = Int(trimmed), number >= 0 else { throw SupervisionError.badEmployees(employees) }
                result.employees = number
            }
        }
        if let grid { result.grid = Names.normalisedOrNil(grid) }
        if let gridMember { result.gridMember = Names.normalisedOrNil(gridMember) }
        return result
    }
}
