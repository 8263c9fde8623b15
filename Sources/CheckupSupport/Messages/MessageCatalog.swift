/// Every message a person reads, gathered: the registry of message enums and the placeholder
/// filling they share.
public enum MessageCatalog {
    /// Every message enum of the program. A new enum is added here so that the catalog's tests
    /// see its messages.
    public static let all: [any CatalogMessage.Type] = [
        CatalogText.self,
        ChecklistReportText.self,
        CommonText.self,
        CompareText.self,
        DateText.self,
        DemoText.self,
        EnterpriseText.self,
        EscalationText.self,
        FileText.self,
        FormText.self,
        HazardReportText.self,
        HazardText.self,
        ImportReportText.self,
        InspectorText.self,
        DocumentText.self,
        InputText.self,
        LedgerText.self,
        ListText.self,
        NoticeText.self,
        PeopleText.self,
        ReportText.self,
        ScoreReportText.self,
        SelfCheckFormText.self,
        SelfCheckText.self,
        SessionReportText.self,
        SessionText.self,
        StationText.self,
        StoreText.self,
        PostgresText.self,
        PostgresConnectionText.self,
        SupervisionText.self,
        SyncText.self,
        TallyText.self,
        TemplateText.self,
        UsageText.self,
        UserText.self,
        ServerText.self,
        WebText.self,
        XMLText.self,
    ]

    /// Every message of every enum, as (key, zh, en).
    public static var entries: [(key: String, zh: String, en: String)] {
        all.flatMap { entries(of: $0) }
    }

    private static func entries<M: CatalogMessage>(of type: M.Type) -> [(key: String, zh: String, en: String)] {
        M.allCases.map { ($0.key, $0.zh, $0.en) }
    }

    /// `template` with `{n}` replaced by `arguments[n]`; a placeholder without an argument is
    /// left as written, so a mistake shows instead of vanishing.
    public static func fill(_ template: String, with arguments: [String]) -> String {
        guard !arguments.isEmpty, template.contains("{") else { return template }
        var result = ""
        result.reserveCapacity(template.utf8.count + arguments.reduce(0) { $0 + $1.utf8.count })
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"),
               let index = Int(rest[afterOpen..<close]), arguments.indices.contains(index) {
                result += arguments[index]
                rest = rest[rest.index(after: close)...]
            } else {
                result += "{"
                rest = rest[afterOpen...]
            }
        }
        result += rest
        return result
    }

    /// The placeholder numbers a template uses, for the catalog's consistency test.
    public static func placeholders(in template: String) -> Set<Int> {
        var found = Set<Int>()
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}") else { break }
            if let index = Int(rest[afterOpen..<close]) { found.insert(index) }
            rest = rest[rest.index(after: close)...]
        }
        return found
    }
}
