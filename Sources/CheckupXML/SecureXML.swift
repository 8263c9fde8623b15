import CLibXML2
import CheckupSupport
import Foundation

/// Parses XML the only way Checkup allows: no network, no external entities or DTDs, no entity
/// substitution, bounded size and depth, and every diagnostic with file, line and column.
///
/// A document whose DTD declares entities is refused outright: that is how XXE and
/// "billion laughs" attacks work, and no Checkup format needs entities. A DOCTYPE naming an
/// external DTD or carrying an internal subset is refused too: no DTD may supply data.
public enum SecureXML {
    /// libxml2 options used for every parse. Never NOENT (substitution), DTDLOAD or DTDATTR.
    static let parseOptions: Int32 = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue
        | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_NOXINCNODE.rawValue | XML_PARSE_COMPACT.rawValue)

    /// Reads and parses the file at `path`, validating it against `schema` when given.
    public static func parse(file path: String, root: XMLRootName? = nil, schema: XMLSchema? = nil,
                             limits: XMLLimits = .tree) throws(XMLError) -> XMLDocument {
        let bytes = try readFile(path, limit: limits.maxBytes)
        return try parse(bytes: bytes, file: path, root: root, schema: schema, limits: limits)
    }

    /// Parses `bytes` (labelled `file` in messages). When `root` is given, a document with another
    /// root element or namespace is refused with one clear line before the schema is applied;
    /// then the document is validated against `schema` when given.
    public static func parse(bytes: [UInt8], file: String, root: XMLRootName? = nil, schema: XMLSchema? = nil,
                             limits: XMLLimits = .tree) throws(XMLError) -> XMLDocument {
        LibXMLSetup.ensure()
        guard bytes.count <= limits.maxBytes else {
            throw .tooLarge(file: file, size: bytes.count, limit: limits.maxBytes)
        }
        guard !bytes.isEmpty else {
            throw .malformed(XMLDiagnostic(location: SourceLocation(file: file, line: 1, column: 1),
                                           message: "file is empty, not XML"))
        }
        try limits.encodings.check(bytes.prefix(1024), file: file)
        let source = SourceText(bytes: bytes, file: file)
        let collector = DiagnosticCollector()
        return try collector.withHooks { (hooks) throws(XMLError) -> XMLDocument in
            hooks.pointee.text_limit = limits.maxTextBytes
            hooks.pointee.allow_utf16 = limits.encodings.utf16 ? 1 : 0
            hooks.pointee.allow_gb = limits.encodings.gb ? 1 : 0
            hooks.pointee.pushed = bytes.count
            let parsed: xmlDocPtr? = bytes.withUnsafeBufferPointer { (buffer) -> xmlDocPtr? in
                guard let base = UnsafeRawPointer(buffer.baseAddress)?.assumingMemoryBound(to: CChar.self),
                      let context = checkup_new_memory_parser(base, Int32(buffer.count), parseOptions, hooks)
                else { return nil }
                defer { xmlFreeParserCtxt(context) }
                _ = xmlParseDocument(context)
                let doc = context.pointee.myDoc
                context.pointee.myDoc = nil
                if context.pointee.wellFormed == 0 || hooks.pointee.entity_declared_line != 0
                    || hooks.pointee.refused != CHECKUP_REFUSED_NONE {
                    if let doc { xmlFreeDoc(doc) }
                    return nil
                }
                return doc
            }
            if hooks.pointee.entity_declared_line != 0 {
                let location = source.location(ofLine: Int(hooks.pointee.entity_declared_line))
                throw .entitiesRefused(location)
            }
            if let refusal = refusal(hooks, file: file, limits: limits) { throw refusal }
            guard let doc = parsed else {
                throw .malformed(firstError(collector, source: source, file: file,
                                            conversionOffset: DiagnosticCollector.conversionOffset(hooks)))
            }
            defer { xmlFreeDoc(doc) }
            if let root, let rootNode = xmlDocGetRootElement(doc) {
                let name = String(cString: rootNode.pointee.name)
                let namespace = rootNode.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) }
                if name != root.name || namespace != root.namespace {
                    var builder = TreeBuilder(source: source, limits: XMLLimits(maxBytes: limits.maxBytes, maxDepth: 1))
                    let location = (try? builder.element(rootNode, depth: 1, shallow: true))?.location
                        ?? SourceLocation(file: file, line: 1, column: 1)
                    throw .wrongRoot(location, found: XMLRootName(name: name, namespace: namespace), expected: root)
                }
            }
            if let schema {
                let problems = schema.validate(doc, source: source, file: file)
                if !problems.isEmpty { throw .invalid(problems) }
            }
            guard let rootNode = xmlDocGetRootElement(doc) else {
                throw .malformed(XMLDiagnostic(location: SourceLocation(file: file, line: 1, column: 1),
                                               message: "no root element"))
            }
            var builder = TreeBuilder(source: source, limits: limits)
            let root = try builder.element(rootNode, depth: 1)
            return XMLDocument(root: root, file: file)
        }
    }

    /// What a hook of the shim stopped the parse for (`checkup_hooks.refused`), if anything.
    static func refusal(_ hooks: UnsafeMutablePointer<checkup_hooks>, file: String, limits: XMLLimits) -> XMLError? {
        let location = SourceLocation(file: file, line: max(1, Int(hooks.pointee.refused_line)),
                                      column: max(1, Int(hooks.pointee.refused_column)))
        switch hooks.pointee.refused {
        case CHECKUP_REFUSED_TEXT_TOO_LONG: return .textTooLong(location, limit: limits.maxTextBytes)
        case CHECKUP_REFUSED_EXTERNAL_DTD: return .externalDTDRefused(location)
        case CHECKUP_REFUSED_INTERNAL_SUBSET: return .internalSubsetRefused(location)
        case CHECKUP_REFUSED_ENCODING:
            let name = withUnsafeBytes(of: hooks.pointee.refused_encoding) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            return .encodingRefused(location, name: name, advice: limits.encodings.advice)
        default: return nil
        }
    }

    /// Reads a whole file after checking its size, so a huge file is refused before any work.
    /// Public so that callers which keep the bytes (snapshots, hashes) read them the same way.
    public static func readFile(_ path: String, limit: Int) throws(XMLError) -> [UInt8] {
        if let problem = RegularFile.problem(path, missingIsFine: true) { throw .cannotRead(path: path, reason: problem) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .cannotRead(path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw .cannotRead(path: path, reason: "is a directory") }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= limit else { throw .tooLarge(file: path, size: size, limit: limit) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .cannotRead(path: path, reason: "permission denied")
        }
        defer { try? handle.close() }
        do {
            // Read at most limit+1 bytes: the file may have grown since it was measured.
            let data = try handle.read(upToCount: limit + 1) ?? Data()
            guard data.count <= limit else { throw XMLError.tooLarge(file: path, size: data.count, limit: limit) }
            return [UInt8](data)
        } catch let error as XMLError {
            throw error
        } catch {
            throw .cannotRead(path: path, reason: (error as NSError).localizedDescription)
        }
    }

    /// The first parse error, worded for a station's staff.
    static func firstError(_ collector: DiagnosticCollector, source: SourceText, file: String,
                           conversionOffset: Int? = nil) -> XMLDiagnostic {
        guard let entry = collector.errors.first else {
            return XMLDiagnostic(location: SourceLocation(file: file, line: 1, column: 1), message: "not well-formed XML")
        }
        var diagnostic = collector.diagnostic(entry, source: source, file: file)
        if DiagnosticCollector.isConversionFailure(entry), let offset = conversionOffset {
            diagnostic.location = source.location(ofOffset: offset)
        }
        diagnostic.message = explain(diagnostic.message)
        return diagnostic
    }

    /// Adds a hint to the libxml2 messages people meet most.
    static func explain(_ message: String) -> String {
        if message.hasPrefix("Input is not proper UTF-8") {
            return "text is not valid UTF-8; if the file is GBK or GB18030, declare it: <?xml version=\"1.0\" encoding=\"GBK\"?> (\(message))"
        }
        if message.hasPrefix("Start tag expected") || message.hasPrefix("Document is empty") {
            return "not an XML document (\(message))"
        }
        if message.hasPrefix("input conversion failed due to input error, bytes ") {
            return XMLText.conversionFailed.text(message.replacingPrefix("input conversion failed due to input error, bytes "))
        }
        if message.hasPrefix("Excessive depth") {
            return "elements nest too deeply"
        }
        return message
    }
}

/// Turns a libxml2 tree into `XMLElement` values, locating each start tag and attribute in the
/// source by scanning forward in document order.
struct TreeBuilder {
    let source: SourceText
    let limits: XMLLimits
    /// Offset from which the next start tag is searched.
    var cursor = 0

    init(source: SourceText, limits: XMLLimits) {
        self.source = source
        self.limits = limits
    }

    mutating func element(_ node: xmlNodePtr, depth: Int, shallow: Bool = false) throws(XMLError) -> XMLElement {
        let line = Int(checkup_node_line(node))
        let name = String(cString: node.pointee.name)
        let qname = qualifiedName(node)
        var location = SourceLocation(file: source.file, line: line, column: 1)
        var tagOffset: Int?
        if let offset = source.findStartTag(Array(qname.utf8), from: cursor, line: line) {
            tagOffset = offset
            cursor = offset + 1
            location = source.location(ofOffset: offset)
        } else if line > 0 {
            location = source.location(ofLine: line)
        }
        guard depth <= limits.maxDepth else { throw .tooDeep(location, limit: limits.maxDepth) }

        var attributes: [XMLAttribute] = []
        var attr = node.pointee.properties
        while let current = attr {
            let attrName = String(cString: current.pointee.name)
            let namespace = current.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) }
            var attrQName = attrName
            if let prefix = current.pointee.ns?.pointee.prefix { attrQName = String(cString: prefix) + ":" + attrName }
            var attrLocation = location
            if let tagOffset, let offset = source.findAttribute(Array(attrQName.utf8), inTagAt: tagOffset) {
                attrLocation = source.location(ofOffset: offset)
            }
            attributes.append(XMLAttribute(name: attrName, namespace: namespace,
                                           value: textContent(of: current.pointee.children),
                                           location: attrLocation))
            attr = current.pointee.next
        }

        var children: [XMLElement] = []
        var text = ""
        var child = shallow ? nil : node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                children.append(try element(current, depth: depth + 1))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { text += String(cString: content) }
            default:
                break
            }
            child = current.pointee.next
        }
        let namespace = node.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) }
        return XMLElement(name: name, namespace: namespace, attributes: attributes, children: children,
                          text: text, location: location)
    }

    private func qualifiedName(_ node: xmlNodePtr) -> String {
        let name = String(cString: node.pointee.name)
        if let prefix = node.pointee.ns?.pointee.prefix { return String(cString: prefix) + ":" + name }
        return name
    }

    private func textContent(of first: xmlNodePtr?) -> String {
        var text = ""
        var node = first
        while let current = node {
            if let content = current.pointee.content { text += String(cString: content) }
            node = current.pointee.next
        }
        return text
    }
}
