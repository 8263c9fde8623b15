/// One item of a checklist: what the inspector checks, which defence layer it belongs to, how
/// much it weighs, and what the law says.
public struct ChecklistItem: Sendable, Hashable, Codable, Identifiable {
    /// Unique within the checklist, e.g. `mgmt-01`.
    public var id: String
    /// The defence layer (人防 物防 技防 联防).
    public var layer: Layer
    /// Positive weight in the layer's score; 1 unless the checklist says otherwise.
    public var weight: Double
    /// Whether failing this item is a major hazard (重大事故隐患) by a determination standard.
    public var major: Bool
    /// Industries the item applies to; empty means every industry.
    public var industries: [String]
    /// What is checked.
    public var title: LocalizedText
    /// How to check it (查验方法).
    public var guidance: LocalizedText?
    /// Legal basis, with the article.
    public var basis: LocalizedText
    /// How to rectify a failure (整改措施).
    public var remedy: LocalizedText?
    /// The major-hazard determination criterion, where the item is major.
    public var majorCriterion: LocalizedText?
    /// Rectification deadline in days for this item, overriding the checklist default.
    public var deadlineDays: Int?
    /// Ids of the sections enclosing the item, outermost first.
    public var sectionPath: [String]

    /// Creates an item.
    public init(id: String, layer: Layer, weight: Double = 1, major: Bool = false, industries: [String] = [],
                title: LocalizedText, guidance: LocalizedText? = nil, basis: LocalizedText,
                remedy: LocalizedText? = nil, majorCriterion: LocalizedText? = nil, deadlineDays: Int? = nil,
                sectionPath: [String] = []) {
        self.id = id
        self.layer = layer
        self.weight = weight
        self.major = major
        self.industries = industries
        self.title = title
        self.guidance = guidance
        self.basis = basis
        self.remedy = remedy
        self.majorCriterion = majorCriterion
        self.deadlineDays = deadlineDays
        self.sectionPath = sectionPath
    }

    /// Whether the item applies to an enterprise of `industry` (nil: industry unknown, applies).
    public func applies(toIndustry industry: String?) -> Bool {
        guard !industries.isEmpty, let industry, !industry.isEmpty else { return true }
        return industries.contains(industry)
    }
}

/// A section of a checklist; sections nest.
public struct ChecklistSection: Sendable, Hashable, Codable, Identifiable {
    /// Unique within the checklist.
    public var id: String
    /// The section heading.
    public var title: LocalizedText
    /// Ids of the items directly in this section, in order.
    public var itemIDs: [String]
    /// Nested sections, in order.
    public var sections: [ChecklistSection]

    /// Creates a section.
    public init(id: String, title: LocalizedText, itemIDs: [String] = [], sections: [ChecklistSection] = []) {
        self.id = id
        self.title = title
        self.itemIDs = itemIDs
        self.sections = sections
    }

    /// This section and every section inside it, depth first.
    public var allSections: [ChecklistSection] {
        [self] + sections.flatMap(\.allSections)
    }
}

/// A named selection of a checklist for a kind of enterprise (e.g. 无粉尘作业): the sections and
/// items it excludes are not applicable in a session that uses it.
public struct ChecklistProfile: Sendable, Hashable, Codable, Identifiable {
    /// Unique within the checklist.
    public var id: String
    /// What kind of enterprise the profile is for.
    public var title: LocalizedText
    /// Ids of excluded sections and items.
    public var excludes: [String]

    /// Creates a profile.
    public init(id: String, title: LocalizedText, excludes: [String]) {
        self.id = id
        self.title = title
        self.excludes = excludes
    }
}

/// Default rectification deadlines (整改期限) by severity.
public struct DeadlineDefaults: Sendable, Hashable, Codable {
    /// Days for a general hazard; nil means the station default (15).
    public var generalDays: Int?
    /// Days for a major hazard; nil means the station default (60).
    public var majorDays: Int?

    /// Creates defaults.
    public init(generalDays: Int? = nil, majorDays: Int? = nil) {
        self.generalDays = generalDays
        self.majorDays = majorDays
    }
}

/// A checklist definition: the station's unit of "what to check".
///
/// Items are kept flat in document order (`items`) for sessions and scoring, and as a section
/// tree (`sections`) for display.
public struct Checklist: Sendable, Hashable, Codable, Identifiable {
    /// The checklist id, e.g. `gm-general`.
    public var id: String
    /// The version, e.g. `2026.1`; a session records which version it used.
    public var version: String
    /// The document's language tag (`zh-CN`).
    public var language: String
    /// The checklist's title.
    public var title: LocalizedText
    /// Optional description.
    public var description: LocalizedText?
    /// Weights of the 2.0 layers in the defence level.
    public var layerWeights: LayerWeights
    /// Default deadlines.
    public var deadlines: DeadlineDefaults
    /// Profiles, in order.
    public var profiles: [ChecklistProfile]
    /// Top-level sections, in order.
    public var sections: [ChecklistSection]
    /// Every item, in document order.
    public var items: [ChecklistItem]

    /// Creates a checklist.
    public init(id: String, version: String, language: String = "zh-CN", title: LocalizedText,
                description: LocalizedText? = nil, layerWeights: LayerWeights = LayerWeights(),
                deadlines: DeadlineDefaults = DeadlineDefaults(), profiles: [ChecklistProfile] = [],
                sections: [ChecklistSection], items: [ChecklistItem]) {
        self.id = id
        self.version = version
        self.language = language
        self.title = title
        self.description = description
        self.layerWeights = layerWeights
        self.deadlines = deadlines
        self.profiles = profiles
        self.sections = sections
        self.items = items
    }

    /// The item with `id`.
    public func item(_ id: String) -> ChecklistItem? {
        items.first { $0.id == id }
    }

    /// The profile with `id`.
    public func profile(_ id: String) -> ChecklistProfile? {
        profiles.first { $0.id == id }
    }

    /// Every section, depth first.
    public var allSections: [ChecklistSection] {
        sections.flatMap(\.allSections)
    }

    /// The section with `id`.
    public func section(_ id: String) -> ChecklistSection? {
        allSections.first { $0.id == id }
    }

    /// Whether `itemID` is excluded by `profile` (directly or through an enclosing section).
    public func isExcluded(_ item: ChecklistItem, by profile: ChecklistProfile?) -> Bool {
        guard let profile else { return false }
        let excluded = Set(profile.excludes)
        return excluded.contains(item.id) || item.sectionPath.contains { excluded.contains($0) }
    }

    /// The items that apply to a session with `profile` for an enterprise of `industry`, in order.
    public func applicableItems(profile: ChecklistProfile? = nil, industry: String? = nil) -> [ChecklistItem] {
        items.filter { !isExcluded($0, by: profile) && $0.applies(toIndustry: industry) }
    }

    /// The rectification deadline in days for a failed `item` of the given severity: the item's
    /// own, else the checklist default for the severity, else 15 (general) or 60 (major).
    public func deadlineDays(for item: ChecklistItem, major: Bool) -> Int {
        if let days = item.deadlineDays { return days }
        if major { return deadlines.majorDays ?? 60 }
        return deadlines.generalDays ?? 15
    }
}
