import CLibXML2

/// A start tag as `XMLEventParser` reports it to an `XMLEventHandler`: its name, namespace,
/// attributes and place. It points into the parser's buffers, so it is valid only during the
/// `startElement` call; copy out what you need.
public struct XMLStartTag {
    unowned(unsafe) let parser: XMLEventParser
    @usableFromInline let localNamePointer: UnsafePointer<xmlChar>?
    let uriPointer: UnsafePointer<xmlChar>?
    /// libxml2's SAX2 attribute array: five pointers per attribute (local name, prefix, URI,
    /// value start, value end).
    let attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    let attributeCount: Int

    /// Nesting depth, the root being 0.
    public let depth: Int

    /// The tag's line (where its `>` is). Read from the parser when the tag is made: asking the
    /// parser later retained and released it on every call.
    public let line: Int

    /// Local name (without prefix).
    public var localName: String { parser.intern(localNamePointer) }

    /// Whether the local name is `name`: a byte comparison, for handlers that dispatch on names
    /// many times a file and need no `String`.
    ///
    /// Inlinable, so that the name is a constant where it is called rather than a call across
    /// the module boundary, several times per element.
    @inlinable
    public func hasLocalName(_ name: StaticString) -> Bool {
        guard let localNamePointer else { return false }
        return Self.equal(localNamePointer, UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    }

    /// Namespace URI, or nil for an element in no namespace.
    public var namespaceURI: String? {
        guard let uriPointer else { return nil }
        return parser.intern(uriPointer)
    }

    /// The tag's line (where its `>` is). The column is not known while streaming and is given
    /// as 1, the convention for "unknown" here: a caller that refuses a file finds exact columns
    /// afterwards (as `SelfCheckLocator` does), so accepted files never pay for it.
    public var location: SourceLocation {
        SourceLocation(file: parser.file, line: line, column: 1)
    }

    /// Value of the unprefixed attribute `name`, or nil when the tag has none.
    public func attribute(_ name: String) -> String? {
        var name = name
        return name.withUTF8 { wanted in
            value(of: wanted).map { raw in Self.withDecoded(raw) { String(decoding: $0, as: UTF8.self) } }
        }
    }

    /// Value of the attribute `name` in the namespace `namespace` (`r:id` in OOXML is `id` in
    /// the relationships namespace), or nil when the tag has none.
    public func attribute(_ name: String, namespace: String) -> String? {
        guard let attributes, attributeCount > 0 else { return nil }
        var name = name
        var namespace = namespace
        return name.withUTF8 { wantedName in
            namespace.withUTF8 { wantedNamespace in
                for index in 0..<attributeCount {
                    let entry = attributes + index * 5
                    guard let local = entry[0], let uri = entry[2], Self.equal(local, wantedName),
                          Self.equal(uri, wantedNamespace), let value = entry[3], let end = entry[4] else { continue }
                    return Self.withDecoded(UnsafeBufferPointer(start: value, count: end - value)) {
                        String(decoding: $0, as: UTF8.self)
                    }
                }
                return nil
            }
        }
    }

    /// Calls `body` with the UTF-8 bytes of the unprefixed attribute `name` (valid only during
    /// the call), or returns nil when the tag has none: no `String` is made.
    ///
    /// Inlinable, so that it is specialised where it is called: as a plain generic across the
    /// module boundary it went through an unspecialised `Optional.map` for every attribute read.
    @inlinable
    public func withAttribute<R>(_ name: StaticString, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        guard let raw = value(of: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)) else {
            return nil
        }
        return Self.withDecoded(raw, body)
    }

    @usableFromInline
    func value(of wanted: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        guard let attributes, attributeCount > 0 else { return nil }
        for index in 0..<attributeCount {
            let entry = attributes + index * 5
            guard entry[1] == nil, entry[2] == nil, let local = entry[0],
                  Self.equal(local, wanted), let value = entry[3], let end = entry[4] else { continue }
            return UnsafeBufferPointer(start: value, count: end - value)
        }
        return nil
    }

    /// Calls `body` with an attribute value as the document means it. Without entity
    /// substitution, libxml2's SAX2 parser hands over an ampersand (written `&amp;` or `&#38;`)
    /// as the five bytes `&#38;`, for its tree builder to decode; every other reference arrives
    /// decoded, and entity declarations are refused, so `&#38;` is the only thing to undo.
    @inlinable
    static func withDecoded<R>(_ raw: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        guard let decoded = decodedIfNeeded(raw) else { return body(raw) }
        return decoded.withUnsafeBufferPointer(body)
    }

    /// `raw` decoded as `withDecoded` explains, or nil when it has no `&` and stands as it is.
    @usableFromInline
    static func decodedIfNeeded(_ raw: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard raw.contains(UInt8(ascii: "&")) else { return nil }
        var decoded: [UInt8] = []
        decoded.reserveCapacity(raw.count)
        var index = 0
        while index < raw.count {
            if raw[index] == UInt8(ascii: "&"), index + 4 < raw.count, raw[index + 1] == UInt8(ascii: "#"),
               raw[index + 2] == UInt8(ascii: "3"), raw[index + 3] == UInt8(ascii: "8"), raw[index + 4] == UInt8(ascii: ";") {
                decoded.append(UInt8(ascii: "&"))
                index += 5
            } else {
                decoded.append(raw[index])
                index += 1
            }
        }
        return decoded
    }

    /// Whether the NUL-terminated `name` is exactly `wanted`.
    @inlinable
    static func equal(_ name: UnsafePointer<xmlChar>, _ wanted: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in 0..<wanted.count where name[index] != wanted[index] {
            return false
        }
        return name[wanted.count] == 0
    }
}
