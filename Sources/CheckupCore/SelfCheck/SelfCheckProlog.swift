import CheckupXML

/// Looks at what comes before a self-check file's root element and refuses a DTD that declares
/// entities or names an external DTD, before any parser sees it.
///
/// The streaming parser refuses entity declarations too (its SAX hook stops the parse at the
/// declaration); this check comes first so that the message can say what a self-check file
/// needs, and so that an external DTD, which the parser would silently not load, is refused by
/// name. No self-check file needs a DTD; a bare `<!DOCTYPE selfcheck>` is tolerated.
enum SelfCheckProlog {
    /// How much of a file is examined: a prolog longer than this is left to the reader.
    static let scanLimit = 64 * 1024

    /// Throws `entitiesRefused` (or `malformed` for an external DTD) at the offending
    /// declaration; returns quietly for a file without a DTD, or when the prolog is not found
    /// in `head`.
    static func check(_ head: ArraySlice<UInt8>, file: String) throws(XMLError) {
        let bytes = ascii(head)
        var index = bytes.startIndex
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index += 3 }
        func starts(_ text: String, at position: Int) -> Bool {
            let pattern = Array(text.utf8)
            return position + pattern.count <= bytes.endIndex && Array(bytes[position..<position + pattern.count]) == pattern
        }
        func skip(past text: String, from position: Int) -> Int? {
            let pattern = Array(text.utf8)
            var scan = position
            while scan + pattern.count <= bytes.endIndex {
                if bytes[scan] == pattern[0] && Array(bytes[scan..<scan + pattern.count]) == pattern { return scan + pattern.count }
                scan += 1
            }
            return nil
        }
        func location(_ offset: Int) -> SourceLocation {
            var line = 1
            var lineStart = bytes.startIndex
            for position in bytes.startIndex..<offset where bytes[position] == 0x0A {
                line += 1
                lineStart = position + 1
            }
            var column = 1
            for position in lineStart..<offset where bytes[position] & 0xC0 != 0x80 { column += 1 }
            return SourceLocation(file: file, line: line, column: column)
        }
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A {
                index += 1
            } else if starts("<?", at: index) {
                guard let end = skip(past: "?>", from: index + 2) else { return }
                index = end
            } else if starts("<!--", at: index) {
                guard let end = skip(past: "-->", from: index + 4) else { return }
                index = end
            } else if starts("<!DOCTYPE", at: index) {
                // The declaration up to its internal subset (if any) or its end.
                var scan = index + 9
                while scan < bytes.endIndex, bytes[scan] != UInt8(ascii: "["), bytes[scan] != UInt8(ascii: ">") { scan += 1 }
                let header = String(decoding: bytes[index..<scan], as: UTF8.self)
                if header.contains("SYSTEM") || header.contains("PUBLIC") {
                    throw .malformed(XMLDiagnostic(location: location(index),
                                                   message: "an external DTD is not allowed in a self-check file (no DOCTYPE is needed)"))
                }
                guard scan < bytes.endIndex, bytes[scan] == UInt8(ascii: "[") else { return }
                let subsetEnd = skip(past: "]", from: scan) ?? bytes.endIndex
                var position = scan
                while position < subsetEnd {
                    if starts("<!ENTITY", at: position) { throw .entitiesRefused(location(position)) }
                    position += 1
                }
                return
            } else {
                return
            }
        }
    }

    /// The bytes of a UTF-16 head as UTF-8 (markup is ASCII either way); others unchanged.
    private static func ascii(_ head: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard head.count >= 2 else { return head }
        let first = head[head.startIndex], second = head[head.startIndex + 1]
        let bigEndian: Bool
        var start = head.startIndex
        switch (first, second) {
        case (0xFE, 0xFF): bigEndian = true; start += 2
        case (0xFF, 0xFE): bigEndian = false; start += 2
        case (0x00, 0x3C): bigEndian = true
        case (0x3C, 0x00): bigEndian = false
        default: return head
        }
        var units: [UInt16] = []
        var offset = start
        while offset + 1 < head.endIndex {
            let a = UInt16(head[offset]), b = UInt16(head[offset + 1])
            units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
            offset += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)[...]
    }
}
