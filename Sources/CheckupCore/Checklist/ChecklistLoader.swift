import CheckupXML

/// Builds a `Checklist` from a parsed document and applies the rules the XSD cannot express:
/// ids unique across the checklist, every `ref` resolves, weights positive, every item has a
/// title and a basis, version present, no text longer than `textLimit`. All problems are
/// reported, each at its location.
///
/// The loader also checks what the XSD does (namespace, layers, numbers), so a checklist read
/// without its schema is held to the same rules.
public struct ChecklistLoader {
    /// The format's namespace.
    public static let namespace = "urn:checkup:checklist:1"
    /// The root every checklist file must have.
    public static let rootName = XMLRootName(name: "checklist", namespace: namespace)

    private var problems: [XMLDiagnostic] = []
    /// Where each id was first defined, to report duplicates against.
    private var ids: [String: SourceLocation] = [:]
    /// Whether texts are held to `textLimit`.
    private let limitTexts: Bool

    private init(limitTexts: Bool) {
        self.limitTexts = limitTexts
    }

    /// Converts `document` into a checklist or throws every problem found. `limitTexts` holds
    /// each text to `textLimit`: on for a checklist entering the catalog, off for a session's
    /// snapshot, which was accepted when the session began and must stay readable.
    public static func load(_ document: XMLDocument, limitTexts: Bool = true) throws(ChecklistError) -> Checklist {
        var loader = ChecklistLoader(limitTexts: limitTexts)
        guard let checklist = loader.checklist(document.root), loader.problems.isEmpty else {
            throw .invalid(loader.problems)
        }
        return checklist
    }

    private mutating func problem(_ location: SourceLocation, _ message: String) {
        problems.append(XMLDiagnostic(location: location, message: message))
    }

    private mutating func checklist(_ root: XMLElement) -> Checklist? {
        guard root.name == "checklist", root.namespace == Self.namespace else {
            let found = root.namespace.map { "{\($0)}\(root.name)" } ?? root.name
            problem(root.location, "root element is \(found); expected <checklist xmlns=\"\(Self.namespace)\">")
            return nil
        }
        let id = requiredID(root, what: "checklist")
        let version = root[attribute: "version"]?.trimmingXMLWhitespace() ?? ""
        if version.isEmpty { problem(root.location, "checklist has no version (version=\"2026.1\")") }
        let title = localized(root, "title", owner: "checklist \(id)", required: true)
        let description = localized(root, "description", owner: "checklist", required: false)

        var weights = LayerWeights()
        if let scoring = root.child(named: "scoring") {
            for layer in scoring.children(named: "layer") {
                let ref = layer[attribute: "ref"] ?? ""
                let weight = number(layer, "weight", default: 1)
                switch Layer(rawValue: ref) {
                case .physical: weights.physical = weight
                case .technical: weights.technical = weight
                case .joint: weights.joint = weight
                default:
                    problem(layer.attribute("ref")?.location ?? layer.location,
                            "scoring layer '\(ref)' must be physical, technical or joint")
                }
            }
        }
        var deadlines = DeadlineDefaults()
        if let element = root.child(named: "deadlines") {
            deadlines.generalDays = positiveInteger(element, attribute: "general-days")
            deadlines.majorDays = positiveInteger(element, attribute: "major-days")
        }

        var items: [ChecklistItem] = []
        var sections: [ChecklistSection] = []
        for element in root.children(named: "section") {
            sections.append(section(element, path: [], items: &items))
        }
        if sections.isEmpty { problem(root.location, "checklist has no sections") }

        var profiles: [ChecklistProfile] = []
        for element in root.children(named: "profile") {
            let profileID = requiredID(element, what: "profile")
            let excludes = element.children(named: "exclude").map { exclude -> String in
                let ref = exclude[attribute: "ref"] ?? ""
                return ref
            }
            profiles.append(ChecklistProfile(id: profileID,
                                             title: localized(element, "title", owner: "profile \(profileID)", required: true),
                                             excludes: excludes))
        }
        // Refs are checked after every id is known, so a profile may name a later section.
        let sectionIDs = Set(sections.flatMap(\.allSections).map(\.id))
        let itemIDs = Set(items.map(\.id))
        for element in root.children(named: "profile") {
            for exclude in element.children(named: "exclude") {
                let ref = exclude[attribute: "ref"] ?? ""
                if !sectionIDs.contains(ref) && !itemIDs.contains(ref) {
                    problem(exclude.attribute("ref")?.location ?? exclude.location,
                            "exclude ref '\(ref)' names no section or item of this checklist")
                }
            }
        }
        return Checklist(id: id, version: version, language: root.lang ?? "zh-CN", title: title,
                         description: description, layerWeights: weights, deadlines: deadlines,
                         profiles: profiles, sections: sections, items: items)
    }

    private mutating func section(_ element: XMLElement, path: [String], items: inout [ChecklistItem]) -> ChecklistSection {
        let id = requiredID(element, what: "section")
        var result = ChecklistSection(id: id, title: localized(element, "title", owner: "section \(id)", required: true))
        var hasContent = false
        for child in element.children {
            switch child.name {
            case "item":
                hasContent = true
                if let item = item(child, path: path + [id]) {
                    items.append(item)
                    result.itemIDs.append(item.id)
                }
            case "section":
                hasContent = true
                result.sections.append(section(child, path: path + [id], items: &items))
            case "title":
                break
            default:
                problem(child.location, "unexpected <\(child.name)> in section \(id)")
            }
        }
        if !hasContent { problem(element.location, "section \(id) has no items") }
        return result
    }

    private mutating func item(_ element: XMLElement, path: [String]) -> ChecklistItem? {
        let id = requiredID(element, what: "item")
        let layerName = element[attribute: "layer"] ?? ""
        let layer = Layer(rawValue: layerName)
        if layer == nil {
            problem(element.attribute("layer")?.location ?? element.location,
                    "item \(id): layer '\(layerName)' must be human, physical, technical or joint")
        }
        let weight = number(element, "weight", default: 1)
        var major = false
        if let value = element.attribute("major") {
            switch value.value.trimmingXMLWhitespace() {
            case "true", "1": major = true
            case "false", "0": major = false
            default: problem(value.location, "item \(id): major must be true or false, not '\(value.value)'")
            }
        }
        let industries = (element[attribute: "industries"] ?? "")
            .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "," || $0 == "，" })
            .map(String.init)
        let title = localized(element, "title", owner: "item \(id)", required: true)
        let basis = localized(element, "basis", owner: "item \(id)", required: true)
        var deadline: Int?
        if let days = element.child(named: "deadline-days") {
            if let value = Int(days.trimmedText), value > 0 {
                deadline = value
            } else {
                problem(days.location, "item \(id): deadline-days must be a positive whole number, not '\(days.trimmedText)'")
            }
        }
        guard let layer else { return nil }
        return ChecklistItem(id: id, layer: layer, weight: weight, major: major, industries: industries,
                             title: title, guidance: optionalLocalized(element, "guidance"), basis: basis,
                             remedy: optionalLocalized(element, "remedy"),
                             majorCriterion: optionalLocalized(element, "major-criterion"),
                             deadlineDays: deadline, sectionPath: path)
    }

    /// Reads `id`, reporting a missing or duplicate one.
    private mutating func requiredID(_ element: XMLElement, what: String) -> String {
        guard let attribute = element.attribute("id"), !attribute.value.trimmingXMLWhitespace().isEmpty else {
            problem(element.location, "\(what) has no id")
            return ""
        }
        let id = attribute.value.trimmingXMLWhitespace()
        if let first = ids[id] {
            problem(attribute.location, "duplicate id '\(id)' (first defined at line \(first.line))")
        } else {
            ids[id] = attribute.location
        }
        return id
    }

    /// A positive finite number attribute, or `default` when absent.
    private mutating func number(_ element: XMLElement, _ name: String, default value: Double) -> Double {
        guard let attribute = element.attribute(name) else { return value }
        guard let number = Double(attribute.value.trimmingXMLWhitespace()), number.isFinite, number > 0 else {
            let owner = element[attribute: "id"] ?? element[attribute: "ref"] ?? element.name
            problem(attribute.location, "\(owner): \(name) must be a positive number, not '\(attribute.value)'")
            return value
        }
        return number
    }

    private mutating func positiveInteger(_ element: XMLElement, attribute name: String) -> Int? {
        guard let attribute = element.attribute(name) else { return nil }
        guard let value = Int(attribute.value.trimmingXMLWhitespace()), value > 0 else {
            problem(attribute.location, "\(name) must be a positive whole number, not '\(attribute.value)'")
            return nil
        }
        return value
    }

    /// Texts named `name` (one per language); the first without `xml:lang` (or the first) is primary.
    private mutating func localized(_ element: XMLElement, _ name: String, owner: String, required: Bool) -> LocalizedText {
        if let text = optionalLocalized(element, name) { return text }
        if required { problem(element.location, "\(owner) has no <\(name)>") }
        return LocalizedText("")
    }

    /// Texts named `name`, grouped by language. Several elements of one language are successive
    /// paragraphs (guidance steps, several citations) and are joined with `separator`; titles
    /// take the first.
    private mutating func optionalLocalized(_ element: XMLElement, _ name: String) -> LocalizedText? {
        let texts = element.children(named: name).filter { !$0.trimmedText.isEmpty }
        guard !texts.isEmpty else { return nil }
        let separator = name == "basis" ? "；" : "\n"
        var translations: [Language: [String]] = [:]
        var primary: [String] = []
        for text in texts {
            let value = Self.normalise(text.trimmedText)
            let limit = Self.textLimit(name)
            if limitTexts && value.unicodeScalars.count > limit {
                problem(text.location, "<\(name)> is \(value.unicodeScalars.count) characters long; at most \(limit) fit the notices "
                        + "and ledgers that print it")
            }
            if let lang = text.lang, let language = Language(tag: lang), language != .zh {
                translations[language, default: []].append(value)
            } else {
                primary.append(value)
            }
        }
        let join: ([String]) -> String = { name == "title" ? ($0.first ?? "") : $0.joined(separator: separator) }
        let main = primary.isEmpty ? join(translations.values.first ?? []) : join(primary)
        return LocalizedText(main, translations: translations.mapValues(join))
    }

    /// Most characters one text element may hold, after white space is collapsed: titles are
    /// printed on one line of notices, ledgers and screens, a basis in one ledger cell, and the
    /// longer texts (guidance, remedy, major-hazard criterion, description) as paragraphs. A
    /// checklist is the station's own, but a runaway text would break every report that prints it.
    static func textLimit(_ name: String) -> Int {
        switch name {
        case "title": return 200
        case "basis": return 1_000
        default: return 4_000
        }
    }

    /// Collapses runs of white space inside a text, so line-wrapped XML reads as one paragraph.
    static func normalise(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" {
                pendingSpace = true
                continue
            }
            if pendingSpace && !out.isEmpty {
                // Chinese text wrapped across lines joins without a space.
                let last = out.unicodeScalars.last?.value ?? 0
                if !(Self.isCJK(last) && Self.isCJK(scalar.value)) { out.append(" ") }
            }
            pendingSpace = false
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    static func isCJK(_ value: UInt32) -> Bool {
        (0x2E80...0x9FFF).contains(value) || (0xF900...0xFAFF).contains(value) || (0xFF00...0xFFEF).contains(value)
    }
}
