import CheckupCore
import Foundation

/// Text as SpreadsheetML needs it: XML-escaped, without the characters XML 1.0 forbids, and
/// with OOXML's own `_xHHHH_` escape kept literal.
enum XLSXText {
    /// Appends `text` escaped for element content (or, with `attribute`, an attribute value):
    /// `& < >` (and `"` in attributes) become entities; CR becomes `&#13;` so that parsers keep
    /// it; control characters XML 1.0 forbids (U+0000–U+001F other than tab, LF, CR) and the
    /// non-characters U+FFFE/U+FFFF are dropped; a literal `_x0041_` is written `_x005F_x0041_`
    /// so that Excel does not decode it as an escaped character. Runs of ordinary bytes are
    /// copied in one go.
    static func appendEscaped(_ text: String, to out: ByteBuffer, attribute: Bool = false) {
        var text = text
        text.withUTF8 { bytes in
            let count = bytes.count
            var runStart = 0
            var index = 0
            func flush() {
                if index > runStart { out.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            }
            while index < count {
                let byte = bytes[index]
                var replacement: StaticString? = nil
                var skip = 1
                switch byte {
                case 0x09, 0x0A:
                    guard attribute else { index += 1; continue }
                    replacement = byte == 0x09 ? "&#9;" : "&#10;"
                case 0x0D:
                    replacement = "&#13;"
                case 0x00..<0x20:
                    replacement = ""
                case 0x26:
                    replacement = "&amp;"
                case 0x3C:
                    replacement = "&lt;"
                case 0x3E:
                    replacement = "&gt;"
                case 0x22 where attribute:
                    replacement = "&quot;"
                case 0x5F where startsOOXMLEscape(bytes, at: index):
                    replacement = "_x005F_"
                case 0xEF where index + 2 < count && bytes[index + 1] == 0xBF
                    && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF):
                    replacement = ""
                    skip = 3
                default:
                    index += 1
                    continue
                }
                flush()
                if let replacement { out.append(replacement) }
                index += skip
                runStart = index
            }
            flush()
        }
    }

    /// Most characters (UTF-16 code units) Excel holds in one cell.
    static let maxCellCharacters = 32_767

    /// `text` as it may go into a cell: unchanged when it fits Excel's 32,767 characters (less
    /// one for the `'` a formula-like text gets); otherwise cut at a character boundary and
    /// ended with a visible marker giving the full length (`…［已截断，原文 N 个字符］`), so a
    /// long text from before the input limits still exports, and nobody mistakes it for whole.
    static func fitted(_ text: String) -> String {
        let room = maxCellCharacters - 1
        // UTF-8 is never shorter than UTF-16: most texts need no counting.
        guard text.utf8.count > room, text.utf16.count > room else { return text }
        let marker = InputText.cellTruncated.text(text.unicodeScalars.count)
        let budget = room - marker.utf16.count
        var kept = String.UnicodeScalarView()
        var used = 0
        for scalar in text.unicodeScalars {
            used += scalar.utf16.count
            if used > budget { break }
            kept.append(scalar)
        }
        return String(kept) + marker
    }

    /// `_xHHHH_` at `index`: the escape Excel decodes in cell text.
    private static func startsOOXMLEscape(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + 6 < bytes.count, bytes[index + 1] == 0x78, bytes[index + 6] == 0x5F else { return false }
        for offset in 2...5 {
            let byte = bytes[index + offset]
            let hex = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
            if !hex { return false }
        }
        return true
    }

    /// `text` escaped, as a string (for the small package parts).
    static func escaped(_ text: String, attribute: Bool = false) -> String {
        let buffer = ByteBuffer(capacity: text.utf8.count + 16)
        appendEscaped(text, to: buffer, attribute: attribute)
        return String(decoding: UnsafeBufferPointer(start: buffer.base, count: buffer.count), as: UTF8.self)
    }

    /// Whether `text` needs `xml:space="preserve"`: leading or trailing space, tab or newline.
    static func needsPreserve(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return false }
        func blank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        return blank(first) || blank(last)
    }

    /// Approximate width of `text` in Excel column units: 2 for CJK and other characters beyond
    /// U+07FF (three- and four-byte UTF-8), 1 for the rest; the longest line counts. Stops
    /// counting at `cap`.
    static func displayWidth(_ text: String, cap: Int) -> Int {
        var widest = 0
        var line = 0
        for byte in text.utf8 {
            if byte == 0x0A {
                widest = max(widest, line)
                line = 0
            } else if byte < 0x80 || (byte >= 0xC0 && byte < 0xE0) {
                line += 1
            } else if byte >= 0xE0 {
                line += 2
            }
            if line >= cap { return cap }
        }
        return max(widest, line)
    }

    /// How many lines `text` takes in a wrapped cell `width` Excel units wide: each line of the
    /// text (split at LF) takes its display width (CJK 2, others 1, as `displayWidth`) divided by
    /// the width less one unit of cell padding, rounded up, and at least one line. Latin text
    /// wraps at spaces and so loses part of a line at each break; a tenth is added for that when
    /// the line has spaces. Stops at `cap` lines.
    static func lineCount(_ text: String, width: Int, cap: Int = 100) -> Int {
        let usable = max(1, width - 1)
        var lines = 0
        var line = 0
        var spaces = false
        func close() {
            let effective = spaces ? line + line / 10 : line
            lines += max(1, (effective + usable - 1) / usable)
            line = 0
            spaces = false
        }
        for byte in text.utf8 {
            if byte == 0x0A {
                close()
                if lines >= cap { return cap }
            } else if byte < 0x80 || (byte >= 0xC0 && byte < 0xE0) {
                line += 1
                if byte == 0x20 { spaces = true }
            } else if byte >= 0xE0 {
                line += 2
            }
        }
        close()
        return min(lines, cap)
    }
}
