import CheckupXML
import Foundation

/// Reads a self-check file with the streaming parser, validating it against the format's XSD in
/// the same pass. Nothing is held as a tree: the reader keeps only the answers.
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
        let collector = SelfCheckCollector(file: path)
        try XMLEventParser.parse(file: path, schema: schema, limits: limits, handler: collector)
        return collector.document
    }

    /// Reads a file held in memory, labelled `file` in messages.
    public static func read(bytes: [UInt8], file: String, schema: XMLSchema?,
                            limits: XMLLimits = .stream) throws(XMLError) -> SelfCheckDocument {
        try SelfCheckProlog.check(bytes.prefix(SelfCheckProlog.scanLimit), file: file)
        let collector = SelfCheckCollector(file: file)
        try XMLEventParser.parse(bytes: bytes, file: file, schema: schema, limits: limits, handler: collector)
        return collector.document
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
}

/// Keeps the answers of a self-check file as its events stream past.
private final class SelfCheckCollector: XMLEventHandler {
    /// Which element's text is being collected.
    private enum TextTarget {
        case none, performedAt, performedBy, profile, note
    }

    private var locations: SelfCheckDocument.Locations
    private var checklistID = ""
    private var version = ""
    private var enterprise = SelfCheckEnterprise(creditCode: "", name: "", township: "")
    private var performedAt = ""
    private var performedBy = ""
    private var profile: String?
    private var results: [SelfCheckResult] = []
    private var target = TextTarget.none
    private var text: [UInt8] = []
    private var sawRoot = false

    init(file: String) {
        locations = SelfCheckDocument.Locations(file: file)
        results.reserveCapacity(256)
    }

    var document: SelfCheckDocument {
        SelfCheckDocument(checklistID: checklistID, checklistVersion: version, enterprise: enterprise,
                          performedAtText: performedAt, performedBy: performedBy,
                          profileID: profile.flatMap { $0.isEmpty ? nil : $0 },
                          results: results, locations: locations)
    }

    func startElement(_ element: XMLStartTag) throws(XMLError) {
        let name = element.localName
        if !sawRoot {
            sawRoot = true
            let namespace = element.namespaceURI
            guard name == SelfCheckFormat.rootName.name, namespace == SelfCheckFormat.namespace else {
                throw .wrongRoot(element.location, found: XMLRootName(name: name, namespace: namespace),
                                 expected: SelfCheckFormat.rootName)
            }
            locations.root = element.location
            checklistID = element.attribute("checklist") ?? ""
            version = (element.attribute("checklist-version") ?? "").trimmingXMLWhitespace()
            return
        }
        // Only children of the root and the note inside a result matter; anything else is a
        // schema violation reported at the end.
        target = .none
        switch name {
        case "result":
            guard results.count < SelfCheckReader.maxResults else {
                throw .invalid([XMLDiagnostic(location: element.location,
                                              message: "more than \(SelfCheckReader.maxResults) results; no checklist has that many items")])
            }
            let status: ItemResult
            switch element.attribute("status") {
            case "pass": status = .pass
            case "fail": status = .fail
            case "na": status = .na
            case let other?:
                // Blank (or, with a schema violation reported later, anything else).
                status = ItemResult(rawValue: other.trimmingXMLWhitespace()) ?? .unchecked
            case nil: status = .unchecked
            }
            results.append(SelfCheckResult(itemID: element.attribute("item") ?? "", status: status,
                                           location: element.location))
        case "note": target = .note
        case "enterprise":
            locations.enterprise = element.location
            enterprise = SelfCheckEnterprise(
                creditCode: element.attribute("credit-code") ?? "",
                name: (element.attribute("name") ?? "").trimmingXMLWhitespace(),
                township: (element.attribute("township") ?? "").trimmingXMLWhitespace(),
                industry: element.attribute("industry").map { $0.trimmingXMLWhitespace() }.flatMap { $0.isEmpty ? nil : $0 })
        case "performed-at":
            locations.performedAt = element.location
            target = .performedAt
        case "performed-by":
            locations.performedBy = element.location
            target = .performedBy
        case "profile":
            locations.profile = element.location
            target = .profile
        default:
            break
        }
        text.removeAll(keepingCapacity: true)
    }

    func characters(_ utf8: UnsafeBufferPointer<UInt8>) {
        if target != .none && text.count < SelfCheckReader.maxTextBytes { text.append(contentsOf: utf8) }
    }

    func endElement() {
        guard target != .none else { return }
        let value = String(decoding: text, as: UTF8.self)
        switch target {
        case .none: break
        case .performedAt: performedAt = value.trimmingXMLWhitespace()
        case .performedBy: performedBy = value.trimmingXMLWhitespace()
        case .profile: profile = value.trimmingXMLWhitespace()
        case .note:
            let note = SelfCheckReader.trimmed(value)
            if !results.isEmpty { results[results.count - 1].note = note.isEmpty ? nil : note }
        }
        target = .none
        text.removeAll(keepingCapacity: true)
    }
}
