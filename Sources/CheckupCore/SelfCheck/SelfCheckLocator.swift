import CheckupXML

/// Finds the column of an element on a known line of a file, for refusals. The streaming parser
/// knows the line of each element but not its column; when a file is refused, its bytes are
/// searched once so that every message points at `file:line:col` exactly.
///
/// Columns count characters, as editors do: UTF-8 and UTF-16 files by Unicode scalar, files
/// declared GBK, GB2312 or GB18030 by GB18030 character.
public struct SelfCheckLocator {
    private enum Counting { case utf8, gb18030 }
    /// The file as UTF-8 or as an ASCII-compatible GB encoding.
    private let bytes: [UInt8]
    private let counting: Counting
    /// Offset of the start of each line (index 0 is line 1).
    private let lineStarts: [Int]

    /// Prepares to search `source`, the file's bytes in whatever encoding it has.
    public init(source: [UInt8]) {
        var bytes = source
        var counting = Counting.utf8
        if let text = Self.decodeUTF16(source) {
            bytes = Array(text.utf8)
        } else if Self.declaresGB(source) {
            counting = .gb18030
        }
        self.bytes = bytes
        self.counting = counting
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == 0x0A { starts.append(offset + 1) }
        lineStarts = starts
    }

    /// The column of the start tag of `element` on `line` — the one whose `attribute` has
    /// `value`, when both are given — or nil when it is not there.
    public func column(line: Int, element: String, attribute: String? = nil, value: String? = nil) -> Int? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] : bytes.count
        let name = Array(element.utf8)
        var offset = start
        while offset < end {
            guard bytes[offset] == UInt8(ascii: "<"), let tagEnd = matchName(name, at: offset + 1, end: end) else {
                offset += 1
                continue
            }
            if let attribute, let value {
                guard tagHasAttribute(from: tagEnd, end: end, name: attribute, value: value) else {
                    offset += 1
                    continue
                }
            }
            return characters(from: start, to: offset) + 1
        }
        return nil
    }

    /// `location` with its column found, when it is unknown (0 or 1) and the element is on its line.
    public func refine(_ location: SourceLocation, element: String, attribute: String? = nil,
                       value: String? = nil) -> SourceLocation {
        guard location.column <= 1, let column = column(line: location.line, element: element,
                                                          attribute: attribute, value: value) else { return location }
        var refined = location
        refined.column = column
        return refined
    }

    /// `document` with the columns of its elements found.
    public func refine(_ document: SelfCheckDocument) -> SelfCheckDocument {
        var result = document
        result.locations.root = refine(document.locations.root, element: "selfcheck")
        result.locations.enterprise = refine(document.locations.enterprise, element: "enterprise")
        result.locations.performedAt = refine(document.locations.performedAt, element: "performed-at")
        result.locations.performedBy = refine(document.locations.performedBy, element: "performed-by")
        result.locations.profile = refine(document.locations.profile, element: "profile")
        for index in result.results.indices {
            let item = result.results[index]
            result.results[index].location = refine(item.location, element: "result", attribute: "item", value: item.itemID)
        }
        return result
    }

    /// Diagnostics with columns found where they are unknown (0 or 1): a message naming
    /// `Element 'x'` (as libxml2's schema messages do) is pointed at the first `<x` on its line,
    /// any other at the first start tag on its line.
    public func refine(_ diagnostics: [XMLDiagnostic]) -> [XMLDiagnostic] {
        diagnostics.map { diagnostic in
            guard diagnostic.location.column <= 1 else { return diagnostic }
            var refined = diagnostic
            if let element = SelfCheckMessages.quoted(after: "Element ", in: diagnostic.message) {
                let local = element.split(separator: "}").last.map(String.init) ?? element
                refined.location = refine(diagnostic.location, element: local)
            } else if let column = firstTagColumn(line: diagnostic.location.line) {
                refined.location.column = column
            }
            return refined
        }
    }

    /// The column of the first start tag on `line`.
    public func firstTagColumn(line: Int) -> Int? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] : bytes.count
        var offset = start
        while offset + 1 < end {
            if bytes[offset] == UInt8(ascii: "<") {
                let next = bytes[offset + 1]
                if next != UInt8(ascii: "/") && next != UInt8(ascii: "!") && next != UInt8(ascii: "?") {
                    return characters(from: start, to: offset) + 1
                }
            }
            offset += 1
        }
        return nil
    }

    // MARK: Scanning

    /// After `<` at `offset - 1`: an optional `prefix:` then `name`, then white space, `/` or
    /// `>`. Returns the offset after the name.
    private func matchName(_ name: [UInt8], at offset: Int, end: Int) -> Int? {
        var position = offset
        // Skip a prefix.
        var scan = offset
        while scan < end, bytes[scan] != UInt8(ascii: ":"), !Self.isNameEnd(bytes[scan]) { scan += 1 }
        if scan < end, bytes[scan] == UInt8(ascii: ":") { position = scan + 1 }
        guard position + name.count <= end, Array(bytes[position..<position + name.count]) == name else { return nil }
        let after = position + name.count
        guard after == end || Self.isNameEnd(bytes[after]) else { return nil }
        return after
    }

    private static func isNameEnd(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">")
    }

    /// Whether the tag starting before `from` has `name="value"` (or single quotes) before its end.
    private func tagHasAttribute(from: Int, end: Int, name: String, value: String) -> Bool {
        var tagEnd = from
        while tagEnd < end, bytes[tagEnd] != UInt8(ascii: ">") { tagEnd += 1 }
        let tag = bytes[from..<tagEnd]
        for quote in ["\"", "'"] {
            let patterns = [" \(name)=\(quote)\(value)\(quote)", "\t\(name)=\(quote)\(value)\(quote)"]
            for pattern in patterns where Self.contains(tag, Array(pattern.utf8)) { return true }
        }
        return false
    }

    private static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        var index = haystack.startIndex
        while index + needle.count <= haystack.endIndex {
            if haystack[index] == needle[0] && Array(haystack[index..<index + needle.count]) == needle { return true }
            index += 1
        }
        return false
    }

    /// Characters between two offsets of one line.
    private func characters(from start: Int, to end: Int) -> Int {
        var count = 0
        var offset = start
        switch counting {
        case .utf8:
            while offset < end {
                if bytes[offset] & 0xC0 != 0x80 { count += 1 }
                offset += 1
            }
        case .gb18030:
            while offset < end {
                let byte = bytes[offset]
                if byte < 0x80 {
                    offset += 1
                } else if offset + 1 < end, (0x30...0x39).contains(bytes[offset + 1]) {
                    offset += 4
                } else {
                    offset += 2
                }
                count += 1
            }
        }
        return count
    }

    // MARK: Encodings

    /// The text of a UTF-16 file (with a byte-order mark, or starting `<?` without one).
    private static func decodeUTF16(_ source: [UInt8]) -> String? {
        guard source.count >= 2 else { return nil }
        var bigEndian: Bool
        var start = 0
        switch (source[0], source[1]) {
        case (0xFE, 0xFF): bigEndian = true; start = 2
        case (0xFF, 0xFE): bigEndian = false; start = 2
        case (0x00, 0x3C): bigEndian = true
        case (0x3C, 0x00): bigEndian = false
        default: return nil
        }
        var units: [UInt16] = []
        units.reserveCapacity((source.count - start) / 2)
        var offset = start
        while offset + 1 < source.count {
            let a = UInt16(source[offset]), b = UInt16(source[offset + 1])
            units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
            offset += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Whether the XML declaration names a GB encoding.
    private static func declaresGB(_ source: [UInt8]) -> Bool {
        let head = source.prefix(200)
        guard let close = head.firstIndex(of: UInt8(ascii: ">")) else { return false }
        let declaration = String(decoding: head[..<close], as: UTF8.self).lowercased()
        guard declaration.hasPrefix("<?xml") else { return false }
        return declaration.contains("gbk") || declaration.contains("gb2312") || declaration.contains("gb18030")
    }
}
