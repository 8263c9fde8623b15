import CheckupCore
import Foundation

/// Stable JSON of a hazard (`hazard list|show --format json`, `report ledger --format json`).
public struct HazardJSON: Codable, Equatable, Sendable {
    public var id: Int64
    public var session: Int64
    public var item: String
    public var item_title: String
    public var enterprise: String
    public var enterprise_name: String?
    public var township: String?
    public var source: String
    public var severity: String
    public var layer: String
    public var description: String
    public var basis: String
    public var remedy: String?
    public var status: String
    public var found_at: String
    public var deadline: String
    public var overdue: Bool
    public var overdue_days: Int
    public var responsible: String?
    public var measures: String?
    public var funds: String?
    public var time_limit: String?
    public var plan: String?
    public var rectified_at: String?
    public var verified_at: String?
    public var verified_by: String?
    public var evidence: [String]
    public var history: [ChangeJSON]?
    /// 隐患类别: `person`, `thing` or `management` (`HazardCategory`, from the layer).
    public var category: String
    /// The enterprise's contact (联系人), when registered with one.
    public var contact: String?
    /// The enterprise's industry, when registered with one.
    public var industry: String?
    /// Number of evidence files.
    public var evidence_count: Int
    /// Reports to supervising bodies (上报), oldest first.
    public var escalations: [EscalationJSON.Report]
    /// A major hazard not reported within the policy's days as of `now` (`EscalationPolicy`).
    public var unreported: Bool
    /// The 挂牌督办 listing, if any.
    public var supervision: EscalationJSON.Supervision?
    /// The stop-work order, if any.
    public var stop_work: EscalationJSON.StopWork?
    /// The remediation plan (治理方案), if attached.
    public var remediation_plan: EscalationJSON.Plan?
    /// The last re-inspection's note (verified) or reason (refused: the status is then
    /// rectifying).
    public var verification_note: String?
    /// The notice number of the finding session, once issued (the ledger only).
    public var notice_number: String?
    /// The finding session's inspectors (the ledger only).
    public var inspectors: [String]?
    /// 隐患部位: where in the enterprise (absent when not given; the ledger writes "" then).
    public var place: String?

    /// One history entry.
    public struct ChangeJSON: Codable, Equatable, Sendable {
        public var from: String?
        public var to: String
        public var by: String
        public var at: String
        public var note: String?
        /// What happened besides a status change (`HazardEvent` raw value), when anything did.
        public var event: String?
    }

    /// The JSON of `hazard` as of `now` (overdue is derived from it).
    /// `session`, when given (the ledger), adds the notice number, inspectors and place.
    public init(_ hazard: Hazard, enterprise: Enterprise?, now: Date, history: [HazardChange]? = nil,
                session: HazardSessionInfo? = nil, policy: EscalationPolicy = .standard) {
        id = hazard.id
        self.session = hazard.sessionID
        item = hazard.itemID
        item_title = hazard.itemTitle
        self.enterprise = hazard.enterpriseCode
        enterprise_name = enterprise?.name
        township = enterprise?.township
        source = hazard.source.rawValue
        severity = hazard.severity.rawValue
        layer = hazard.layer.rawValue
        description = hazard.description
        basis = hazard.basis
        remedy = hazard.remedy
        status = hazard.status.rawValue
        found_at = Timestamp.iso(hazard.foundAt)
        deadline = Timestamp.day(hazard.deadline)
        overdue = hazard.isOverdue(at: now)
        overdue_days = hazard.overdueDays(at: now)
        responsible = hazard.fiveMeasures.responsible
        measures = hazard.fiveMeasures.measures
        funds = hazard.fiveMeasures.funds
        time_limit = hazard.fiveMeasures.timeLimit
        plan = hazard.fiveMeasures.plan
        rectified_at = hazard.rectifiedAt.map(Timestamp.iso)
        verified_at = hazard.verifiedAt.map(Timestamp.iso)
        verified_by = hazard.verifiedBy
        evidence = hazard.evidence.map(\.sha256)
        self.history = history?.map {
            ChangeJSON(from: $0.from?.rawValue, to: $0.to.rawValue, by: $0.by, at: Timestamp.iso($0.at), note: $0.note,
                       event: $0.event?.rawValue)
        }
        category = HazardCategory(layer: hazard.layer).rawValue
        contact = enterprise?.contact
        industry = enterprise?.industry
        evidence_count = hazard.evidence.count
        escalations = hazard.escalations.map(EscalationJSON.Report.init)
        unreported = policy.isUnreported(hazard, at: now)
        supervision = hazard.supervision.map(EscalationJSON.Supervision.init)
        stop_work = hazard.stopWork.map(EscalationJSON.StopWork.init)
        remediation_plan = hazard.remediationPlan.map(EscalationJSON.Plan.init)
        verification_note = hazard.verificationNote
        place = hazard.place
        if let session {
            notice_number = session.noticeNumber
            inspectors = session.inspectors
            place = hazard.place ?? ""
        }
    }
}

/// Names of statuses and severities as a station writes them.
public enum HazardNames {
    /// 待整改 / 整改中 / 已整改待复查 / 已销号, or English.
    public static func status(_ status: HazardStatus, _ language: Language) -> String { status.name(language) }

    /// The name of a standing as the ledger and its 汇总 sheet print it: 待整改 / 整改中 /
    /// 已整改待复查 as the status, 复查销号 and 现场整改 as `TallyText` names them, or English.
    public static func standing(_ standing: HazardStanding, _ language: Language) -> String {
        switch standing {
        case .open: status(.open, language)
        case .rectifying: status(.rectifying, language)
        case .rectified: status(.rectified, language)
        case .verified: language == .en ? TallyText.verified.text(in: language).lowercased()
            : TallyText.verified.text(in: language)
        case .fixedOnSite: language == .en ? TallyText.fixedOnSite.text(in: language).lowercased()
            : TallyText.fixedOnSite.text(in: language)
        }
    }

    /// 重大 / 一般, or English.
    public static func severity(_ severity: HazardSeverity, _ language: Language) -> String { severity.name(language) }

    /// 检查 / 自查, or English.
    public static func source(_ source: HazardSource, _ language: Language) -> String {
        switch source {
        case .inspection: HazardReportText.sourceInspection.text(in: language)
        case .selfCheck: HazardReportText.sourceSelfCheck.text(in: language)
        }
    }
}

/// `hazard list` and `hazard show` as text.
public enum HazardText {
    /// A header row (`ListText`), then one line per hazard.
    public static func list(_ hazards: [Hazard], enterprises: [String: Enterprise], now: Date, language: Language) -> String {
        guard !hazards.isEmpty else { return HazardReportText.none.text(in: language) + "\n" }
        let nameWidth = min(24, max(TextWidth.of(ListText.enterprise.text(in: language)),
                                    hazards.map { TextWidth.of(enterprises[$0.enterpriseCode]?.name ?? $0.enterpriseCode) }.max() ?? 0))
        func name(_ text: ListText) -> String { text.text(in: language) }
        let header = "\(name(.id).leftPad(5))  \(TextWidth.pad(name(.enterprise), to: nameWidth))  "
            + "\(TextWidth.pad(name(.severity), to: 7))\(TextWidth.pad(name(.layer), to: 10))"
            + "\(TextWidth.pad(name(.deadline), to: 10))  \(TextWidth.pad(name(.status), to: 18)) "
            + "\(name(.item))  \(name(.description))"
        return header + "\n" + hazards.map { h in
            let name = TextWidth.fit(enterprises[h.enterpriseCode]?.name ?? h.enterpriseCode, to: nameWidth)
            var flags = HazardNames.status(h.status, language)
            if h.isOverdue(at: now) {
                flags += HazardReportText.overdueShort.text(h.overdueDays(at: now), in: language)
            }
            flags += EscalationLines.flags(h, now: now, language: language)
            return "\(String(h.id).leftPad(5))  \(name)  \(TextWidth.pad(HazardNames.severity(h.severity, language), to: 7))"
                + "\(TextWidth.pad(h.layer.name(language), to: 10))\(Timestamp.day(h.deadline))  \(TextWidth.pad(flags, to: 18)) \(h.itemID)  \(h.description)"
        }.joined(separator: "\n") + "\n"
    }

    /// One hazard in full, with its history.
    public static func show(_ h: Hazard, enterprise: Enterprise?, history: [HazardChange], now: Date, language: Language) -> String {
        func text(_ message: HazardReportText, _ arguments: any CustomStringConvertible...) -> String {
            MessageCatalog.fill(message.template(language), with: arguments.map(\.description))
        }
        var lines = [
            text(.heading, h.id, HazardNames.severity(h.severity, language), HazardNames.status(h.status, language))
                + (h.isOverdue(at: now) ? text(.overdue, h.overdueDays(at: now)) : ""),
            text(.enterprise, enterprise?.name ?? "", h.enterpriseCode, enterprise?.township ?? ""),
            text(.source, HazardNames.source(h.source, language), h.sessionID),
            text(.item, h.itemID, h.layer.name(language), h.itemTitle),
            text(.finding, h.description),
            text(.basis, h.basis),
        ]
        if let place = h.place { lines.insert(PeopleText.hazardPlaceLine.text(place, in: language), at: 4) }
        if let remedy = h.remedy { lines.append(text(.remedy, remedy)) }
        lines.append(text(.found, Timestamp.minute(h.foundAt), Timestamp.day(h.deadline)))
        let m = h.fiveMeasures
        let measureLines: [(HazardReportText, String?)] = [(.responsible, m.responsible), (.measures, m.measures),
                                                           (.funds, m.funds), (.timeLimit, m.timeLimit), (.plan, m.plan)]
        for (label, value) in measureLines {
            if let value { lines.append(text(label, value)) }
        }
        lines += EscalationLines.show(h, now: now, language: language)
        if let at = h.verifiedAt { lines.append(text(.verified, Timestamp.minute(at), h.verifiedBy ?? "")) }
        if !h.evidence.isEmpty {
            lines.append(text(.evidence, h.evidence.map { "\($0.originalName) (\($0.sha256.prefix(12)))" }.joined(separator: ", ")))
        }
        lines.append("")
        lines.append(text(.history))
        for change in history {
            let from = change.from.map { HazardNames.status($0, language) + " → " } ?? ""
            let event = change.event.map { "  [\(EscalationLines.name($0, language))]" } ?? ""
            lines.append("  \(Timestamp.minute(change.at))  \(change.by)  \(from)\(HazardNames.status(change.to, language))"
                         + event + (change.note.map { "  \($0)" } ?? ""))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    func leftPad(_ width: Int) -> String {
        String(repeating: " ", count: max(0, width - TextWidth.of(self))) + self
    }
}
