import Foundation

/// SHA-256 (FIPS 180-4), implemented in pure Swift because swift-crypto is not a dependency.
///
/// Used to fingerprint evidence files, imported self-check files and exported documents so
/// that a later change can be detected. For large files use `SHA256Hasher` and feed it chunks.
public enum SHA256 {
    /// Length of a digest in bytes.
    public static let digestByteCount = 32

    /// The 32-byte digest of `bytes`.
    public static func hash(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        var hasher = SHA256Hasher()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// The 32-byte digest of `data`.
    public static func hash(_ data: Data) -> [UInt8] {
        var hasher = SHA256Hasher()
        hasher.update(data)
        return hasher.finalize()
    }

    /// The digest of `data` as 64 lowercase hex digits (the form `sha256sum` prints).
    public static func hex(_ data: Data) -> String {
        hexEncoded(hash(data))
    }

    /// The digest of `bytes` as 64 lowercase hex digits.
    public static func hex(_ bytes: some Sequence<UInt8>) -> String {
        hexEncoded(hash(bytes))
    }

    /// Lowercase hex encoding of arbitrary bytes (for example a digest from `SHA256Hasher`).
    public static func hexEncoded(_ bytes: some Sequence<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.underestimatedCount * 2)
        for byte in bytes {
            output.append(hexDigits[Int(byte >> 4)])
            output.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// The 64 round constants K (first 32 bits of the fractional parts of the cube roots of
    /// the first 64 primes).
    static let roundConstants: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]
}

/// Incremental SHA-256: feed bytes in chunks of any size with `update`, then `finalize`.
///
/// Lets large evidence files be hashed while reading them piecewise instead of loading them
/// whole. Whole 64-byte blocks are compressed straight from the caller's buffer; only a
/// partial block (< 64 bytes) is copied, into storage inside the hasher, so hashing never
/// allocates except for the returned digest.
public struct SHA256Hasher: Sendable, Equatable {
    /// The eight working hash values H0…H7.
    private var state = State()
    /// The first `byteCount % 64` bytes are an incomplete block waiting for more input; the
    /// rest are stale.
    private var pending = Block()
    /// Total number of message bytes fed so far (wrapping; the padding records the length in
    /// bits modulo 2^64, as FIPS 180-4 does).
    private var byteCount: UInt64 = 0

    /// A fresh hasher with the standard initial hash values.
    public init() {}

    /// Number of bytes waiting in `pending`.
    private var pendingCount: Int { Int(truncatingIfNeeded: byteCount & 63) }

    /// Feeds raw bytes. Whole blocks are compressed in place; at most 63 bytes are copied.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        var input = base
        var remaining = bytes.count
        let filled = pendingCount
        byteCount &+= UInt64(remaining)
        if filled > 0 {
            // Top up the partial block; compress it once it is whole.
            let take = Swift.min(64 &- filled, remaining)
            withUnsafeMutableBytes(of: &pending.bytes) { block in
                UnsafeMutableRawBufferPointer(rebasing: block[filled..<(filled &+ take)])
                    .copyMemory(from: UnsafeRawBufferPointer(start: input, count: take))
            }
            input += take
            remaining &-= take
            guard filled &+ take == 64 else { return }
            withUnsafeBytes(of: pending.bytes) { block in
                if let start = block.baseAddress { SHA256Hasher.compress(&state, start, blockCount: 1) }
            }
        }
        let wholeBlocks = remaining / 64
        if wholeBlocks > 0 {
            SHA256Hasher.compress(&state, input, blockCount: wholeBlocks)
            input += wholeBlocks &* 64
            remaining &-= wholeBlocks &* 64
        }
        if remaining > 0 {
            withUnsafeMutableBytes(of: &pending.bytes) { block in
                UnsafeMutableRawBufferPointer(rebasing: block[0..<remaining])
                    .copyMemory(from: UnsafeRawBufferPointer(start: input, count: remaining))
            }
        }
    }

    /// Feeds the bytes of `data`.
    public mutating func update(_ data: Data) {
        data.withUnsafeBytes { update($0) }
    }

    /// Feeds a byte sequence; contiguous collections such as `[UInt8]` are read in place,
    /// other sequences through a 4 KiB buffer on the stack.
    public mutating func update(_ bytes: some Sequence<UInt8>) {
        let handled: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            update(UnsafeRawBufferPointer(buffer))
        }
        guard handled == nil else { return }
        withUnsafeTemporaryAllocation(byteCount: 4096, alignment: 8) { chunk in
            var count = 0
            for byte in bytes {
                chunk[count] = byte
                count &+= 1
                if count == chunk.count {
                    update(UnsafeRawBufferPointer(chunk))
                    count = 0
                }
            }
            update(UnsafeRawBufferPointer(rebasing: chunk[0..<count]))
        }
    }

    /// Pads the message, returns the 32-byte digest and resets the hasher to its initial
    /// state so it can be reused for another message.
    public mutating func finalize() -> [UInt8] {
        let filled = pendingCount
        let bitLength = byteCount &* 8
        var last = pending
        withUnsafeMutableBytes(of: &last.bytes) { block in
            guard let start = block.baseAddress else { return }
            // The padding: a 1 bit, zeros up to 8 bytes short of a block boundary, then the
            // message length in bits as a big-endian 64-bit number.
            block[filled] = 0x80
            block[(filled &+ 1)...].initializeMemory(as: UInt8.self, repeating: 0)
            if filled >= 56 {
                // No room for the length in this block: it goes into one more.
                SHA256Hasher.compress(&state, start, blockCount: 1)
                block.initializeMemory(as: UInt8.self, repeating: 0)
            }
            block.storeBytes(of: bitLength.bigEndian, toByteOffset: 56, as: UInt64.self)
            SHA256Hasher.compress(&state, start, blockCount: 1)
        }
        let words = state
        let digest = [UInt8](unsafeUninitializedCapacity: SHA256.digestByteCount) { buffer, count in
            let raw = UnsafeMutableRawBufferPointer(buffer)
            raw.storeBytes(of: words.h0.bigEndian, toByteOffset: 0, as: UInt32.self)
            raw.storeBytes(of: words.h1.bigEndian, toByteOffset: 4, as: UInt32.self)
            raw.storeBytes(of: words.h2.bigEndian, toByteOffset: 8, as: UInt32.self)
            raw.storeBytes(of: words.h3.bigEndian, toByteOffset: 12, as: UInt32.self)
            raw.storeBytes(of: words.h4.bigEndian, toByteOffset: 16, as: UInt32.self)
            raw.storeBytes(of: words.h5.bigEndian, toByteOffset: 20, as: UInt32.self)
            raw.storeBytes(of: words.h6.bigEndian, toByteOffset: 24, as: UInt32.self)
            raw.storeBytes(of: words.h7.bigEndian, toByteOffset: 28, as: UInt32.self)
            count = SHA256.digestByteCount
        }
        self = SHA256Hasher()
        return digest
    }

    /// Hashers are equal when they have absorbed the same message so far, however it was
    /// split into updates (the stale bytes after the pending ones do not count).
    public static func == (lhs: SHA256Hasher, rhs: SHA256Hasher) -> Bool {
        guard lhs.state == rhs.state, lhs.byteCount == rhs.byteCount else { return false }
        let count = lhs.pendingCount
        return withUnsafeBytes(of: lhs.pending.bytes) { left in
            withUnsafeBytes(of: rhs.pending.bytes) { right in
                left[0..<count].elementsEqual(right[0..<count])
            }
        }
    }

    /// The working hash values H0…H7.
    private struct State: Sendable, Equatable {
        var h0: UInt32 = 0x6a09e667
        var h1: UInt32 = 0xbb67ae85
        var h2: UInt32 = 0x3c6ef372
        var h3: UInt32 = 0xa54ff53a
        var h4: UInt32 = 0x510e527f
        var h5: UInt32 = 0x9b05688c
        var h6: UInt32 = 0x1f83d9ab
        var h7: UInt32 = 0x5be0cd19
    }

    /// 64 bytes of inline storage for a partial block, so that a hasher needs no heap buffer.
    /// `bytes` is a homogeneous tuple, which Swift lays out contiguously; it is only ever
    /// accessed through `withUnsafe(Mutable)Bytes(of:)`.
    private struct Block: Sendable {
        var bytes: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
    }
}

// MARK: - Compression function

extension SHA256Hasher {
    @inline(__always)
    private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 {
        (x >> n) | (x << (32 &- n))
    }

    /// Compresses `blockCount` consecutive 64-byte blocks starting at `base` into `state`.
    private static func compress(_ state: inout State, _ base: UnsafeRawPointer, blockCount: Int) {
        SHA256.roundConstants.withUnsafeBufferPointer { constants in
            guard let k = constants.baseAddress else { return }
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
                guard let w = schedule.baseAddress else { return }
                var h0 = state.h0, h1 = state.h1, h2 = state.h2, h3 = state.h3
                var h4 = state.h4, h5 = state.h5, h6 = state.h6, h7 = state.h7
                for block in 0..<blockCount {
                    let bytes = base + block * 64
                    for t in 0..<16 {
                        w[t] = UInt32(bigEndian: bytes.loadUnaligned(fromByteOffset: t * 4, as: UInt32.self))
                    }
                    for t in 16..<64 {
                        let x = w[t - 15], y = w[t - 2]
                        let s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >> 3)
                        let s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >> 10)
                        w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
                    }
                    var a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7
                    for t in 0..<64 {
                        let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
                        let choice = (e & f) ^ (~e & g)
                        let temp1 = h &+ s1 &+ choice &+ k[t] &+ w[t]
                        let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
                        let majority = (a & b) ^ (a & c) ^ (b & c)
                        let temp2 = s0 &+ majority
                        h = g
                        g = f
                        f = e
                        e = d &+ temp1
                        d = c
                        c = b
                        b = a
                        a = temp1 &+ temp2
                    }
                    h0 &+= a; h1 &+= b; h2 &+= c; h3 &+= d
                    h4 &+= e; h5 &+= f; h6 &+= g; h7 &+= h
                }
                state = State(h0: h0, h1: h1, h2: h2, h3: h3, h4: h4, h5: h5, h6: h6, h7: h7)
            }
        }
    }
}
