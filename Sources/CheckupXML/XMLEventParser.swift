import CLibXML2
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Streams a document through an `XMLEventHandler` without building a tree: the bulk
/// self-check import reads thousands of files this way in constant memory. Built on libxml2's
/// SAX2 push parser, with the same refusals as `SecureXML`: no network, no entity declarations,
/// no DOCTYPE with an external DTD or an internal subset, bounded size, depth and text.
///
/// When a schema is given, validation runs in the same pass (libxml2's SAX validation plug), so
/// a file is read once. A parse error stops the parse at once and is reported with its
/// `file:line:col`; schema violations are all gathered and thrown together at the end. A
/// handler's own error stops the parse too, and wins over anything libxml2 found later.
public final class XMLEventParser {
    /// The label used in every location.
    public let file: String
    private let limits: XMLLimits
    private unowned(unsafe) let handler: any XMLEventHandler
    private let collector = DiagnosticCollector()
    /// The push parser while a parse runs.
    private var context: xmlParserCtxtPtr?
    private var handlerError: XMLError?
    /// The document, when it is parsed from memory.
    private var memory: [UInt8]?
    /// Names interned by libxml2's dictionary, converted to Swift strings once per parse.
    private var names: [UnsafeRawPointer: String] = [:]
    /// What the callbacks change for every element, behind a pointer: a stored property of a
    /// class is checked for exclusive access at run time on each change, which cost more than
    /// the rest of a callback (measured with `bench-import-stages`).
    private let state: UnsafeMutablePointer<State>

    /// The callbacks' working state.
    struct State {
        /// Depth of the next start tag (the root's is 0).
        var depth = 0
        /// Depth of the element whose text is being gathered, or -1.
        var collecting = -1
        /// Set when the handler threw or a limit was passed: nothing more is reported.
        var stopped = false
        /// The gathered text: `textCount` bytes at `text`, which has room for `textCapacity`.
        /// Kept by hand rather than in an `[UInt8]`, whose `removeAll(keepingCapacity:)` and
        /// `append(contentsOf:)` cost more per gathered text (every note of a self-check).
        var text: UnsafeMutablePointer<UInt8>?
        var textCount = 0
        var textCapacity = 0

        /// Appends `count` bytes to the gathered text, growing its room as needed.
        mutating func gather(_ bytes: UnsafePointer<UInt8>, count: Int) {
            if textCount + count > textCapacity {
                let capacity = max(textCapacity * 2, textCount + count, 256)
                let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
                if let text {
                    grown.update(from: text, count: textCount)
                    text.deallocate()
                }
                text = grown
                textCapacity = capacity
            }
            // No room only when there is nothing to copy.
            guard let text else { return }
            (text + textCount).update(from: bytes, count: count)
            textCount += count
        }
        /// Bytes of text since the last tag.
        var run = 0
    }

    /// Bytes pushed per call when parsing a file from disk.
    static let chunkSize = 64 * 1024

    private init(file: String, limits: XMLLimits, handler: any XMLEventHandler) {
        self.file = file
        self.limits = limits
        self.handler = handler
        state = UnsafeMutablePointer<State>.allocate(capacity: 1)
        state.initialize(to: State())
    }

    deinit {
        state.pointee.text?.deallocate()
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// Parses a document held in memory (labelled `file` in messages).
    public static func parse(bytes: [UInt8], file: String, schema: XMLSchema? = nil,
                             limits: XMLLimits = .stream, handler: any XMLEventHandler) throws(XMLError) {
        guard bytes.count <= limits.maxBytes else {
            throw .tooLarge(file: file, size: bytes.count, limit: limits.maxBytes)
        }
        guard !bytes.isEmpty else { throw empty(file) }
        let parser = XMLEventParser(file: file, limits: limits, handler: handler)
        parser.memory = bytes
        try bytes.withUnsafeBufferPointer { (buffer) throws(XMLError) in
            try parser.run(schema: schema) { (push) throws(XMLError) in
                // Pushed in the same chunks as a file, so that a parse stopped early (a limit, a
                // refusal) stops within one chunk instead of scanning the rest of the document.
                let all = UnsafeRawBufferPointer(buffer)
                var offset = 0
                repeat {
                    let end = min(offset + chunkSize, all.count)
                    let more = try push(UnsafeRawBufferPointer(rebasing: all[offset..<end]), end == all.count)
                    offset = end
                    if !more { return }
                } while offset < all.count
            }
        }
    }

    /// Parses the file at `path`, read in chunks (never whole). Its size is checked first.
    public static func parse(file path: String, schema: XMLSchema? = nil, limits: XMLLimits = .stream,
                             handler: any XMLEventHandler) throws(XMLError) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw .cannotRead(path: path, reason: String(cString: strerror(errno)))
        }
        guard info.st_mode & S_IFMT != S_IFDIR else { throw .cannotRead(path: path, reason: "is a directory") }
        let size = Int(info.st_size)
        guard size <= limits.maxBytes else { throw .tooLarge(file: path, size: size, limit: limits.maxBytes) }
        guard size > 0 else { throw empty(path) }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .cannotRead(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        try parse(file: path, schema: schema, limits: limits, handler: handler) { (buffer) throws(XMLError) in
            let got = read(fd, buffer.baseAddress, buffer.count)
            if got < 0 { throw .cannotRead(path: path, reason: String(cString: strerror(errno))) }
            return got
        }
    }

    /// Parses a document pulled in chunks from `input`, which fills the buffer it is given (up
    /// to its size) and answers how many bytes it put there, 0 at the end. Labelled `file` in
    /// messages. For a caller that must see every byte parsed (to hash it, say).
    public static func parse(file: String, schema: XMLSchema? = nil, limits: XMLLimits = .stream,
                             handler: any XMLEventHandler,
                             input: (UnsafeMutableRawBufferPointer) throws(XMLError) -> Int) throws(XMLError) {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        guard let base = buffer.baseAddress else { throw .cannotRead(path: file, reason: "out of memory") }
        let parser = XMLEventParser(file: file, limits: limits, handler: handler)
        try parser.run(schema: schema) { (push) throws(XMLError) in
            var total = 0
            while true {
                let got = try input(buffer)
                if got == 0 && total == 0 { throw empty(file) }
                total += got
                // A file may have grown since it was measured.
                if total > limits.maxBytes { throw .tooLarge(file: file, size: total, limit: limits.maxBytes) }
                let more = try push(UnsafeRawBufferPointer(start: base, count: got), got == 0)
                if got == 0 || !more { return }
            }
        }
    }

    private static func empty(_ file: String) -> XMLError {
        .malformed(XMLDiagnostic(location: SourceLocation(file: file, line: 1, column: 1),
                                 message: "file is empty, not XML"))
    }

    /// Sets up the parser (and the validator), lets `feed` push the input through
    /// `push(bytes, last)` (which answers whether more input is wanted), then reports.
    private func run(schema: XMLSchema?,
                     feed: ((UnsafeRawBufferPointer, Bool) throws(XMLError) -> Bool) throws(XMLError) -> Void) throws(XMLError) {
        LibXMLSetup.ensure()
        try collector.withHooks { (hooks) throws(XMLError) in
            hooks.pointee.owner = Unmanaged.passUnretained(self).toOpaque()
            var sax = Self.callbacks()
            var context: xmlParserCtxtPtr?
            var valid: xmlSchemaValidCtxtPtr?
            var plug: xmlSchemaSAXPlugPtr?
            defer {
                if let plug { xmlSchemaSAXUnplug(plug) }
                if let valid { xmlSchemaFreeValidCtxt(valid) }
                if let context { xmlFreeParserCtxt(context) }
                self.context = nil
            }
            // The first chunk is given at creation so that the encoding can be detected.
            var started = false
            let push = { (bytes: UnsafeRawBufferPointer, last: Bool) throws(XMLError) -> Bool in
                var bytes = bytes
                if !started {
                    started = true
                    try self.limits.encodings.check(bytes.prefix(1024), file: self.file)
                    hooks.pointee.allow_utf16 = self.limits.encodings.utf16 ? 1 : 0
                    hooks.pointee.allow_gb = self.limits.encodings.gb ? 1 : 0
                    let head = min(bytes.count, 4)
                    context = checkup_new_sax_parser(&sax, bytes.baseAddress?.assumingMemoryBound(to: CChar.self),
                                                     Int32(head), SecureXML.parseOptions, hooks)
                    guard let made = context else { throw .cannotRead(path: self.file, reason: "cannot create a parser") }
                    self.context = made
                    if let schema {
                        valid = xmlSchemaNewValidCtxt(schema.pointer)
                        guard let valid, let plugged = checkup_plug_schema(made, valid, hooks) else {
                            throw .badSchema(path: schema.path, reason: "cannot attach schema to parser")
                        }
                        plug = plugged
                    }
                    bytes = UnsafeRawBufferPointer(rebasing: bytes[head...])
                }
                guard let context else { return false }
                hooks.pointee.pushed += bytes.count
                _ = xmlParseChunk(context, bytes.baseAddress?.assumingMemoryBound(to: CChar.self),
                                  Int32(bytes.count), last ? 1 : 0)
                return checkup_parser_done(context) == 0
            }
            try feed(push)
            guard let context else { throw Self.empty(file) }
            try report(context, hooks: hooks, validated: valid)
        }
    }

    /// Throws what the parse found, most important first: an entity, a refused DOCTYPE or text
    /// run, the handler's error, a parse error, schema violations.
    private func report(_ context: xmlParserCtxtPtr, hooks: UnsafeMutablePointer<checkup_hooks>,
                        validated valid: xmlSchemaValidCtxtPtr?) throws(XMLError) {
        if hooks.pointee.entity_declared_line != 0 {
            throw .entitiesRefused(SourceLocation(file: file, line: Int(hooks.pointee.entity_declared_line),
                                                  column: max(1, Int(hooks.pointee.entity_declared_column))))
        }
        if let refusal = SecureXML.refusal(hooks, file: file, limits: limits) { throw refusal }
        if let handlerError { throw handlerError }
        let fatal = collector.entries.first { $0.level == Int32(XML_ERR_FATAL.rawValue) }
        if checkup_parser_well_formed(context) == 0 || fatal != nil {
            var diagnostic = parseError(fatal, conversionOffset: DiagnosticCollector.conversionOffset(hooks))
            // libxml2's push parser calls a document cut off inside its elements "Extra content
            // at the end of the document"; say what happened instead.
            let open = state.pointee.depth
            if open > 0, diagnostic.message.hasPrefix("Extra content at the end of the document")
                || diagnostic.message.hasPrefix("Premature end of data") {
                diagnostic.message = "the file ends before the document does (\(open) element\(open == 1 ? "" : "s") "
                    + "still open): it was cut off or is incomplete"
            }
            throw .malformed(diagnostic)
        }
        let problems = collector.errors.map { collector.diagnostic($0, source: nil, file: file) }
        if !problems.isEmpty { throw .invalid(problems) }
        if let valid, xmlSchemaIsValid(valid) != 1 {
            throw .invalid([XMLDiagnostic(location: SourceLocation(file: file, line: 1, column: 1),
                                          message: "document does not match the schema")])
        }
    }

    private func parseError(_ fatal: DiagnosticCollector.Entry?, conversionOffset: Int?) -> XMLDiagnostic {
        guard let entry = fatal ?? collector.errors.first else {
            return XMLDiagnostic(location: location, message: "not well-formed XML")
        }
        var diagnostic = collector.diagnostic(entry, source: nil, file: file)
        if DiagnosticCollector.isConversionFailure(entry), let offset = conversionOffset,
           let prefix = sourcePrefix(offset) {
            diagnostic.location = SourceText(bytes: prefix, file: file).location(ofOffset: offset)
        }
        if diagnostic.location.line <= 0 { diagnostic.location.line = 1 }
        if diagnostic.location.column <= 0 { diagnostic.location.column = 1 }
        diagnostic.message = SecureXML.explain(diagnostic.message)
        return diagnostic
    }

    /// The document's first `count` bytes, to locate an error given as a byte offset: from
    /// memory, or read again from the file (only a refused file pays for it).
    private func sourcePrefix(_ count: Int) -> [UInt8]? {
        if let memory { return Array(memory.prefix(count)) }
        guard let handle = FileHandle(forReadingAtPath: file) else { return nil }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: count)).map { [UInt8]($0) }
    }

    /// Where the parser is: the line it is on and the column just after what it last read.
    var location: SourceLocation {
        SourceLocation(file: file, line: line, column: max(1, Int(checkup_parser_column(context))))
    }

    /// The line the parser is on.
    var line: Int { max(1, Int(checkup_parser_line(context))) }

    func intern(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        let key = UnsafeRawPointer(pointer)
        if let name = names[key] { return name }
        let name = String(cString: pointer)
        names[key] = name
        return name
    }

    /// Stops the parse from inside a callback. Never `xmlStopParser`, which frees the input
    /// buffer under the callback's feet (see `checkup_halt` in shim.h).
    private func fail(_ error: XMLError) {
        if handlerError == nil { handlerError = error }
        state.pointee.stopped = true
        checkup_halt(context)
    }

    // MARK: - Callbacks from libxml2

    /// The parser owning a callback's context (the parser context, whose hooks point back here).
    private static func owner(_ ctx: UnsafeMutableRawPointer?) -> XMLEventParser? {
        guard let hooks = checkup_parser_hooks(ctx), let owner = hooks.pointee.owner else { return nil }
        return Unmanaged<XMLEventParser>.fromOpaque(owner).takeUnretainedValue()
    }

    /// The SAX2 callbacks; `checkup_new_sax_parser` adds the security hooks.
    private static func callbacks() -> xmlSAXHandler {
        var sax = xmlSAXHandler()
        sax.startElementNs = { ctx, localName, _, uri, _, _, attributeCount, defaulted, attributes in
            guard let parser = XMLEventParser.owner(ctx) else { return }
            let state = parser.state
            guard !state.pointee.stopped else { return }
            let depth = state.pointee.depth
            state.pointee.depth = depth + 1
            state.pointee.run = 0
            guard depth < parser.limits.maxDepth else {
                parser.fail(.tooDeep(parser.location, limit: parser.limits.maxDepth))
                return
            }
            // Attributes defaulted by a DTD come last; they are not in the file and never read.
            // (A DTD that could default any is refused before the first element anyway.)
            let tag = XMLStartTag(parser: parser, localNamePointer: localName, uriPointer: uri,
                                  attributes: attributes, attributeCount: Int(attributeCount - defaulted), depth: depth,
                                  line: parser.line)
            do throws(XMLError) {
                if try parser.handler.startElement(tag), state.pointee.collecting < 0 {
                    state.pointee.collecting = depth
                    state.pointee.textCount = 0
                }
            } catch {
                parser.fail(error)
            }
        }
        sax.endElementNs = { ctx, _, _, _ in
            guard let parser = XMLEventParser.owner(ctx) else { return }
            let state = parser.state
            guard !state.pointee.stopped else { return }
            state.pointee.depth -= 1
            state.pointee.run = 0
            guard state.pointee.collecting == state.pointee.depth else {
                parser.handler.endElement(text: nil)
                return
            }
            state.pointee.collecting = -1
            parser.handler.endElement(text: UnsafeBufferPointer(start: state.pointee.text, count: state.pointee.textCount))
        }
        let characters: charactersSAXFunc = { ctx, bytes, count in
            guard let parser = XMLEventParser.owner(ctx) else { return }
            let state = parser.state
            guard !state.pointee.stopped, let bytes, count > 0 else { return }
            state.pointee.run += Int(count)
            guard state.pointee.run <= parser.limits.maxTextBytes else {
                parser.fail(.textTooLong(parser.location, limit: parser.limits.maxTextBytes))
                return
            }
            guard state.pointee.collecting >= 0 else { return }
            state.pointee.gather(bytes, count: Int(count))
        }
        sax.characters = characters
        sax.cdataBlock = characters
        sax.ignorableWhitespace = characters
        return sax
    }
}
