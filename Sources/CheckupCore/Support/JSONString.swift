/// The one writer of JSON strings. Every JSON Checkup writes without `JSONEncoder` — the ledger
/// and hazard lists streamed to their files, the self-check answers and inspector lists the
/// import stores — escapes through it, exactly as `JSONEncoder` with `.withoutEscapingSlashes`
/// does: quote and backslash escaped, control characters as `\b \t \n \f \r` or `\u00xx`
/// (lower-case hex), everything else (slashes, DEL, non-ASCII) as it is. `JSONStringTests`
/// holds it to `JSONEncoder`.
public enum JSONString {
    /// Whether `byte` must be escaped: a control character, a quote or a backslash. UTF-8 lead
    /// and continuation bytes are all 0x80 or above, so a byte test is a character test.
    @inlinable @inline(__always)
    public static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// Whether any of the `count` bytes at `source` needs an escape, settled eight bytes at a
    /// time (nearly no text needs one, and then it is copied whole): the last, partial word is
    /// the one ending at the end, and a text shorter than a word is padded with bytes that need none.
    @inlinable
    public static func anyNeedsEscape(_ source: UnsafePointer<UInt8>, count: Int) -> Bool {
        guard count >= 8 else {
            var word: UInt64 = 0x4141_4141_4141_4141  // "AAAAAAAA"
            for index in 0..<count { word = word << 8 | UInt64(source[index]) }
            return anyNeedsEscape(word)
        }
        let raw = UnsafeRawPointer(source)
        var offset = 0
        while offset + 8 < count {
            if anyNeedsEscape(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) { return true }
            offset += 8
        }
        return anyNeedsEscape(raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
    }

    /// Whether any byte of `word` is below 0x20, a quote or a backslash (the classic "has a
    /// byte less than n" and "has a zero byte" tests; exact as yes-or-no answers).
    @inlinable @inline(__always)
    public static func anyNeedsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let control = (word &- ones &* 0x20) & ~word & highs
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let quotes = (quote &- ones) & ~quote & highs
        let backslashes = (backslash &- ones) & ~backslash & highs
        return control | quotes | backslashes != 0
    }

    /// Hands `emit` the escape of one byte that `needsEscape`.
    @inlinable
    public static func escape(_ byte: UInt8, _ emit: (UInt8) -> Void) {
        emit(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""): emit(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): emit(UInt8(ascii: "\\"))
        case 0x08: emit(UInt8(ascii: "b"))
        case 0x09: emit(UInt8(ascii: "t"))
        case 0x0A: emit(UInt8(ascii: "n"))
        case 0x0C: emit(UInt8(ascii: "f"))
        case 0x0D: emit(UInt8(ascii: "r"))
        default:
            func hex(_ digit: UInt8) -> UInt8 { digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10 }
            emit(UInt8(ascii: "u"))
            emit(UInt8(ascii: "0"))
            emit(UInt8(ascii: "0"))
            emit(hex(byte >> 4))
            emit(hex(byte & 0x0F))
        }
    }

    /// Appends `value` to `out`, quoted and escaped.
    public static func append(_ value: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { bytes in
            guard let base = bytes.baseAddress, anyNeedsEscape(base, count: bytes.count) else {
                out.append(contentsOf: bytes)
                return
            }
            var start = 0
            for index in 0..<bytes.count where needsEscape(bytes[index]) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                start = index + 1
                escape(bytes[index]) { out.append($0) }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    /// `value` as a JSON string, quoted and escaped.
    public static func quoted(_ value: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(value.utf8.count + 2)
        append(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
