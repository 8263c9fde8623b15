/// A text given in one or more languages (`<title>` and `<title xml:lang="en">`).
///
/// The checklist's own language (usually zh-CN) is the primary text; a translation is used when
/// the reader asks for that language and it exists.
public struct LocalizedText: Sendable, Hashable, Codable {
    /// The text in the document's own language.
    public var primary: String
    /// Translations by language (`en`).
    public var translations: [Language: String]

    /// Creates a text.
    public init(_ primary: String, translations: [Language: String] = [:]) {
        self.primary = primary
        self.translations = translations
    }

    /// The text for `language`, falling back to the primary text.
    public func text(_ language: Language) -> String {
        translations[language] ?? primary
    }

    enum CodingKeys: String, CodingKey { case primary, translations }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        primary = try container.decode(String.self, forKey: .primary)
        let raw = try container.decodeIfPresent([String: String].self, forKey: .translations) ?? [:]
        translations = Dictionary(uniqueKeysWithValues: raw.compactMap { key, value in
            Language(rawValue: key).map { ($0, value) }
        })
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(primary, forKey: .primary)
        try container.encode(Dictionary(uniqueKeysWithValues: translations.map { ($0.key.rawValue, $0.value) }),
                             forKey: .translations)
    }
}

extension Layer {
    /// The layer's name as a station says it: 人防, 物防, 技防, 联防 (or English).
    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.human, .zh): "人防"
        case (.physical, .zh): "物防"
        case (.technical, .zh): "技防"
        case (.joint, .zh): "联防"
        case (.human, .en): "human"
        case (.physical, .en): "physical"
        case (.technical, .en): "technical"
        case (.joint, .en): "joint"
        }
    }
}
