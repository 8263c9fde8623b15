import CheckupSupport

/// The character encodings an XML format accepts, checked before parsing from the file's first
/// bytes and its XML declaration, so that a file in any other encoding is refused outright with
/// one located line rather than half-read: a UTF-7 or EBCDIC file hides its markup from every
/// byte scan, UTF-32 gets libxml2's misleading messages, and a UTF-8 file declared ISO-8859-1
/// imports as mojibake.
///
/// UTF-8 (with or without a byte-order mark) is always accepted. The parser checks again, from
/// the decoder libxml2 actually chose (`checkup_encoding_allowed` in shim.h), so a declaration
/// this look misses is refused all the same.
public struct XMLEncodings: Sendable, Hashable {
    /// UTF-16 with a byte-order mark (never without one).
    public var utf16: Bool
    /// GBK, GB2312 and GB18030, when the XML declaration names them.
    public var gb: Bool

    /// Creates a set of accepted encodings beyond UTF-8.
    public init(utf16: Bool, gb: Bool) {
        self.utf16 = utf16
        self.gb = gb
    }

    /// UTF-8 only: checklists (docs/checklist-format.md).
    public static let utf8 = XMLEncodings(utf16: false, gb: false)
    /// UTF-8, UTF-16 with a BOM, declared GBK / GB2312 / GB18030: self-check files
    /// (docs/selfcheck-format.md), which come from enterprises' own systems.
    public static let selfCheck = XMLEncodings(utf16: true, gb: true)

    /// The names of the GB family as an XML declaration may spell them (compared in upper case).
    static let gbNames: Set<String> = ["GBK", "GB2312", "GB18030", "CP936", "GB_2312-80"]

    /// What people are told to do, for the refusal.
    var advice: String {
        utf16 || gb ? XMLText.allowedSelfCheck.text() : XMLText.allowedUTF8.text()
    }

    /// Throws `encodingRefused` when `head` (the first bytes of the input; 1 KB are looked at)
    /// is in an encoding outside this set, or declares one.
    func check<Bytes: Collection<UInt8>>(_ head: Bytes, file: String) throws(XMLError) {
        let at = SourceLocation(file: file, line: 1, column: 1)
        func refuse(_ name: String) -> XMLError { .encodingRefused(at, name: name, advice: advice) }
        let b = Array(head.prefix(1024))
        func starts(_ prefix: [UInt8]) -> Bool { b.starts(with: prefix) }
        if starts([0x00, 0x00, 0xFE, 0xFF]) || starts([0xFF, 0xFE, 0x00, 0x00]) || starts([0x00, 0x00, 0x00, 0x3C])
            || starts([0x3C, 0x00, 0x00, 0x00]) || starts([0x00, 0x3C, 0x00, 0x00]) || starts([0x00, 0x00, 0x3C, 0x00]) {
            throw refuse("UTF-32")
        }
        if starts([0x4C, 0x6F, 0xA7, 0x94]) { throw refuse("EBCDIC") }
        if starts([0xFE, 0xFF]) || starts([0xFF, 0xFE]) {
            guard utf16 else { throw refuse("UTF-16") }
            let big = b[0] == 0xFE
            var units: [UInt16] = []
            var index = 2
            while index + 1 < b.count {
                units.append(big ? UInt16(b[index]) << 8 | UInt16(b[index + 1]) : UInt16(b[index + 1]) << 8 | UInt16(b[index]))
                index += 2
            }
            let text = Array(String(decoding: units, as: UTF16.self).utf8)
            if let declared = Self.declaredEncoding(text[...]), !declared.uppercased().hasPrefix("UTF-16"),
               declared.uppercased() != "UTF16" {
                throw .encodingRefused(at, name: "\(declared) (UTF-16)", advice: advice)
            }
            return
        }
        if starts([0x00, 0x3C]) || starts([0x3C, 0x00]) { throw refuse(XMLText.utf16WithoutBOM.text()) }
        var body = b[...]
        if starts([0xEF, 0xBB, 0xBF]) { body = b[3...] }
        guard let declared = Self.declaredEncoding(body) else { return }
        let name = declared.uppercased()
        if name == "UTF-8" || name == "UTF8" { return }
        if gb, Self.gbNames.contains(name), body.startIndex == 0 { return }
        throw refuse(declared)
    }

    /// The encoding named by an XML declaration at the start of `bytes` (ASCII markup), or nil
    /// when there is no declaration, it names none, or it is longer than the bytes looked at
    /// (the parser's own check then decides).
    static func declaredEncoding(_ bytes: ArraySlice<UInt8>) -> String? {
        let text = Array(bytes)
        guard text.starts(with: Array("<?xml".utf8)), text.count > 5,
              [0x20, 0x09, 0x0A, 0x0D].contains(text[5]) else { return nil }
        var end = 5
        while end + 1 < text.count, !(text[end] == UInt8(ascii: "?") && text[end + 1] == UInt8(ascii: ">")) { end += 1 }
        guard end + 1 < text.count else { return nil }
        let declaration = String(decoding: text[5..<end], as: UTF8.self)
        guard let key = declaration.range(of: "encoding") else { return nil }
        var rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        let value = rest.dropFirst().prefix { $0 != quote }
        return String(value)
    }
}
