/// Receives a document's events from `XMLEventParser`, in document order.
///
/// The parser holds no tree: a handler keeps what it needs and lets the rest go, which is what
/// lets the station import thousands of files in constant memory. Values handed to a handler
/// (the start tag, the character bytes) point into the parser's buffers and are valid only
/// during the call.
public protocol XMLEventHandler: AnyObject {
    /// A start tag, also of an empty element (`<x/>`, whose end tag follows at once). Throwing
    /// stops the parse; `XMLEventParser` rethrows the error.
    func startElement(_ element: XMLStartTag) throws(XMLError)

    /// Character data (text or CDATA) of the current element, as UTF-8, possibly in several
    /// pieces. White space between elements is reported too.
    func characters(_ utf8: UnsafeBufferPointer<UInt8>)

    /// An end tag.
    func endElement()
}
