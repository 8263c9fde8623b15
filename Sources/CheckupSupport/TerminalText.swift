/// Text made safe to print on a terminal: every character that a terminal would act on instead
/// of showing, or that would be invisible, is replaced by a visible stand-in.
///
/// Names, notes and file names come from outside. Printed raw, an ESC sequence retitles or
/// clears the terminal (`ESC ] 0 ; … BEL`), a CR overwrites the line, and a bidi override makes
/// text read backwards. So terminal output shows:
/// - C0 controls (U+0000–U+001F) other than line feed and tab, as the Control Pictures
///   U+2400–U+241F (`␛` for ESC, `␍` for CR, `␀` for NUL), and DEL as `␡`;
/// - C1 controls (U+0080–U+009F), bidi controls, zero-width and other invisible format
///   characters (Unicode category Cf, e.g. U+202E, U+200B, U+FEFF) and the line and paragraph
///   separators U+2028/U+2029, as `<U+XXXX>`.
/// Line feed and tab are kept: they lay out the output. Files (JSON, CSV, XLSX, HTML) keep the
/// data as it is, escaped by their own rules.
public enum TerminalText {
    /// `text` with every control, bidi and invisible format character made visible.
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsStandIn) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard needsStandIn(scalar) else {
                out.append(scalar)
                continue
            }
            switch scalar.value {
            case 0x00..<0x20: out.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: out.append("\u{2421}")
            default:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out.append(contentsOf: "<U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex)>".unicodeScalars)
            }
        }
        return String(out)
    }

    /// Whether `scalar` is shown by a stand-in.
    static func needsStandIn(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return value != 0x0A && value != 0x09 }
        if value < 0x7F { return false }
        if value <= 0x9F { return true }
        if value < 0x00AD { return false }
        if value == 0x2028 || value == 0x2029 { return true }
        return scalar.properties.generalCategory == .format
    }
}
