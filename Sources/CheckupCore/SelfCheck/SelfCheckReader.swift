import CheckupXML
import Foundation

/// Reads a self-check file with the streaming reader, validating it against the format's XSD as
/// it streams. Nothing is held as a tree: the reader keeps only the answers.
///
/// A file with another root element or namespace is refused at its first tag; parse errors stop
/// reading at once; schema violations are all reported when the end is reached. The values read
/// are not checked against a checklist here (that is `SelfCheckRules`).
public enum SelfCheckReader {
    /// Past this many `<result>` elements a file is refused while reading: no checklist has that
    /// many items, and it bounds the memory a hostile file can make the reader hold.
    public static let maxResults = 20_000
    /// Longest note kept while reading (the XSD allows 4,000 characters and refuses longer ones).
    static let maxTextBytes = 64 * 1024

    /// Reads the file at `path` (streamed from disk, never read whole).
    public static func read(file path: String, schema: XMLSchema?,
                            limits: XMLLimits = .stream) throws(XMLError) -> SelfCheckDocument {
        if let handle = FileHandle(forReadingAtPath: path) {
            let head = (try? handle.read(upToCount: SelfCheckProlog.scanLimit)) ?? Data()
            try? handle.close()
            try SelfCheckProlog.check([UInt8](head ?? Data())[...], file: path)
        }
        do {
            return try read(XMLStreamReader(file: path, schema: schema, limits: limits))
        } catch .malformed(let diagnostic) where schema != nil {
            throw reparse(diagnostic) { () throws(XMLError) in
                try read(XMLStreamReader(file: path, schema: nil, limits: limits))
            }
        }
    }

    /// Reads a file held in memory, labelled `file` in messages.
    public static func read(bytes: [UInt8], file: String, schema: XMLSchema?,
                            limits: XMLLimits = .stream) throws(XMLError) -> SelfCheckDocument {
        try SelfCheckProlog.check(bytes.prefix(SelfCheckProlog.scanLimit), file: file)
        do {
            return try read(XMLStreamReader(bytes: bytes, file: file, schema: schema, limits: limits))
        } catch .malformed(let diagnostic) where schema != nil {
            throw reparse(diagnostic) { () throws(XMLError) in
                try read(XMLStreamReader(bytes: bytes, file: file, schema: nil, limits: limits))
            }
        }
    }

    /// With a schema attached, libxml2 2.9's reader loses the parser's own message ("not
    /// well-formed XML" is all that is left, sometimes at the wrong line). A file that is not
    /// well-formed is therefore read once more without the schema, for the precise message.
    private static func reparse(_ original: XMLDiagnostic,
                                _ body: () throws(XMLError) -> SelfCheckDocument) -> XMLError {
        do {
            _ = try body()
            return .malformed(original)
        } catch {
            return error
        }
    }

    /// `text` without surrounding XML white space; the common case (nothing to trim) costs two
    /// byte comparisons instead of a walk over the scalars.
    static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return text }
        // Space, tab, LF, CR; 0xE3 starts U+3000 (full-width space), 0x80 ends it.
        func mayBeSpace(_ byte: UInt8) -> Bool { byte <= 0x20 || byte == 0xE3 || byte == 0x80 }
        return mayBeSpace(first) || mayBeSpace(last) ? text.trimmingXMLWhitespace() : text
    }

    /// Which element's text is being collected.
    private enum TextTarget {
        case none, performedAt, performedBy, profile, note
    }

    /// Reads every node of `reader` into a document.
    public static func read(_ reader: XMLStreamReader) throws(XMLError) -> SelfCheckDocument {
        let file = reader.file
        var locations = SelfCheckDocument.Locations(file: file)
        var checklistID = ""
        var version = ""
        var enterprise = SelfCheckEnterprise(creditCode: "", name: "", township: "")
        var performedAt = ""
        var performedBy = ""
        var profile: String?
        var results: [SelfCheckResult] = []
        results.reserveCapacity(256)
        var target = TextTarget.none
        var text = ""
        var sawRoot = false

        func finish(_ target: TextTarget, _ text: String) {
            switch target {
            case .none: break
            case .performedAt: performedAt = text.trimmingXMLWhitespace()
            case .performedBy: performedBy = text.trimmingXMLWhitespace()
            case .profile: profile = text.trimmingXMLWhitespace()
            case .note:
                let note = trimmed(text)
                if !results.isEmpty { results[results.count - 1].note = note.isEmpty ? nil : note }
            }
        }

        while try reader.read() {
            switch reader.node {
            case .startElement:
                let name = reader.localName
                if !sawRoot {
                    sawRoot = true
                    let namespace = reader.namespaceURI
                    guard name == SelfCheckFormat.rootName.name, namespace == SelfCheckFormat.namespace else {
                        throw .wrongRoot(reader.location, found: XMLRootName(name: name, namespace: namespace),
                                         expected: SelfCheckFormat.rootName)
                    }
                    locations.root = reader.location
                    checklistID = reader.attribute("checklist") ?? ""
                    version = (reader.attribute("checklist-version") ?? "").trimmingXMLWhitespace()
                    continue
                }
                // Only children of the root and the note inside a result matter; anything else
                // is a schema violation reported at the end.
                target = .none
                switch name {
                case "result":
                    guard results.count < maxResults else {
                        throw .invalid([XMLDiagnostic(location: reader.location,
                                                      message: "more than \(maxResults) results; no checklist has that many items")])
                    }
                    let status: ItemResult
                    switch reader.attribute("status") {
                    case "pass": status = .pass
                    case "fail": status = .fail
                    case "na": status = .na
                    case let other?:
                        // Blank (or, with a schema violation reported later, anything else).
                        status = ItemResult(rawValue: other.trimmingXMLWhitespace()) ?? .unchecked
                    case nil: status = .unchecked
                    }
                    results.append(SelfCheckResult(itemID: reader.attribute("item") ?? "", status: status,
                                                   location: reader.location))
                case "note": target = .note
                case "enterprise":
                    locations.enterprise = reader.location
                    enterprise = SelfCheckEnterprise(
                        creditCode: reader.attribute("credit-code") ?? "",
                        name: (reader.attribute("name") ?? "").trimmingXMLWhitespace(),
                        township: (reader.attribute("township") ?? "").trimmingXMLWhitespace(),
                        industry: reader.attribute("industry").map { $0.trimmingXMLWhitespace() }.flatMap { $0.isEmpty ? nil : $0 })
                case "performed-at":
                    locations.performedAt = reader.location
                    target = .performedAt
                case "performed-by":
                    locations.performedBy = reader.location
                    target = .performedBy
                case "profile":
                    locations.profile = reader.location
                    target = .profile
                default:
                    break
                }
                text = ""
                if reader.isEmptyElement {
                    finish(target, "")
                    target = .none
                }
            case .text:
                if target != .none && text.utf8.count < maxTextBytes { text += reader.text }
            case .endElement:
                if target != .none {
                    finish(target, text)
                    target = .none
                    text = ""
                }
            }
        }
        return SelfCheckDocument(checklistID: checklistID, checklistVersion: version, enterprise: enterprise,
                                 performedAtText: performedAt, performedBy: performedBy,
                                 profileID: profile.flatMap { $0.isEmpty ? nil : $0 },
                                 results: results, locations: locations)
    }
}
