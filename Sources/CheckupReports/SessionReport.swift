import CheckupCore

/// `checkup session show` as text and JSON.
public struct SessionReport {
    /// The session with its checklist snapshot and enterprise.
    public let opened: OpenedSession
    /// Current answers.
    public let findings: [Finding]
    /// Every change of an answer.
    public let history: [FindingChange]
    /// Output language.
    public let language: Language

    /// Creates a report.
    public init(opened: OpenedSession, findings: [Finding], history: [FindingChange], language: Language) {
        self.opened = opened
        self.findings = findings
        self.history = history
        self.language = language
    }

    // MARK: JSON

    /// Stable JSON of a session.
    public struct JSON: Codable, Equatable, Sendable {
        public var id: Int64
        public var kind: String
        public var status: String
        public var enterprise: EnterpriseRef
        public var checklist: ChecklistRef
        public var profile: String?
        public var inspectors: [String]
        public var started_at: String
        public var completed_at: String?
        /// The place inspected (null when not recorded, and for a self-check).
        @NullEncoded public var place: String? = nil
        /// The enterprise's person present (null when not recorded).
        @NullEncoded public var present: PresentJSON? = nil
        public var progress: Progress
        public var findings: [FindingJSON]
        public var history: [ChangeJSON]
    }

    /// The enterprise's person present.
    public struct PresentJSON: Codable, Equatable, Sendable {
        public var name: String
        @NullEncoded public var post: String? = nil
    }

    /// The checklist snapshot used.
    public struct ChecklistRef: Codable, Equatable, Sendable {
        public var id: String
        public var version: String
        public var hash: String
    }

    /// Answered and applicable item counts.
    public struct Progress: Codable, Equatable, Sendable {
        public var answered: Int
        public var total: Int
    }

    /// One answer.
    public struct FindingJSON: Codable, Equatable, Sendable {
        public var item: String
        public var title: String
        public var layer: String
        public var result: String
        public var note: String?
        public var major: Bool
        public var fixed_on_site: Bool
        /// Where a fail was found (隐患部位), null when not given.
        @NullEncoded public var place: String? = nil
        public var evidence: [EvidenceJSON]
        public var recorded_by: String
        public var recorded_at: String
    }

    /// One evidence file.
    public struct EvidenceJSON: Codable, Equatable, Sendable {
        public var sha256: String
        public var name: String
        public var size: Int64
    }

    /// One change of an answer.
    public struct ChangeJSON: Codable, Equatable, Sendable {
        public var item: String
        public var old: String?
        public var new: String
        public var old_note: String?
        public var new_note: String?
        public var by: String
        public var at: String
    }

    private var applicableIDs: Set<String> { Set(opened.items.map(\.id)) }

    /// The JSON value.
    public func json() -> JSON {
        let session = opened.session
        let applicable = applicableIDs
        return JSON(
            id: session.id, kind: session.kind.rawValue, status: session.status.rawValue,
            enterprise: EnterpriseRef(opened.enterprise),
            checklist: ChecklistRef(id: session.checklistID, version: session.checklistVersion, hash: session.checklistHash),
            profile: session.profileID, inspectors: session.inspectors,
            started_at: Timestamp.iso(session.startedAt), completed_at: session.completedAt.map(Timestamp.iso),
            place: session.place, present: session.present.map { PresentJSON(name: $0.name, post: $0.post) },
            progress: Progress(answered: findings.filter { applicable.contains($0.itemID) }.count, total: applicable.count),
            findings: findings.map { finding in
                let item = opened.checklist.item(finding.itemID)
                return FindingJSON(item: finding.itemID, title: item?.title.text(language) ?? "",
                                   layer: item?.layer.rawValue ?? "", result: finding.answer.result.rawValue,
                                   note: finding.answer.note, major: finding.answer.major,
                                   fixed_on_site: finding.answer.fixedOnSite, place: finding.answer.place,
                                   evidence: finding.answer.evidence.map {
                                       EvidenceJSON(sha256: $0.sha256, name: $0.originalName, size: $0.size)
                                   },
                                   recorded_by: finding.recordedBy, recorded_at: Timestamp.iso(finding.recordedAt))
            },
            history: history.map {
                ChangeJSON(item: $0.itemID, old: $0.oldResult?.rawValue, new: $0.newResult.rawValue,
                           old_note: $0.oldNote, new_note: $0.newNote, by: $0.changedBy, at: Timestamp.iso($0.changedAt))
            })
    }

    // MARK: Text

    /// The session for a terminal.
    public func text() -> String {
        let session = opened.session
        let byItem = Dictionary(findings.map { ($0.itemID, $0) }, uniquingKeysWith: { _, last in last })
        let items = opened.items
        var lines: [String] = []
        let kind = session.kind.name(language)
        let status = session.status.name(language)
        lines.append(SessionReportText.heading.text(session.id, kind, status, in: language))
        lines.append("\(opened.enterprise.name)  \(opened.enterprise.creditCode)  \(opened.enterprise.township)")
        lines.append("\(opened.checklist.title.text(language))  \(session.checklistID) \(session.checklistVersion)"
                     + (session.profileID.map { "  [\($0)]" } ?? ""))
        lines.append(SessionReportText.inspectors.text(session.inspectors.joined(separator: "、"), in: language))
        var when = SessionReportText.started.text(Timestamp.minute(session.startedAt), in: language)
        if let done = session.completedAt { when += SessionReportText.completed.text(Timestamp.minute(done), in: language) }
        lines.append(when)
        if let place = session.place { lines.append(PeopleText.placeLine.text(place, in: language)) }
        if let present = session.present { lines.append(PeopleText.presentLine.text(present.text(language), in: language)) }
        let answered = items.filter { byItem[$0.id] != nil }.count
        lines.append(SessionReportText.progress.text(answered, items.count, in: language))
        lines.append("")
        for item in items {
            let mark: String
            switch byItem[item.id]?.answer.result {
            case .pass: mark = SessionReportText.markPass.text(in: language)
            case .fail: mark = SessionReportText.markFail.text(in: language)
            case .na: mark = SessionReportText.markNA.text(in: language)
            case .unchecked, nil: mark = SessionReportText.markUnchecked.text(in: language)
            }
            lines.append("  \(TextWidth.pad(item.id, to: 16)) \(TextWidth.pad(mark, to: 6)) \(item.layer.name(language))  \(item.title.text(language))")
            if let finding = byItem[item.id], finding.answer.result == .fail {
                var tags: [String] = []
                if finding.answer.major { tags.append(SessionReportText.tagMajor.text(in: language)) }
                if finding.answer.fixedOnSite { tags.append(SessionReportText.tagFixedOnSite.text(in: language)) }
                if !finding.answer.evidence.isEmpty { tags.append(SessionReportText.tagEvidence.text(finding.answer.evidence.count, in: language)) }
                let tagText = tags.isEmpty ? "" : " [\(tags.joined(separator: ", "))]"
                let place = finding.answer.place.map { language == .zh ? "［\($0)］" : "[\($0)] " } ?? ""
                lines.append("      ↳ \(place)\(finding.answer.note ?? "")\(tagText)")
            }
        }
        let score = DefenceScore.compute(items: SessionRules.scoringItems(
            checklist: opened.checklist, session: session, findings: findings, industry: opened.enterprise.industry),
            weights: opened.checklist.layerWeights)
        lines.append("")
        for layer in Layer.allCases {
            let s = score[layer]
            let pct: (Double?) -> String = { $0.map { "\(Int(($0 * 100).rounded()))%" } ?? "—" }
            lines.append(SessionReportText.layerLine.text(layer.name(language), pct(s.coverage), pct(s.score), in: language))
        }
        lines.append(SessionReportText.level.text(String(format: "%.2f", score.level), in: language))
        let changes = history.filter { $0.oldResult != nil }.count
        if changes > 0 { lines.append(SessionReportText.changes.text(changes, in: language)) }
        return lines.joined(separator: "\n") + "\n"
    }
}
