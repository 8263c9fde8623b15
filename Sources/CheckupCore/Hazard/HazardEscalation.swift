import Foundation

/// One report of a major hazard to a body outside the enterprise (Work Safety Law art. 41: the
/// supervising department, the workers' congress): to whom, under which document number, when.
public struct HazardEscalation: Sendable, Hashable, Codable {
    /// The body reported to (报送单位), e.g. 区应急管理局.
    public var to: String
    /// The reporting document's number (文号).
    public var reference: String
    /// When it was reported.
    public var at: Date
    /// Who reported it, if named.
    public var by: String?

    /// Creates a report.
    public init(to: String, reference: String, at: Date, by: String? = nil) {
        self.to = to
        self.reference = reference
        self.at = at
        self.by = by
    }
}

/// 挂牌督办: a major hazard listed for supervision by an authority, until delisted (摘牌) after
/// its rectification was verified.
public struct HazardSupervision: Sendable, Hashable, Codable {
    /// The listing number (督办编号).
    public var number: String
    /// The authority that listed it (督办机关).
    public var authority: String
    /// When it was listed.
    public var at: Date
    /// When it was delisted (摘牌); nil while listed.
    public var delistedAt: Date?

    /// Creates a listing.
    public init(number: String, authority: String, at: Date, delistedAt: Date? = nil) {
        self.number = number
        self.authority = authority
        self.at = at
        self.delistedAt = delistedAt
    }

    /// Listed and not delisted.
    public var isListed: Bool { delistedAt == nil }
}

/// 局部停产停业 / 撤出人员: work stopped (or people withdrawn) in `scope` from `at`, until the
/// hazard's rectification is verified.
public struct HazardStopWork: Sendable, Hashable, Codable {
    /// What is stopped or evacuated (a workshop, a line, the whole site).
    public var scope: String
    /// When it was ordered.
    public var at: Date
    /// When verification lifted it; nil while in force.
    public var clearedAt: Date?

    /// Creates an order.
    public init(scope: String, at: Date, clearedAt: Date? = nil) {
        self.scope = scope
        self.at = at
        self.clearedAt = clearedAt
    }

    /// In force (not yet lifted by verification).
    public var isActive: Bool { clearedAt == nil }
}

/// What a history entry records besides (or instead of) a status change.
public enum HazardEvent: String, Sendable, Hashable, Codable, CaseIterable {
    /// Reported to a supervising body (`HazardEscalation`).
    case escalated
    /// Listed for supervision (挂牌督办).
    case supervised
    /// Delisted (摘牌) after verification.
    case delisted
    /// Work stopped / people withdrawn.
    case stopWork = "stop-work"
    /// Verification lifted a stop-work order.
    case stopWorkCleared = "stop-work-cleared"
    /// The remediation plan (治理方案) was attached.
    case planAttached = "plan-attached"
}

/// How long a station has to report a major hazard. The one place the number lives: a
/// supervision policy of a district may later supply another.
public struct EscalationPolicy: Sendable, Hashable {
    /// Days from finding within which a major hazard is to be reported (报告).
    public var reportDays: Int

    /// Creates a policy.
    public init(reportDays: Int) {
        self.reportDays = reportDays
    }

    /// Three days from finding.
    public static let standard = EscalationPolicy(reportDays: 3)

    /// The moment after which an unreported major hazard is late.
    public func reportBy(_ hazard: Hazard) -> Date {
        hazard.foundAt.addingTimeInterval(TimeInterval(reportDays) * 86_400)
    }

    /// A major hazard (not fixed on site) with no report recorded, past its report-by moment at
    /// `now`. A hazard reported late is no longer listed: it has been reported.
    public func isUnreported(_ hazard: Hazard, at now: Date) -> Bool {
        hazard.severity == .major && !hazard.isFixedOnSite && hazard.escalations.isEmpty && now > reportBy(hazard)
    }
}

/// Why an escalation, supervision, delisting or stop-work step was refused.
public enum EscalationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Only a major hazard is escalated, listed or stopped; the action's name.
    case notMajor(Int64, action: String)
    /// A required value is missing (its option name).
    case required(Int64, option: String)
    /// A value is longer than its limit.
    case tooLong(TextTooLong)
    /// The hazard is already listed for supervision (its number).
    case alreadySupervised(Int64, number: String)
    /// Delisting needs a listing.
    case notSupervised(Int64)
    /// Delisting only after verification (the current status).
    case notVerified(Int64, HazardStatus)
    /// Nothing to list or stop on a verified hazard.
    case alreadyVerified(Int64)
    /// A stop-work order is already in force (its scope).
    case stopWorkActive(Int64, scope: String)
    /// A major hazard enters rectifying only with its remediation plan (治理方案) attached.
    case planMissing(Int64)
    /// A date option's value is not a date Checkup accepts (the option, the value).
    case notADate(option: String, value: String)

    public var description: String {
        switch self {
        case .notMajor(let id, let action): EscalationText.notMajor.text(id, action)
        case .required(let id, let option): EscalationText.required.text(id, option)
        case .tooLong(let error): error.description
        case .alreadySupervised(let id, let number): EscalationText.alreadySupervised.text(id, number)
        case .notSupervised(let id): EscalationText.notSupervised.text(id)
        case .notVerified(let id, let status): EscalationText.notVerified.text(id, status.name(.current))
        case .alreadyVerified(let id): EscalationText.alreadyVerified.text(id)
        case .stopWorkActive(let id, let scope): EscalationText.stopWorkActive.text(id, scope)
        case .planMissing(let id): EscalationText.planMissing.text(id)
        case .notADate(let option, let value): EscalationText.atNotADate.text(option, value)
        }
    }
}
