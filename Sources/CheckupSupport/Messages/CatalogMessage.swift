/// One keyed message of the message catalog, with its text in every language Checkup speaks.
///
/// Each area of the program declares its messages as the cases of one enum conforming to this
/// protocol (one file each under `Messages/`) and registers the enum in `MessageCatalog.all`.
/// Texts carry numbered placeholders — `{0}`, `{1}` — so that each language puts the values
/// where its grammar wants them; `MessageCatalogTests` fails when a message lacks a language or
/// the two languages disagree on their placeholders.
public protocol CatalogMessage: CaseIterable, Sendable, RawRepresentable where RawValue == String {
    /// The Chinese text (the default language).
    var zh: String { get }
    /// The English text.
    var en: String { get }
}

extension CatalogMessage {
    /// The catalog key: the enum's name and the case, e.g. `FileText.notRegular`.
    public var key: String { "\(Self.self).\(rawValue)" }

    /// The template in `language`.
    public func template(_ language: Language) -> String {
        switch language {
        case .zh: zh
        case .en: en
        }
    }

    /// The message in `language` (the process's language by default) with `arguments` put in
    /// place of `{0}`, `{1}`, ….
    public func text(_ arguments: any CustomStringConvertible..., in language: Language = .current) -> String {
        MessageCatalog.fill(template(language), with: arguments.map(\.description))
    }
}
