import CheckupCore

/// Stable JSON of an enterprise (`enterprise list|show --format json`).
public struct EnterpriseJSON: Codable, Equatable, Sendable {
    public var credit_code: String
    public var name: String
    public var township: String
    public var industry: String?
    public var address: String?
    public var contact: String?
    /// 法定代表人 (absent when not recorded).
    public var legal_representative: String?
    public var code_valid: Bool
    /// Risk tags (null: never recorded).
    public var risk_tags: [String]?
    public var standardisation: String?
    public var employees: Int?
    public var grid: String?
    public var grid_member: String?
    public var sessions: [SessionSummaryJSON]?

    /// The JSON of `enterprise`.
    public init(_ enterprise: Enterprise) {
        credit_code = enterprise.creditCode
        name = enterprise.name
        township = enterprise.township
        industry = enterprise.industry
        address = enterprise.address
        contact = enterprise.contact
        legal_representative = enterprise.legalRepresentative
        code_valid = enterprise.codeValid
        risk_tags = enterprise.riskTags?.map(\.rawValue)
        standardisation = enterprise.standardisation?.rawValue
        employees = enterprise.employees
        grid = enterprise.grid
        grid_member = enterprise.gridMember
    }

    /// The JSON of `enterprise show`: the enterprise with its sessions.
    public init(_ enterprise: Enterprise, sessions: [Session]) {
        self.init(enterprise)
        self.sessions = sessions.map(SessionSummaryJSON.init)
    }

    /// Aligned text table for a terminal (CJK-width aware).
    public static func table(_ enterprises: [Enterprise]) -> String {
        guard !enterprises.isEmpty else { return "（无企业 no enterprises）\n" }
        let townWidth = max(4, enterprises.map { TextWidth.of($0.township) }.max() ?? 0)
        let nameWidth = max(4, enterprises.map { TextWidth.of($0.name) }.max() ?? 0)
        return enterprises.map { e in
            let flag = e.codeValid ? " " : "!"
            return "\(e.creditCode)\(flag) \(TextWidth.pad(e.township, to: townWidth))  \(TextWidth.pad(e.name, to: nameWidth))  \(e.industry ?? "")"
                .trimmingTrailingSpaces()
        }.joined(separator: "\n") + "\n"
    }
}

/// One line about a session, for listings.
public struct SessionSummaryJSON: Codable, Equatable, Sendable {
    public var id: Int64
    public var kind: String
    public var status: String
    public var enterprise: String
    public var checklist: String
    public var checklist_version: String
    public var profile: String?
    public var inspectors: [String]
    public var started_at: String
    public var completed_at: String?

    /// The summary of `session`.
    public init(_ session: Session) {
        id = session.id
        kind = session.kind.rawValue
        status = session.status.rawValue
        enterprise = session.enterpriseCode
        checklist = session.checklistID
        checklist_version = session.checklistVersion
        profile = session.profileID
        inspectors = session.inspectors
        started_at = Timestamp.iso(session.startedAt)
        completed_at = session.completedAt.map(Timestamp.iso)
    }

    /// `12  inspection  completed  gm-general 2026.1  2026-11-29 09:30  张三, 李四`, the checklist
    /// padded to `checklistWidth`.
    public func line(checklistWidth: Int = 0) -> String {
        "\(String(id).padding(5))  \(kind.padding(10))  \(status.padding(10))  "
            + "\((checklist + " " + checklist_version).padding(checklistWidth))  "
            + "\(started_at.prefix(16).replacingT())  \(inspectors.joined(separator: ", "))"
    }

    /// The line without padding of the checklist.
    public var line: String { line() }

    /// Sessions as a table for a terminal: a header row (`ListText`, in `language`), then one
    /// `line` per session, columns aligned.
    public static func table(_ rows: [SessionSummaryJSON], language: Language) -> String {
        let width = max(TextWidth.of(ListText.checklist.text(in: language)),
                        rows.map { TextWidth.of($0.checklist + " " + $0.checklist_version) }.max() ?? 0)
        let header = "\(ListText.id.text(in: language).padding(5))  \(ListText.kind.text(in: language).padding(10))  "
            + "\(ListText.status.text(in: language).padding(10))  \(ListText.checklist.text(in: language).padding(width))  "
            + "\(ListText.started.text(in: language).padding(16))  \(ListText.inspectors.text(in: language))"
        return ([header] + rows.map { $0.line(checklistWidth: width) }).joined(separator: "\n") + "\n"
    }
}

extension String {
    func padding(_ width: Int) -> String { TextWidth.pad(self, to: width) }
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}

extension Substring {
    func replacingT() -> String { String(self).split(separator: "T").joined(separator: " ") }
}
