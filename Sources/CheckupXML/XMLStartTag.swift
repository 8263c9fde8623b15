import CLibXML2

/// A start tag as `XMLEventParser` reports it to an `XMLEventHandler`: its name, namespace,
/// attributes and place. It points into the parser's buffers, so it is valid only during the
/// `startElement` call; copy out what you need.
public struct XMLStartTag {
    unowned(unsafe) let parser: XMLEventParser
    let localNamePointer: UnsafePointer<xmlChar>?
    let uriPointer: UnsafePointer<xmlChar>?
    /// libxml2's SAX2 attribute array: five pointers per attribute (local name, prefix, URI,
    /// value start, value end).
    let attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    let attributeCount: Int

    /// Nesting depth, the root being 0.
    public let depth: Int

    /// Local name (without prefix).
    public var localName: String { parser.intern(localNamePointer) }

    /// Namespace URI, or nil for an element in no namespace.
    public var namespaceURI: String? {
        guard let uriPointer else { return nil }
        return parser.intern(uriPointer)
    }

    /// The tag's line (where its `>` is). The column is not known while streaming and is given
    /// as 1, the convention for "unknown" here: a caller that refuses a file finds exact columns
    /// afterwards (as `SelfCheckLocator` does), so accepted files never pay for it.
    public var location: SourceLocation {
        SourceLocation(file: parser.file, line: parser.location.line, column: 1)
    }

    /// Value of the unprefixed attribute `name`, or nil when the tag has none.
    public func attribute(_ name: String) -> String? {
        guard let attributes, attributeCount > 0 else { return nil }
        var name = name
        return name.withUTF8 { wanted -> String? in
            for index in 0..<attributeCount {
                let entry = attributes + index * 5
                guard entry[1] == nil, entry[2] == nil, let local = entry[0],
                      Self.equal(local, wanted), let value = entry[3], let end = entry[4] else { continue }
                return String(decoding: UnsafeBufferPointer(start: value, count: end - value), as: UTF8.self)
            }
            return nil
        }
    }

    /// Whether the NUL-terminated `name` is exactly `wanted`.
    private static func equal(_ name: UnsafePointer<xmlChar>, _ wanted: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in 0..<wanted.count where name[index] != wanted[index] {
            return false
        }
        return name[wanted.count] == 0
    }
}
