import CheckupCore

/// `checkup checklist show` and `list` as text and JSON: the section tree with item counts and
/// weights per layer.
public struct ChecklistReport {
    /// The checklist shown.
    public let checklist: Checklist
    /// The profile applied, if any: excluded items are left out.
    public let profile: ChecklistProfile?
    /// Output language.
    public let language: Language

    /// Creates a report.
    public init(checklist: Checklist, profile: ChecklistProfile?, language: Language) {
        self.checklist = checklist
        self.profile = profile
        self.language = language
    }

    /// Item count and total weight of one layer.
    public struct LayerTotals: Codable, Equatable, Sendable {
        /// Number of items.
        public var items: Int
        /// Sum of their weights.
        public var weight: Double
    }

    /// Totals per layer over the applicable items.
    public var layerTotals: [Layer: LayerTotals] {
        var totals = Dictionary(uniqueKeysWithValues: Layer.allCases.map { ($0, LayerTotals(items: 0, weight: 0)) })
        for item in applicable {
            totals[item.layer]?.items += 1
            totals[item.layer]?.weight += item.weight
        }
        return totals
    }

    private var applicable: [ChecklistItem] {
        checklist.applicableItems(profile: profile)
    }

    // MARK: Text

    /// The tree as indented text for a terminal.
    public func text() -> String {
        var lines: [String] = []
        lines.append("\(checklist.id) \(checklist.version)  \(checklist.title.text(language))")
        if let profile {
            lines.append(ChecklistReportText.profile.text(in: language) + "\(profile.id) \(profile.title.text(language))")
        }
        let totals = layerTotals
        let layerLine = Layer.allCases.map { layer -> String in
            let t = totals[layer] ?? LayerTotals(items: 0, weight: 0)
            return ChecklistReportText.layerItems.text(layer.name(language), t.items, Self.format(t.weight), in: language)
        }.joined(separator: " · ")
        lines.append(ChecklistReportText.items.text(in: language) + "\(applicable.count)" + "  " + layerLine)
        if !checklist.profiles.isEmpty && profile == nil {
            let names = checklist.profiles.map { "\($0.id) (\($0.title.text(language)))" }.joined(separator: ", ")
            lines.append(ChecklistReportText.profiles.text(in: language) + names)
        }
        lines.append("")
        for section in checklist.sections {
            render(section, depth: 0, into: &lines)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func render(_ section: ChecklistSection, depth: Int, into lines: inout [String]) {
        let items = sectionItems(section)
        guard !items.isEmpty else { return }
        let indent = String(repeating: "  ", count: depth)
        let count = ChecklistReportText.itemCount.text(items.count, in: language)
        lines.append("\(indent)\(section.id)  \(section.title.text(language))  [\(count)]")
        let ids = Set(applicable.map(\.id))
        for itemID in section.itemIDs where ids.contains(itemID) {
            guard let item = checklist.item(itemID) else { continue }
            var tags = [item.layer.name(language), "w\(Self.format(item.weight))"]
            if item.major { tags.append(ChecklistReportText.major.text(in: language)) }
            lines.append("\(indent)  \(item.id)  [\(tags.joined(separator: " "))] \(item.title.text(language))")
        }
        for child in section.sections {
            render(child, depth: depth + 1, into: &lines)
        }
    }

    /// Applicable items in a section and its subsections.
    private func sectionItems(_ section: ChecklistSection) -> [ChecklistItem] {
        let ids = Set(section.allSections.flatMap(\.itemIDs))
        return applicable.filter { ids.contains($0.id) }
    }

    static func format(_ weight: Double) -> String {
        weight == weight.rounded() ? String(Int(weight)) : String(weight)
    }

    // MARK: JSON

    /// Stable JSON shape of `checklist show --format json`.
    public struct JSON: Codable, Equatable, Sendable {
        public var id: String
        public var version: String
        public var title: String
        public var lang: String
        public var profile: String?
        public var profiles: [String]
        public var items: Int
        public var layers: [String: LayerTotals]
        public var weights: [String: Double]
        public var deadlines: DeadlineJSON
        public var sections: [SectionJSON]
    }

    /// Default deadlines in days.
    public struct DeadlineJSON: Codable, Equatable, Sendable {
        public var general_days: Int
        public var major_days: Int
    }

    /// One section with its items and subsections.
    public struct SectionJSON: Codable, Equatable, Sendable {
        public var id: String
        public var title: String
        public var items: [ItemJSON]
        public var sections: [SectionJSON]
    }

    /// One item.
    public struct ItemJSON: Codable, Equatable, Sendable {
        public var id: String
        public var layer: String
        public var weight: Double
        public var major: Bool
        public var title: String
        public var guidance: String?
        public var basis: String
        public var remedy: String?
        public var major_criterion: String?
        public var deadline_days: Int?
        public var industries: [String]
    }

    /// The JSON value.
    public func json() -> JSON {
        let ids = Set(applicable.map(\.id))
        func section(_ s: ChecklistSection) -> SectionJSON {
            SectionJSON(
                id: s.id, title: s.title.text(language),
                items: s.itemIDs.filter { ids.contains($0) }.compactMap { checklist.item($0) }.map { item in
                    ItemJSON(id: item.id, layer: item.layer.rawValue, weight: item.weight, major: item.major,
                             title: item.title.text(language), guidance: item.guidance?.text(language),
                             basis: item.basis.text(language), remedy: item.remedy?.text(language),
                             major_criterion: item.majorCriterion?.text(language),
                             deadline_days: item.deadlineDays, industries: item.industries)
                },
                sections: s.sections.map(section))
        }
        return JSON(
            id: checklist.id, version: checklist.version, title: checklist.title.text(language),
            lang: checklist.language, profile: profile?.id, profiles: checklist.profiles.map(\.id),
            items: applicable.count,
            layers: Dictionary(uniqueKeysWithValues: layerTotals.map { ($0.key.rawValue, $0.value) }),
            weights: ["physical": checklist.layerWeights.physical, "technical": checklist.layerWeights.technical,
                      "joint": checklist.layerWeights.joint],
            deadlines: DeadlineJSON(general_days: checklist.deadlines.generalDays ?? 15,
                                    major_days: checklist.deadlines.majorDays ?? 60),
            sections: checklist.sections.map(section))
    }
}
