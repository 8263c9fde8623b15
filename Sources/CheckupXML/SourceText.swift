/// The raw bytes of an input with a line table, turning byte offsets into line and column.
///
/// libxml2 reports lines but not the columns of elements, so locations of start tags and
/// attributes are found by scanning the source forward in document order.
struct SourceText {
    let bytes: [UInt8]
    let file: String
    /// Byte offset at which each line starts; `lineStarts[0] == 0`.
    let lineStarts: [Int]
    /// Whether offsets can be searched for ASCII markup (not UTF-16).
    let isASCIICompatible: Bool
    /// Whether the text is UTF-8 (columns count characters) rather than a legacy
    /// double-byte encoding (columns count GB18030 characters).
    let isUTF8: Bool

    init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
        var starts = [0]
        starts.reserveCapacity(bytes.count / 40 + 1)
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            starts.append(index + 1)
        }
        lineStarts = starts
        let utf16 = bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)
            || (bytes[0] == 0x3C && bytes[1] == 0x00) || (bytes[0] == 0x00 && bytes[1] == 0x3C))
        isASCIICompatible = !utf16
        isUTF8 = !utf16 && !Self.declaresLegacyEncoding(bytes)
    }

    /// Whether the XML declaration names an encoding other than UTF-8.
    private static func declaresLegacyEncoding(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(200)
        guard let end = head.firstIndex(of: UInt8(ascii: ">")) else { return false }
        let decl = String(decoding: head[..<end], as: UTF8.self).lowercased()
        guard decl.contains("<?xml"), let range = decl.range(of: "encoding") else { return false }
        let rest = decl[range.upperBound...]
        return !(rest.contains("utf-8") || rest.contains("utf8"))
    }

    /// Location of a byte offset.
    func location(ofOffset offset: Int) -> SourceLocation {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        let start = lineStarts[low]
        return SourceLocation(file: file, line: low + 1, column: column(from: start, to: offset))
    }

    /// 1-based column of `offset` on a line starting at `start`.
    private func column(from start: Int, to offset: Int) -> Int {
        var count = 0
        var index = start
        let end = min(offset, bytes.count)
        while index < end {
            let byte = bytes[index]
            if isUTF8 {
                if byte & 0xC0 != 0x80 { count += 1 }
                index += 1
            } else if byte < 0x81 {
                count += 1
                index += 1
            } else {
                // GB18030: two bytes, or four when the second is a digit.
                let second = index + 1 < end ? bytes[index + 1] : 0
                index += (second >= 0x30 && second <= 0x39) ? 4 : 2
                count += 1
            }
        }
        return count + 1
    }

    /// Location of the start of line `line` (first non-blank character), for diagnostics that
    /// come with a line only.
    func location(ofLine line: Int) -> SourceLocation {
        guard isASCIICompatible, line >= 1, line <= lineStarts.count else {
            return SourceLocation(file: file, line: line, column: 1)
        }
        var offset = lineStarts[line - 1]
        while offset < bytes.count, bytes[offset] == 0x20 || bytes[offset] == 0x09 { offset += 1 }
        return location(ofOffset: offset)
    }

    /// Finds the start tag `<qname` at or after `from`, not beyond the end of line `line`.
    func findStartTag(_ qname: [UInt8], from: Int, line: Int) -> Int? {
        guard isASCIICompatible else { return nil }
        let limit = line < lineStarts.count ? lineStarts[line] : bytes.count
        var index = from
        while index + qname.count < limit {
            if bytes[index] == UInt8(ascii: "<") && matches(qname, at: index + 1) {
                let after = index + 1 + qname.count
                if after >= bytes.count || Self.endsName(bytes[after]) { return index }
            }
            index += 1
        }
        return nil
    }

    /// Finds attribute `qname=` inside the start tag that begins at `tagStart`.
    func findAttribute(_ qname: [UInt8], inTagAt tagStart: Int) -> Int? {
        var index = tagStart + 1
        var quote: UInt8 = 0
        while index < bytes.count {
            let byte = bytes[index]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return nil
            } else if Self.isSpace(bytes[index - 1]) && matches(qname, at: index) {
                var after = index + qname.count
                while after < bytes.count && Self.isSpace(bytes[after]) { after += 1 }
                if after < bytes.count && bytes[after] == UInt8(ascii: "=") { return index }
            }
            index += 1
        }
        return nil
    }

    private func matches(_ needle: [UInt8], at offset: Int) -> Bool {
        guard offset + needle.count <= bytes.count else { return false }
        for (i, byte) in needle.enumerated() where bytes[offset + i] != byte { return false }
        return true
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func endsName(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
    }
}
