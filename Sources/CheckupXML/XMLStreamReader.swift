import CLibXML2
import Foundation

/// Reads a document node by node without holding it as a tree, for inputs too big or too many to
/// keep in memory (bulk self-check import). Built on libxml2's xmlTextReader, with the same
/// refusals as `SecureXML`: no network, no entity declarations, bounded size and depth.
///
/// When a schema is given, validation runs as the document streams; parse errors stop reading at
/// once, schema violations are gathered and thrown, all together, when the end is reached.
public final class XMLStreamReader {
    /// What the reader is positioned on.
    public enum Node: Sendable, Equatable {
        /// A start tag (also for an empty element; see `isEmptyElement`).
        case startElement
        /// An end tag.
        case endElement
        /// Text or CDATA content.
        case text
    }

    private let reader: xmlTextReaderPtr
    private let collector = DiagnosticCollector()
    private let hooks: UnsafeMutablePointer<checkup_hooks>
    private let limits: XMLLimits
    /// A copy of in-memory input that we own: libxml2 reads it in place until `deinit`.
    private let buffer: UnsafeMutableBufferPointer<UInt8>?
    /// The file label used in every location.
    public let file: String
    /// Names interned by libxml2's dictionary are converted to Swift strings once.
    private var names: [UnsafeRawPointer: String] = [:]
    private var finished = false

    /// The current node's kind.
    public private(set) var node: Node = .startElement

    /// Opens a file for streaming. Its size is checked first; the file is never read whole.
    public convenience init(file path: String, schema: XMLSchema? = nil,
                            limits: XMLLimits = .stream) throws(XMLError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw .cannotRead(path: path, reason: isDirectory.boolValue ? "is a directory" : "no such file")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= limits.maxBytes else { throw .tooLarge(file: path, size: size, limit: limits.maxBytes) }
        guard size > 0 else {
            throw .malformed(XMLDiagnostic(location: SourceLocation(file: path, line: 1, column: 1),
                                           message: "file is empty, not XML"))
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw .cannotRead(path: path, reason: "permission denied")
        }
        try self.init(source: nil, file: path, schema: schema, limits: limits) { options in
            xmlReaderForFile(path, nil, options)
        }
    }

    /// Streams a document held in memory (labelled `file` in messages).
    public convenience init(bytes: [UInt8], file: String, schema: XMLSchema? = nil,
                            limits: XMLLimits = .stream) throws(XMLError) {
        guard bytes.count <= limits.maxBytes else {
            throw .tooLarge(file: file, size: bytes.count, limit: limits.maxBytes)
        }
        guard !bytes.isEmpty else {
            throw .malformed(XMLDiagnostic(location: SourceLocation(file: file, line: 1, column: 1),
                                           message: "file is empty, not XML"))
        }
        try self.init(source: bytes, file: file, schema: schema, limits: limits) { _ in nil }
    }

    private init(source: [UInt8]?, file: String, schema: XMLSchema?, limits: XMLLimits,
                 open: (Int32) -> xmlTextReaderPtr?) throws(XMLError) {
        LibXMLSetup.ensure()
        self.file = file
        self.limits = limits
        let options = SecureXML.parseOptions
        let made: xmlTextReaderPtr?
        if let source {
            let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: source.count)
            _ = copy.initialize(from: source)
            buffer = copy
            made = copy.baseAddress.flatMap {
                xmlReaderForMemory(UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self),
                                   Int32(copy.count), nil, nil, options)
            }
        } else {
            buffer = nil
            made = open(options)
        }
        guard let made else {
            buffer?.deallocate()
            throw .cannotRead(path: file, reason: "cannot open")
        }
        reader = made
        hooks = UnsafeMutablePointer<checkup_hooks>.allocate(capacity: 1)
        hooks.initialize(to: checkup_hooks())
        hooks.pointee.sink = Unmanaged.passUnretained(collector).toOpaque()
        hooks.pointee.sink_fn = { sink, domain, level, line, column, message in
            guard let sink else { return }
            Unmanaged<DiagnosticCollector>.fromOpaque(sink).takeUnretainedValue()
                .add(domain: domain, level: level, line: Int(line), column: Int(column), message: message)
        }
        checkup_reader_hooks(reader, hooks)
        if let schema, xmlTextReaderSetSchema(reader, schema.pointer) != 0 {
            throw .badSchema(path: schema.path, reason: "cannot attach schema to reader")
        }
    }

    deinit {
        xmlFreeTextReader(reader)
        hooks.deinitialize(count: 1)
        hooks.deallocate()
        buffer?.deallocate()
    }

    /// Moves to the next start tag, end tag or text node. Returns false at the end of a valid
    /// document; throws on the first parse error, or at the end with every schema violation.
    public func read() throws(XMLError) -> Bool {
        guard !finished else { return false }
        while true {
            let status = xmlTextReaderRead(reader)
            if status < 0 || hasFatalError {
                finished = true
                throw .malformed(firstParseError())
            }
            if status == 0 {
                finished = true
                let problems = collector.errors.map { collector.diagnostic($0, source: nil, file: file) }
                if !problems.isEmpty { throw .invalid(problems) }
                return false
            }
            switch xmlTextReaderNodeType(reader) {
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                if depth + 1 > limits.maxDepth {
                    finished = true
                    throw .tooDeep(location, limit: limits.maxDepth)
                }
                node = .startElement
                return true
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                node = .endElement
                return true
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue):
                node = .text
                return true
            case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue), Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue):
                if checkup_doc_declares_entities(xmlTextReaderCurrentDoc(reader)) != 0
                    || xmlTextReaderNodeType(reader) == Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue) {
                    finished = true
                    throw .entitiesRefused(location)
                }
            default:
                continue
            }
        }
    }

    private var hasFatalError: Bool {
        collector.entries.contains { $0.level == Int32(XML_ERR_FATAL.rawValue) }
    }

    private func firstParseError() -> XMLDiagnostic {
        let fatal = collector.entries.first { $0.level == Int32(XML_ERR_FATAL.rawValue) } ?? collector.errors.first
        guard let fatal else {
            return XMLDiagnostic(location: location, message: "not well-formed XML")
        }
        var diagnostic = collector.diagnostic(fatal, source: nil, file: file)
        if diagnostic.location.column <= 0 { diagnostic.location.column = 1 }
        diagnostic.message = SecureXML.explain(diagnostic.message)
        return diagnostic
    }

    /// Local name of the current element.
    public var localName: String {
        intern(xmlTextReaderConstLocalName(reader))
    }

    /// Namespace URI of the current element, or nil.
    public var namespaceURI: String? {
        guard let uri = xmlTextReaderConstNamespaceUri(reader) else { return nil }
        return intern(uri)
    }

    /// Whether the current start tag is also its end (`<x/>`); no end-element node follows.
    public var isEmptyElement: Bool {
        xmlTextReaderIsEmptyElement(reader) == 1
    }

    /// Nesting depth of the current node, the root being 0.
    public var depth: Int {
        Int(xmlTextReaderDepth(reader))
    }

    /// Text of the current text node.
    public var text: String {
        guard let value = xmlTextReaderConstValue(reader) else { return "" }
        return String(cString: value)
    }

    /// Value of an unprefixed attribute of the current element.
    public func attribute(_ name: String) -> String? {
        guard let value = xmlTextReaderGetAttribute(reader, name) else { return nil }
        defer { checkup_xmlFree(value) }
        return String(cString: value)
    }

    /// Value of a namespaced attribute of the current element (e.g. `xml:lang`).
    public func attribute(_ name: String, namespace: String) -> String? {
        guard let value = xmlTextReaderGetAttributeNs(reader, name, namespace) else { return nil }
        defer { checkup_xmlFree(value) }
        return String(cString: value)
    }

    /// Where the reader is: the current node's line and the parser's column.
    public var location: SourceLocation {
        let line = Int(xmlTextReaderGetParserLineNumber(reader))
        var nodeLine = line
        if let current = xmlTextReaderCurrentNode(reader) {
            let l = Int(checkup_node_line(current))
            if l > 0 { nodeLine = l }
        }
        let column = nodeLine == line ? Int(xmlTextReaderGetParserColumnNumber(reader)) : 1
        return SourceLocation(file: file, line: max(nodeLine, 1), column: max(column, 1))
    }

    private func intern(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        let key = UnsafeRawPointer(pointer)
        if let name = names[key] { return name }
        let name = String(cString: pointer)
        names[key] = name
        return name
    }
}
