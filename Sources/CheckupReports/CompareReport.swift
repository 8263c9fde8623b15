import CheckupCore
import Foundation

/// `checkup compare --enterprise CODE`: the enterprise's latest completed self-check against the
/// station's latest completed inspection, item by item, with the self-check reliability rate.
///
/// The inspection is the latest completed one on any checklist; the self-check is the latest
/// completed one on the same checklist id (answers on different checklists cannot be set side
/// by side). Superseded self-checks are never used.
public struct CompareReport: Sendable {
    /// The enterprise.
    public let enterprise: Enterprise
    /// The self-check compared, if there is one.
    public let selfCheck: Session?
    /// The inspection compared, if there is one.
    public let inspection: Session?
    /// The comparison, when both exist.
    public let comparison: SelfCheckComparison?
    /// Item titles (from the inspection's checklist snapshot) by id.
    public let titles: [String: String]
    /// Output language.
    public let language: Language

    /// Creates a report from its parts.
    public init(enterprise: Enterprise, selfCheck: Session?, inspection: Session?, comparison: SelfCheckComparison?,
                titles: [String: String], language: Language) {
        self.enterprise = enterprise
        self.selfCheck = selfCheck
        self.inspection = inspection
        self.comparison = comparison
        self.titles = titles
        self.language = language
    }

    /// Builds the report from the enterprise's pair of sessions (`SessionPairing.pair`).
    public init(_ pair: SessionPair, language: Language = .zh) {
        var titles: [String: String] = [:]
        if pair.comparison != nil, let checklist = pair.checklist {
            for item in checklist.items { titles[item.id] = item.title.text(language) }
        }
        self.init(enterprise: pair.enterprise, selfCheck: pair.selfCheck, inspection: pair.inspection,
                  comparison: pair.comparison, titles: titles, language: language)
    }

    // MARK: JSON

    /// Stable JSON of the comparison.
    public struct JSON: Codable, Equatable, Sendable {
        public var enterprise: EnterpriseRef
        @NullEncoded public var self_check: SessionRef? = nil
        @NullEncoded public var inspection: SessionRef? = nil
        public var agreed: Int
        public var self_pass_inspector_fail: Int
        public var self_fail_inspector_pass: Int
        public var examined_by_both: Int
        /// agreed / examined_by_both, rounded to 3 decimals; null when nothing was examined by both.
        @NullEncoded public var reliability: Double? = nil
        public var items: [ItemJSON]
    }

    /// A session compared.
    public struct SessionRef: Codable, Equatable, Sendable {
        public var session: Int64
        public var checklist: String
        public var version: String
        /// When it was performed (a self-check's performed-at; an inspection's start).
        public var performed_at: String
        @NullEncoded public var completed_at: String? = nil
        public var by: [String]
    }

    /// One item.
    public struct ItemJSON: Codable, Equatable, Sendable {
        public var item: String
        public var title: String
        public var self_check: String
        public var inspection: String
        /// agreed, self-pass-inspector-fail, self-fail-inspector-pass or not-compared.
        public var outcome: String
        @NullEncoded public var self_check_note: String? = nil
        @NullEncoded public var inspection_note: String? = nil
    }

    static func ref(_ session: Session?) -> SessionRef? {
        session.map {
            SessionRef(session: $0.id, checklist: $0.checklistID, version: $0.checklistVersion,
                       performed_at: Timestamp.iso($0.startedAt), completed_at: $0.completedAt.map(Timestamp.iso),
                       by: $0.inspectors)
        }
    }

    /// The JSON value.
    public func json() -> JSON {
        let rows = comparison?.rows ?? []
        return JSON(
            enterprise: EnterpriseRef(enterprise),
            self_check: Self.ref(selfCheck), inspection: Self.ref(inspection),
            agreed: comparison?.agreed ?? 0,
            self_pass_inspector_fail: comparison?.selfPassInspectorFail ?? 0,
            self_fail_inspector_pass: comparison?.selfFailInspectorPass ?? 0,
            examined_by_both: comparison?.examinedByBoth ?? 0,
            reliability: comparison?.reliability.map { $0.roundedTo(places: 3) },
            items: rows.map {
                ItemJSON(item: $0.itemID, title: titles[$0.itemID] ?? "", self_check: $0.selfCheck.rawValue,
                         inspection: $0.inspection.rawValue, outcome: $0.outcome.rawValue,
                         self_check_note: $0.selfCheckNote, inspection_note: $0.inspectionNote)
            })
    }

    // MARK: Text

    /// `86.2%`, or `—` when there is no rate.
    static func percent(_ value: Double?) -> String {
        guard let value else { return "—" }
        return String(format: "%.1f%%", value * 100)
    }

    /// The comparison for a terminal.
    public func text() -> String {
        let language = self.language
        var lines: [String] = []
        lines.append(CompareText.title.text(enterprise.name, enterprise.creditCode, in: language))
        func describe(_ session: Session?, _ label: CompareText, missing: String) {
            guard let session else {
                lines.append(CompareText.missingLine.text(label.text(in: language), missing, in: language))
                return
            }
            lines.append(CompareText.sessionLine.text(label.text(in: language), session.id, Timestamp.minute(session.startedAt),
                                                      session.inspectors.joined(separator: ", "),
                                                      "\(session.checklistID) \(session.checklistVersion)", in: language))
        }
        describe(selfCheck, .selfCheck,
                 missing: inspection == nil ? CompareText.noSelfCheck.text(in: language)
                    : CompareText.noSelfCheckOn.text(inspection?.checklistID ?? "", in: language))
        describe(inspection, .inspection, missing: CompareText.noInspection.text(in: language))
        guard let comparison else {
            lines.append(CompareText.nothingToCompare.text(in: language))
            return lines.joined(separator: "\n") + "\n"
        }
        func section(_ outcome: SelfCheckComparison.Outcome, _ heading: CompareText) {
            let rows = comparison.rows(outcome)
            guard !rows.isEmpty else { return }
            lines.append("")
            lines.append(CompareText.sectionHeading.text(heading.text(in: language), rows.count, in: language))
            for row in rows {
                var line = "  \(TextWidth.pad(row.itemID, to: 14)) \(titles[row.itemID] ?? "")"
                let note = outcome == .selfPassInspectorFail ? row.inspectionNote : row.selfCheckNote
                if let note, !note.isEmpty { line += " — \(note)" }
                lines.append(line)
            }
        }
        section(.selfPassInspectorFail, .selfPassInspectorFail)
        section(.selfFailInspectorPass, .selfFailInspectorPass)
        lines.append("")
        lines.append(CompareText.agreed.text(comparison.agreed, comparison.examinedByBoth, in: language))
        lines.append(CompareText.reliability.text(Self.percent(comparison.reliability), in: language))
        return lines.joined(separator: "\n") + "\n"
    }
}

/// `checkup compare --township T`: every enterprise of a township by self-check reliability,
/// worst first; enterprises without both a self-check and an inspection come last.
public struct TownshipCompareReport: Sendable {
    /// The township.
    public let township: String
    /// One report per enterprise, in the order shown.
    public let reports: [CompareReport]
    /// Output language.
    public let language: Language

    /// Creates a report; `reports` are ordered worst first here.
    public init(township: String, reports: [CompareReport], language: Language) {
        self.township = township
        self.language = language
        self.reports = reports.sorted { a, b in
            switch (a.comparison?.reliability, b.comparison?.reliability) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default:
                if a.enterprise.name != b.enterprise.name { return a.enterprise.name < b.enterprise.name }
                return a.enterprise.creditCode < b.enterprise.creditCode
            }
        }
    }

    /// Builds the report from the pairs of every registered enterprise of `township`.
    public init(township: String, pairs: [SessionPair], language: Language = .zh) {
        self.init(township: township, reports: pairs.map { CompareReport($0, language: language) }, language: language)
    }

    /// Stable JSON.
    public struct JSON: Codable, Equatable, Sendable {
        public var township: String
        public var enterprises: [Row]
    }

    /// One enterprise.
    public struct Row: Codable, Equatable, Sendable {
        public var credit_code: String
        public var name: String
        @NullEncoded public var reliability: Double? = nil
        public var agreed: Int
        public var examined_by_both: Int
        public var self_pass_inspector_fail: Int
        public var self_fail_inspector_pass: Int
        @NullEncoded public var self_check_session: Int64? = nil
        @NullEncoded public var inspection_session: Int64? = nil
    }

    /// The JSON value.
    public func json() -> JSON {
        JSON(township: township, enterprises: reports.map { report in
            Row(credit_code: report.enterprise.creditCode, name: report.enterprise.name,
                reliability: report.comparison?.reliability.map { $0.roundedTo(places: 3) }, agreed: report.comparison?.agreed ?? 0,
                examined_by_both: report.comparison?.examinedByBoth ?? 0,
                self_pass_inspector_fail: report.comparison?.selfPassInspectorFail ?? 0,
                self_fail_inspector_pass: report.comparison?.selfFailInspectorPass ?? 0,
                self_check_session: report.selfCheck?.id, inspection_session: report.inspection?.id)
        })
    }

    /// The table for a terminal.
    public func text() -> String {
        let language = self.language
        var lines = [CompareText.townshipTitle.text(township, in: language)]
        if reports.isEmpty {
            lines.append(CompareText.noEnterprises.text(in: language))
            return lines.joined(separator: "\n") + "\n"
        }
        lines.append([TextWidth.pad(CompareText.rate.text(in: language), to: 8, alignment: .trailing),
                      TextWidth.pad(CompareText.agreedColumn.text(in: language), to: 10, alignment: .trailing),
                      TextWidth.pad(CompareText.untrue.text(in: language), to: 9, alignment: .trailing),
                      CompareText.enterprise.text(in: language)].joined(separator: "  "))
        for report in reports {
            let rate: String
            let counts: String
            let untrue: String
            if let comparison = report.comparison {
                rate = CompareReport.percent(comparison.reliability)
                counts = "\(comparison.agreed)/\(comparison.examinedByBoth)"
                untrue = "\(comparison.selfPassInspectorFail)"
            } else {
                rate = "—"
                counts = (report.inspection == nil ? CompareText.noInspectionShort : CompareText.noSelfCheckShort).text(in: language)
                untrue = "—"
            }
            lines.append([TextWidth.pad(rate, to: 8, alignment: .trailing),
                          TextWidth.pad(counts, to: 10, alignment: .trailing),
                          TextWidth.pad(untrue, to: 9, alignment: .trailing),
                          CompareText.nameAndCode.text(report.enterprise.name, report.enterprise.creditCode, in: language)].joined(separator: "  "))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
