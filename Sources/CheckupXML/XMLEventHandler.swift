/// Receives a document's events from `XMLEventParser`, in document order.
///
/// The parser holds no tree: a handler keeps what it needs and lets the rest go, which is what
/// lets the station import thousands of files in constant memory. Values handed to a handler
/// (the start tag, the text) point into the parser's buffers and are valid only during the call.
///
/// Text is gathered only for the elements that ask for it, and handed over whole with their end
/// tag: most of a data file's text is the white space between elements, and a handler that
/// never sees it never pays for it.
public protocol XMLEventHandler: AnyObject {
    /// A start tag, also of an empty element (`<x/>`, whose end tag follows at once). Return
    /// `true` to receive the element's text (all character data up to its end tag, that of
    /// child elements included) with `endElement`. Throwing stops the parse; `XMLEventParser`
    /// rethrows the error.
    func startElement(_ element: XMLStartTag) throws(XMLError) -> Bool

    /// An end tag. `text` is the element's text as UTF-8 when its start tag asked for it (empty
    /// for an empty element), nil otherwise.
    func endElement(text: UnsafeBufferPointer<UInt8>?)
}
