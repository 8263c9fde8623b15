import CheckupXML
import Foundation

/// Reads a self-check file with the streaming parser, validating it against the format's XSD in
/// the same pass. Nothing is held as a tree: the reader keeps only the answers.
///
/// A DOCTYPE naming an external DTD or with an internal subset is refused by the parser wherever
/// it stands; a file with another root element or namespace is refused at its first tag; parse errors stop
/// reading at once; schema violations are all reported when the end is reached. The values read
/// are not checked against a checklist here (that is `SelfCheckRules`).
public enum SelfCheckReader {
    /// Past this many `<result>` elements a file is refused while reading: no checklist has that
    /// many items, and it bounds the memory a hostile file can make the reader hold.
    public static let maxResults = 20_000

    /// Reads the file at `path` (streamed from disk, never read whole).
    public static func read(file path: String, schema: XMLSchema?,
                            limits: XMLLimits = .stream) throws(XMLError) -> SelfCheckDocument {
        if let problem = RegularFile.problem(path, missingIsFine: true) { throw .cannotRead(path: path, reason: problem) }
        let collector = SelfCheckCollector(file: path)
        try XMLEventParser.parse(file: path, schema: schema, limits: limits, handler: collector)
        return collector.document
    }

    /// Reads a file pulled in chunks from `input` (see `XMLEventParser.parse(file:input:)`),
    /// labelled `file` in messages: every byte parsed passes through `input` once.
    public static func read(file: String, schema: XMLSchema?, limits: XMLLimits = .stream,
                            input: (UnsafeMutableRawBufferPointer) throws(XMLError) -> Int) throws(XMLError)
        -> SelfCheckDocument {
        let collector = SelfCheckCollector(file: file)
        try XMLEventParser.parse(file: file, schema: schema, limits: limits, handler: collector, input: input)
        return collector.document
    }

    /// Reads a file held in memory, labelled `file` in messages.
    public static func read(bytes: [UInt8], file: String, schema: XMLSchema?,
                            limits: XMLLimits = .stream) throws(XMLError) -> SelfCheckDocument {
        let collector = SelfCheckCollector(file: file)
        try XMLEventParser.parse(bytes: bytes, file: file, schema: schema, limits: limits, handler: collector)
        return collector.document
    }

    /// The UTF-8 `text` as a string without surrounding XML white space; the common case
    /// (nothing to trim) costs two byte comparisons instead of a walk over the scalars, made on
    /// the bytes rather than through `String.UTF8View`'s `first` and `last`.
    static func trimmed(_ text: UnsafeBufferPointer<UInt8>) -> String {
        let value = String(decoding: text, as: UTF8.self)
        guard let first = text.first, let last = text.last else { return value }
        // Space, tab, LF, CR; 0xE3 starts U+3000 (full-width space), 0x80 ends it.
        func mayBeSpace(_ byte: UInt8) -> Bool { byte <= 0x20 || byte == 0xE3 || byte == 0x80 }
        return mayBeSpace(first) || mayBeSpace(last) ? value.trimmingXMLWhitespace() : value
    }
}

/// Keeps the answers of a self-check file as its events stream past.
///
/// It runs once per element of every imported file, so it dispatches on names and reads the
/// status by comparing bytes, and makes a `String` only for what it keeps.
private final class SelfCheckCollector: XMLEventHandler {
    /// Which element's text is being collected.
    private enum TextTarget {
        case none, performedAt, performedBy, profile, note
    }

    /// What has been collected so far.
    private struct State {
        var locations: SelfCheckDocument.Locations
        var checklistID = ""
        var version = ""
        var enterprise = SelfCheckEnterprise(creditCode: "", name: "", township: "")
        var performedAt = ""
        var performedBy = ""
        var profile: String?
        var results: [SelfCheckResult] = []
        var target = TextTarget.none
        var sawRoot = false
    }

    private let file: String
    /// The collected values behind a pointer, as in `XMLEventParser`: each change of a class's
    /// stored property is checked for exclusive access at run time, several times per answer
    /// (bench-import-stages measured the difference; docs/performance.md).
    private let state: UnsafeMutablePointer<State>

    init(file: String) {
        self.file = file
        state = UnsafeMutablePointer<State>.allocate(capacity: 1)
        state.initialize(to: State(locations: SelfCheckDocument.Locations(file: file)))
        state.pointee.results.reserveCapacity(256)
    }

    deinit {
        state.deinitialize(count: 1)
        state.deallocate()
    }

    var document: SelfCheckDocument {
        let collected = state.pointee
        return SelfCheckDocument(checklistID: collected.checklistID, checklistVersion: collected.version,
                                 enterprise: collected.enterprise, performedAtText: collected.performedAt,
                                 performedBy: collected.performedBy,
                                 profileID: collected.profile.flatMap { $0.isEmpty ? nil : $0 },
                                 results: collected.results, locations: collected.locations)
    }

    func startElement(_ element: XMLStartTag) throws(XMLError) -> Bool {
        let state = self.state
        state.pointee.target = .none
        guard state.pointee.sawRoot else {
            try root(element)
            return false
        }
        if element.hasLocalName("result") {
            guard state.pointee.results.count < SelfCheckReader.maxResults else {
                throw .invalid([XMLDiagnostic(location: element.location,
                                              message: SelfCheckText.tooManyResults.text(SelfCheckReader.maxResults))])
            }
            state.pointee.results.append(SelfCheckResult(
                // Through the inlined byte accessor, several times cheaper than `attribute(_:)`.
                itemID: element.withAttribute("item") { String(decoding: $0, as: UTF8.self) } ?? "",
                status: element.withAttribute("status", Self.status) ?? .unchecked,
                location: SourceLocation(file: file, line: element.line, column: 1)))
            return false
        }
        if element.hasLocalName("note") {
            state.pointee.target = .note
            return true
        }
        // Only children of the root and the note inside a result matter; anything else is a
        // schema violation reported at the end.
        if element.hasLocalName("enterprise") {
            state.pointee.locations.enterprise = element.location
            state.pointee.enterprise = SelfCheckEnterprise(
                creditCode: element.attribute("credit-code") ?? "",
                name: (element.attribute("name") ?? "").trimmingXMLWhitespace(),
                township: (element.attribute("township") ?? "").trimmingXMLWhitespace(),
                industry: element.attribute("industry").map { $0.trimmingXMLWhitespace() }.flatMap { $0.isEmpty ? nil : $0 })
        } else if element.hasLocalName("performed-at") {
            state.pointee.locations.performedAt = element.location
            state.pointee.target = .performedAt
        } else if element.hasLocalName("performed-by") {
            state.pointee.locations.performedBy = element.location
            state.pointee.target = .performedBy
        } else if element.hasLocalName("profile") {
            state.pointee.locations.profile = element.location
            state.pointee.target = .profile
        }
        return state.pointee.target != .none
    }

    private func root(_ element: XMLStartTag) throws(XMLError) {
        state.pointee.sawRoot = true
        let name = element.localName
        let namespace = element.namespaceURI
        guard name == SelfCheckFormat.rootName.name, namespace == SelfCheckFormat.namespace else {
            throw .wrongRoot(element.location, found: XMLRootName(name: name, namespace: namespace),
                             expected: SelfCheckFormat.rootName)
        }
        state.pointee.locations.root = element.location
        state.pointee.checklistID = element.attribute("checklist") ?? ""
        state.pointee.version = (element.attribute("checklist-version") ?? "").trimmingXMLWhitespace()
    }

    /// A status attribute's value: `pass`, `fail` and `na` by their bytes; anything else
    /// (blank, or with a schema violation reported later) trimmed and looked up.
    private static func status(_ bytes: UnsafeBufferPointer<UInt8>) -> ItemResult {
        switch bytes.count {
        case 4 where bytes[0] == UInt8(ascii: "p") && bytes[1] == UInt8(ascii: "a")
            && bytes[2] == UInt8(ascii: "s") && bytes[3] == UInt8(ascii: "s"):
            return .pass
        case 4 where bytes[0] == UInt8(ascii: "f") && bytes[1] == UInt8(ascii: "a")
            && bytes[2] == UInt8(ascii: "i") && bytes[3] == UInt8(ascii: "l"):
            return .fail
        case 2 where bytes[0] == UInt8(ascii: "n") && bytes[1] == UInt8(ascii: "a"):
            return .na
        default:
            return ItemResult(rawValue: String(decoding: bytes, as: UTF8.self).trimmingXMLWhitespace()) ?? .unchecked
        }
    }

    func endElement(text: UnsafeBufferPointer<UInt8>?) {
        let state = self.state
        guard let text, state.pointee.target != .none else { return }
        switch state.pointee.target {
        case .none: break
        case .performedAt: state.pointee.performedAt = String(decoding: text, as: UTF8.self).trimmingXMLWhitespace()
        case .performedBy: state.pointee.performedBy = String(decoding: text, as: UTF8.self).trimmingXMLWhitespace()
        case .profile: state.pointee.profile = String(decoding: text, as: UTF8.self).trimmingXMLWhitespace()
        case .note:
            let note = SelfCheckReader.trimmed(text)
            let last = state.pointee.results.count - 1
            if last >= 0 { state.pointee.results[last].note = note.isEmpty ? nil : note }
        }
        state.pointee.target = .none
    }
}
