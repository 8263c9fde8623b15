/// The XML namespace that `xml:lang` lives in.
public let xmlNamespaceURI = "http://www.w3.org/XML/1998/namespace"

/// An attribute of a parsed element, with where it stands in the source.
public struct XMLAttribute: Sendable, Hashable {
    /// Local name, without prefix.
    public var name: String
    /// Namespace URI, or nil for an unprefixed attribute.
    public var namespace: String?
    /// The attribute value, entity-free (entities are refused).
    public var value: String
    /// Where the attribute's name starts.
    public var location: SourceLocation

    /// Creates an attribute.
    public init(name: String, namespace: String? = nil, value: String, location: SourceLocation) {
        self.name = name
        self.namespace = namespace
        self.value = value
        self.location = location
    }
}

/// A parsed element as a plain Swift value, so modules above CheckupXML never see libxml2.
///
/// Text content is kept as the concatenation of the element's own text and CDATA children;
/// Checkup's formats do not use mixed content.
public struct XMLElement: Sendable, Hashable {
    /// Local name, without prefix.
    public var name: String
    /// Namespace URI, or nil when the element is in no namespace.
    public var namespace: String?
    /// Attributes in source order.
    public var attributes: [XMLAttribute]
    /// Child elements in source order.
    public var children: [XMLElement]
    /// The element's own text (not its descendants').
    public var text: String
    /// Where the start tag begins.
    public var location: SourceLocation

    /// Creates an element.
    public init(name: String, namespace: String? = nil, attributes: [XMLAttribute] = [],
                children: [XMLElement] = [], text: String = "", location: SourceLocation) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.children = children
        self.text = text
        self.location = location
    }

    /// The value of the unprefixed attribute `name`, if present.
    public subscript(attribute name: String) -> String? {
        self.attribute(name)?.value
    }

    /// The unprefixed attribute `name`, if present.
    public func attribute(_ name: String, namespace: String? = nil) -> XMLAttribute? {
        attributes.first { $0.name == name && $0.namespace == namespace }
    }

    /// The value of `xml:lang` on this element, if any.
    public var lang: String? {
        attribute("lang", namespace: xmlNamespaceURI)?.value
    }

    /// Child elements with the given local name, in order.
    public func children(named name: String) -> [XMLElement] {
        children.filter { $0.name == name }
    }

    /// The first child element with the given local name.
    public func child(named name: String) -> XMLElement? {
        children.first { $0.name == name }
    }

    /// The text with leading and trailing white space removed.
    public var trimmedText: String {
        text.trimmingXMLWhitespace()
    }
}

/// A parsed document: its root element and the name of the file it came from.
public struct XMLDocument: Sendable, Hashable {
    /// The root element.
    public var root: XMLElement
    /// The file label used in every location.
    public var file: String

    /// Creates a document.
    public init(root: XMLElement, file: String) {
        self.root = root
        self.file = file
    }
}

extension String {
    /// Removes XML white space (space, tab, CR, LF) and full-width spaces from both ends.
    public func trimmingXMLWhitespace() -> String {
        var scalars = Substring(self).unicodeScalars[...]
        let isSpace: (Unicode.Scalar) -> Bool = {
            $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{3000}"
        }
        while let first = scalars.first, isSpace(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, isSpace(last) { scalars = scalars.dropLast() }
        // Nothing to trim (nearly always) costs no copy; otherwise the rest is copied at once.
        // Rebuilding it through String.UnicodeScalarView appended scalar by scalar, and the
        // importer trims half a dozen values in every file.
        if scalars.startIndex == startIndex && scalars.endIndex == endIndex { return self }
        return String(Substring(scalars))
    }
}
