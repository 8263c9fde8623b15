import CheckupCore
import Foundation

/// A major hazard's escalation as `hazard list` and `hazard show` print it.
public enum EscalationLines {
    /// The name of a history event.
    public static func name(_ event: HazardEvent, _ language: Language) -> String {
        let text: EscalationText = switch event {
        case .escalated: .eventEscalated
        case .supervised: .eventSupervised
        case .delisted: .eventDelisted
        case .stopWork: .eventStopWork
        case .stopWorkCleared: .eventStopWorkCleared
        case .planAttached: .eventPlanAttached
        }
        return text.text(in: language)
    }

    /// ` 未上报 挂牌 停产` after a listed hazard's status, for what applies.
    public static func flags(_ hazard: Hazard, now: Date, language: Language,
                             policy: EscalationPolicy = .standard) -> String {
        var flags = ""
        if policy.isUnreported(hazard, at: now) { flags += " " + EscalationText.flagUnreported.text(in: language) }
        if hazard.supervision?.isListed == true { flags += " " + EscalationText.flagSupervised.text(in: language) }
        if hazard.stopWork?.isActive == true { flags += " " + EscalationText.flagStopWork.text(in: language) }
        return flags
    }

    /// The lines `hazard show` adds for a major hazard: reports (or when one is due), the
    /// listing, the stop-work order and the remediation plan.
    public static func show(_ hazard: Hazard, now: Date, language: Language,
                            policy: EscalationPolicy = .standard) -> [String] {
        guard hazard.severity == .major || hazard.remediationPlan != nil || !hazard.escalations.isEmpty else { return [] }
        var lines: [String] = []
        if let plan = hazard.remediationPlan {
            lines.append(EscalationText.showPlan.text(plan.originalName, plan.sha256, in: language))
        }
        for report in hazard.escalations {
            lines.append(EscalationText.showEscalation.text(Timestamp.day(report.at), report.to, report.reference,
                                                            in: language))
        }
        if hazard.escalations.isEmpty && hazard.severity == .major && !hazard.isFixedOnSite {
            lines.append(EscalationText.showNotReported.text(Timestamp.day(policy.reportBy(hazard)), in: language))
        }
        if let listing = hazard.supervision {
            var line = EscalationText.showSupervision.text(listing.authority, listing.number, Timestamp.day(listing.at),
                                                           in: language)
            if let delisted = listing.delistedAt {
                line += (language == .zh ? "，" : ", ") + EscalationText.showDelisted.text(Timestamp.day(delisted), in: language)
            }
            lines.append(line)
        }
        if let order = hazard.stopWork {
            var line = EscalationText.showStopWork.text(order.scope, Timestamp.day(order.at), in: language)
            if let cleared = order.clearedAt {
                line += EscalationText.showStopWorkCleared.text(Timestamp.day(cleared), in: language)
            }
            lines.append(line)
        }
        return lines
    }
}
