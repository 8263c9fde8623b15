/// Terminal display width of text, aware of Chinese and other East Asian wide characters.
///
/// `String.count` counts characters, but a terminal shows 汉字 in two columns, so tables
/// padded by `count` come out ragged. These helpers measure and pad by display columns.
///
/// Rules (per grapheme cluster, i.e. Swift `Character`):
/// - 2 columns: East Asian Wide/Fullwidth — CJK Unified Ideographs and extensions, CJK
///   radicals and strokes, CJK symbols and punctuation U+3000–303F, Hiragana, Katakana,
///   Bopomofo, Hangul, enclosed CJK, CJK compatibility, full-width forms U+FF01–FF60 and
///   U+FFE0–FFE6, and emoji in emoji presentation (including text-default emoji followed by
///   VS16 U+FE0F, flags and ZWJ sequences);
/// - 0 columns: combining marks, format characters (ZWJ, zero-width space, …) and control
///   characters, including a combining mark standing alone;
/// - 1 column: everything else. Ambiguous-width characters such as `…` and `·` are counted
///   as 1, as in non-CJK locales.
public enum TextWidth {
    /// Horizontal alignment used by `pad(_:to:alignment:)`.
    public enum Alignment: String, Sendable, Hashable, Codable, CaseIterable {
        /// Text at the left, spaces added on the right.
        case leading
        /// Text at the right, spaces added on the left (numbers in tables).
        case trailing
        /// Text centred, the odd space going to the right.
        case center
    }

    /// The number of terminal columns `s` occupies.
    public static func of(_ s: String) -> Int {
        s.reduce(0) { $0 + of($1) }
    }

    /// The number of terminal columns one grapheme cluster occupies (0, 1 or 2).
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        var hasVariationSelector16 = false
        var firstVisible: Unicode.Scalar?
        for scalar in scalars {
            if scalar.value == 0xFE0F { hasVariationSelector16 = true }
            if scalar.properties.isEmojiPresentation { return 2 }
            if firstVisible == nil && !isZeroWidth(scalar) { firstVisible = scalar }
        }
        guard let base = firstVisible else { return 0 }
        if hasVariationSelector16 && base.properties.isEmoji { return 2 }
        return isWide(base) ? 2 : 1
    }

    /// `s` padded with spaces to `width` columns; unchanged if it is already that wide or wider.
    public static func pad(_ s: String, to width: Int, alignment: Alignment = .leading) -> String {
        let missing = width - of(s)
        guard missing > 0 else { return s }
        switch alignment {
        case .leading:
            return s + String(repeating: " ", count: missing)
        case .trailing:
            return String(repeating: " ", count: missing) + s
        case .center:
            let left = missing / 2
            return String(repeating: " ", count: left) + s + String(repeating: " ", count: missing - left)
        }
    }

    /// `s` cut to at most `width` columns, ending in `…` if anything was cut.
    ///
    /// A wide character is never split, so the result can be one column narrower than
    /// `width`; use `fit(_:to:)` for an exact width. A `width` of 0 or less gives "".
    public static func truncate(_ s: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        guard of(s) > width else { return s }
        let budget = width - 1
        var used = 0
        var result = ""
        for character in s {
            let columns = of(character)
            if used + columns > budget { break }
            used += columns
            result.append(character)
        }
        return result + "…"
    }

    /// `s` truncated and then padded so it occupies exactly `width` columns (a table cell).
    public static func fit(_ s: String, to width: Int, alignment: Alignment = .leading) -> String {
        pad(truncate(s, to: width), to: width, alignment: alignment)
    }

    /// Combining marks, format characters and controls take no column of their own.
    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control:
            return true
        default:
            // Hangul medial vowels and final consonants join the preceding initial.
            return (0x1160...0x11FF).contains(scalar.value)
        }
    }

    /// East Asian Wide and Fullwidth ranges (UAX #11), condensed to the blocks that matter.
    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        switch v {
        case 0x1100...0x115F,     // Hangul Jamo initial consonants
             0x2329...0x232A,     // angle brackets
             0x2E80...0x2FFF,     // CJK radicals, Kangxi radicals, ideographic description
             0x3000...0x303F,     // CJK symbols and punctuation (incl. ideographic space)
             0x3040...0x33FF,     // Hiragana … CJK compatibility
             0x3400...0x4DBF,     // CJK extension A
             0x4E00...0x9FFF,     // CJK unified ideographs
             0xA000...0xA4CF,     // Yi
             0xA960...0xA97F,     // Hangul Jamo extended A
             0xAC00...0xD7A3,     // Hangul syllables
             0xF900...0xFAFF,     // CJK compatibility ideographs
             0xFE10...0xFE19,     // vertical forms
             0xFE30...0xFE6F,     // CJK compatibility forms, small form variants
             0xFF01...0xFF60,     // full-width ASCII and punctuation
             0xFFE0...0xFFE6,     // full-width signs (￥ ￡ …)
             0x16FE0...0x16FFF,   // ideographic symbols
             0x17000...0x18CFF,   // Tangut, Khitan
             0x1B000...0x1B2FF,   // kana supplement and extensions
             0x1F200...0x1F2FF,   // enclosed ideographic supplement
             0x20000...0x2FFFD,   // CJK extensions B–F, compatibility supplement
             0x30000...0x3FFFD:   // CJK extensions G–H
            return true
        default:
            return false
        }
    }
}
