import Foundation

/// The one normal form of every name Checkup stores or matches: enterprise names, townships,
/// industries, addresses, contacts and inspectors, from every input path (`enterprise add`, the
/// CSV list, `import --register`, command-line filters and names).
///
/// Two names that look the same must be the same: "孝顺镇" followed by a zero-width space looked
/// identical to "孝顺镇" and matched nothing. So a name is put in Unicode NFC; invisible format
/// characters (category Cf: zero-width space, joiners, bidi marks and overrides, the BOM, soft
/// hyphen) are **removed**; other control characters count as white space; every run of white
/// space (full-width spaces included) becomes one ASCII space; and leading and trailing white
/// space is dropped. A name that is empty afterwards is refused where a name is required.
public enum Names {
    /// `text` in the normal form described above.
    public static func normalised(_ text: String) -> String {
        // Printable ASCII without spaces is already normal.
        if text.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) { return text }
        var out = String.UnicodeScalarView()
        var space = false
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            let category = scalar.properties.generalCategory
            if category == .format { continue }
            if scalar.properties.isWhitespace || category == .control || category == .lineSeparator
                || category == .paragraphSeparator {
                space = !out.isEmpty
                continue
            }
            if space {
                out.append(" ")
                space = false
            }
            out.append(scalar)
        }
        return String(out)
    }

    /// `text` normalised, or nil when nothing is left.
    public static func normalisedOrNil(_ text: String?) -> String? {
        guard let text else { return nil }
        let name = normalised(text)
        return name.isEmpty ? nil : name
    }
}
