import CheckupCore

/// Stable JSON of an enterprise (`enterprise list|show --format json`).
public struct EnterpriseJSON: Codable, Equatable, Sendable {
    public var credit_code: String
    public var name: String
    public var township: String
    public var industry: String?
    public var address: String?
    public var contact: String?
    public var code_valid: Bool
    public var sessions: [SessionSummaryJSON]?

    /// The JSON of `enterprise`.
    public init(_ enterprise: Enterprise) {
        credit_code = enterprise.creditCode
        name = enterprise.name
        township = enterprise.township
        industry = enterprise.industry
        address = enterprise.address
        contact = enterprise.contact
        code_valid = enterprise.codeValid
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

    /// `12  inspection  completed  gm-general 2026.1  2026-11-29 09:30  张三, 李四`
    public var line: String {
        "\(String(id).padding(5))  \(kind.padding(10))  \(status.padding(10))  \(checklist) \(checklist_version)  "
            + "\(started_at.prefix(16).replacingT())  \(inspectors.joined(separator: ", "))"
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
