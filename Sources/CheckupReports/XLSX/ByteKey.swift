import Foundation

/// A string compared and hashed by its UTF-8 bytes, for tables of exported text: byte equality
/// is what an export needs (the same bytes come out), and it skips the Unicode normalisation
/// that `String`'s own `==` and hashing do for non-ASCII text such as Chinese.
struct ByteKey: Hashable {
    /// The text.
    let text: String

    init(_ text: String) {
        self.text = text
    }

    static func == (lhs: ByteKey, rhs: ByteKey) -> Bool {
        sameBytes(lhs.text, rhs.text)
    }

    func hash(into hasher: inout Hasher) {
        var copy = text
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Whether `a` and `b` have the same UTF-8 bytes.
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        var a = a
        var b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                guard let p = x.baseAddress, let q = y.baseAddress else { return x.count == y.count }
                return memcmp(p, q, x.count) == 0
            }
        }
    }
}
