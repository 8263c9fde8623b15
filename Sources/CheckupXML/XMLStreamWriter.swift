import CLibXML2
import Foundation

/// Writes well-formed, indented UTF-8 XML through libxml2's xmlTextWriter, which escapes text
/// and attribute values. Output is collected in memory; callers write it to disk atomically.
public final class XMLStreamWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    private var failed: String?

    /// Starts a document with an XML declaration (`<?xml version="1.0" encoding="UTF-8"?>`).
    public init(indent: Bool = true) throws(XMLError) {
        LibXMLSetup.ensure()
        guard let buffer = xmlBufferCreate() else { throw .writeFailed("out of memory") }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw .writeFailed("cannot create writer")
        }
        self.buffer = buffer
        self.writer = writer
        if indent {
            xmlTextWriterSetIndent(writer, 1)
            xmlTextWriterSetIndentString(writer, "  ")
        }
        check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "start document")
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    private func check(_ status: Int32, _ what: String) {
        if status < 0 && failed == nil { failed = what }
    }

    /// Opens an element; `namespace` writes an `xmlns` declaration on it.
    public func startElement(_ name: String, namespace: String? = nil) {
        check(xmlTextWriterStartElement(writer, name), "start \(name)")
        if let namespace { attribute("xmlns", namespace) }
    }

    /// Adds an attribute to the element just opened. The value is escaped.
    public func attribute(_ name: String, _ value: String) {
        check(xmlTextWriterWriteAttribute(writer, name, Self.clean(value)), "attribute \(name)")
    }

    /// Writes escaped text content.
    public func text(_ value: String) {
        check(xmlTextWriterWriteString(writer, Self.clean(value)), "text")
    }

    /// Writes `<name>text</name>`.
    public func element(_ name: String, text value: String, attributes: [(String, String)] = []) {
        startElement(name)
        for (key, attributeValue) in attributes { attribute(key, attributeValue) }
        text(value)
        endElement()
    }

    /// Writes a comment; `--` (not allowed inside comments) is spaced out.
    public func comment(_ value: String) {
        var safe = Self.clean(value)
        while safe.contains("--") { safe = safe.replacingOccurrences(of: "--", with: "- -") }
        if safe.hasSuffix("-") { safe += " " }
        check(xmlTextWriterWriteComment(writer, " \(safe) "), "comment")
    }

    /// Closes the innermost open element.
    public func endElement() {
        check(xmlTextWriterEndElement(writer), "end element")
    }

    /// Closes every open element and returns the document's bytes.
    public func finish() throws(XMLError) -> Data {
        check(xmlTextWriterEndDocument(writer), "end document")
        check(xmlTextWriterFlush(writer), "flush")
        if let failed { throw .writeFailed(failed) }
        guard let content = xmlBufferContent(buffer) else { return Data() }
        return Data(bytes: content, count: Int(xmlBufferLength(buffer)))
    }

    /// Removes characters XML 1.0 cannot carry (control characters other than tab, CR, LF).
    static func clean(_ value: String) -> String {
        guard value.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r" || $0.value == 0xFFFE || $0.value == 0xFFFF }) else {
            return value
        }
        var scalars = String.UnicodeScalarView()
        for scalar in value.unicodeScalars
        where !(scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") && scalar.value != 0xFFFE && scalar.value != 0xFFFF {
            scalars.append(scalar)
        }
        return String(scalars)
    }
}
