import CSHA256
import Foundation

/// SHA-256 (FIPS 180-4), without a crypto library: swift-crypto is not a dependency. Whole
/// blocks are compressed by the CPU's SHA instructions where it has them (the CSHA256 target,
/// about 4x faster) and by the portable Swift below everywhere else.
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
}

/// Incremental SHA-256: feed bytes in chunks of any size with `update`, then `finalize`.
///
/// Lets large evidence files be hashed while reading them piecewise instead of loading them
/// whole. Whole 64-byte blocks are compressed straight from the caller's buffer; only a
/// partial block (< 64 bytes) is copied, into storage inside the hasher, so hashing never
/// allocates except for the returned digest.
public struct SHA256Hasher: Sendable, Equatable {
    /// Whether this CPU has the SHA instructions that `CSHA256` uses (x86-64 with the SHA
    /// extensions), checked once.
    package static let hardwareAvailable = checkup_sha256_available()

    /// Whether whole blocks go to the CPU's SHA instructions rather than the portable Swift.
    package let usesHardware: Bool
    /// The eight working hash values H0…H7.
    private var state = State()
    /// The first `byteCount % 64` bytes are an incomplete block waiting for more input; the
    /// rest are stale.
    private var pending = Block()
    /// Total number of message bytes fed so far (wrapping; the padding records the length in
    /// bits modulo 2^64, as FIPS 180-4 does).
    private var byteCount: UInt64 = 0

    /// A fresh hasher with the standard initial hash values.
    public init() {
        self.init(portable: false)
    }

    /// A fresh hasher that uses only the portable Swift compression when `portable` is true,
    /// so that tests can hold both implementations to the same digests on one machine.
    package init(portable: Bool) {
        usesHardware = !portable && SHA256Hasher.hardwareAvailable
    }

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
            let whole = pending
            withUnsafeBytes(of: whole.bytes) { block in
                if let start = block.baseAddress {
                    SHA256Hasher.compress(&state, start, blockCount: 1, hardware: usesHardware)
                }
            }
        }
        let wholeBlocks = remaining / 64
        if wholeBlocks > 0 {
            SHA256Hasher.compress(&state, input, blockCount: wholeBlocks, hardware: usesHardware)
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
                SHA256Hasher.compress(&state, start, blockCount: 1, hardware: usesHardware)
                block.initializeMemory(as: UInt8.self, repeating: 0)
            }
            block.storeBytes(of: bitLength.bigEndian, toByteOffset: 56, as: UInt64.self)
            SHA256Hasher.compress(&state, start, blockCount: 1, hardware: usesHardware)
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
        self = SHA256Hasher(portable: !usesHardware)
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
    /// Compresses `blockCount` consecutive 64-byte blocks starting at `input` into `state`,
    /// with the CPU's SHA instructions when `hardware` is true.
    private static func compress(_ state: inout State, _ input: UnsafeRawPointer, blockCount: Int, hardware: Bool) {
        guard hardware else {
            portableCompress(&state, input, blockCount: blockCount)
            return
        }
        // A homogeneous tuple is laid out as an array of its elements: the uint32_t[8] C wants.
        var words = (state.h0, state.h1, state.h2, state.h3, state.h4, state.h5, state.h6, state.h7)
        withUnsafeMutableBytes(of: &words) { raw in
            guard let base = raw.baseAddress else { return }
            checkup_sha256_blocks(base.assumingMemoryBound(to: UInt32.self),
                                  input.assumingMemoryBound(to: UInt8.self), blockCount)
        }
        state = State(h0: words.0, h1: words.1, h2: words.2, h3: words.3,
                      h4: words.4, h5: words.5, h6: words.6, h7: words.7)
    }

    /// Compresses `blockCount` consecutive 64-byte blocks starting at `input` into `state`, in
    /// portable Swift.
    ///
    /// This is where all the time goes, so it is written for speed: the hash values and the
    /// 16-word message schedule live in local variables (registers, or the stack), the 64
    /// rounds are unrolled with the round constants K (the first 32 bits of the fractional
    /// parts of the cube roots of the first 64 primes) as literals, and instead of shuffling
    /// a…h after every round, each round is called with the names rotated by one. No arrays,
    /// no bounds checks, no allocation.
    private static func portableCompress(_ state: inout State, _ input: UnsafeRawPointer, blockCount: Int) {
        var h0 = state.h0, h1 = state.h1, h2 = state.h2, h3 = state.h3
        var h4 = state.h4, h5 = state.h5, h6 = state.h6, h7 = state.h7
        var block = input
        for _ in 0..<blockCount {
            var w0 = load(block, 0)
            var w1 = load(block, 1)
            var w2 = load(block, 2)
            var w3 = load(block, 3)
            var w4 = load(block, 4)
            var w5 = load(block, 5)
            var w6 = load(block, 6)
            var w7 = load(block, 7)
            var w8 = load(block, 8)
            var w9 = load(block, 9)
            var w10 = load(block, 10)
            var w11 = load(block, 11)
            var w12 = load(block, 12)
            var w13 = load(block, 13)
            var w14 = load(block, 14)
            var w15 = load(block, 15)
            var a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7
            // Rounds 0-15 use the block's words as loaded.
            round(a, b, c, &d, e, f, g, &h, 0x428a2f98, w0)
            round(h, a, b, &c, d, e, f, &g, 0x71374491, w1)
            round(g, h, a, &b, c, d, e, &f, 0xb5c0fbcf, w2)
            round(f, g, h, &a, b, c, d, &e, 0xe9b5dba5, w3)
            round(e, f, g, &h, a, b, c, &d, 0x3956c25b, w4)
            round(d, e, f, &g, h, a, b, &c, 0x59f111f1, w5)
            round(c, d, e, &f, g, h, a, &b, 0x923f82a4, w6)
            round(b, c, d, &e, f, g, h, &a, 0xab1c5ed5, w7)
            round(a, b, c, &d, e, f, g, &h, 0xd807aa98, w8)
            round(h, a, b, &c, d, e, f, &g, 0x12835b01, w9)
            round(g, h, a, &b, c, d, e, &f, 0x243185be, w10)
            round(f, g, h, &a, b, c, d, &e, 0x550c7dc3, w11)
            round(e, f, g, &h, a, b, c, &d, 0x72be5d74, w12)
            round(d, e, f, &g, h, a, b, &c, 0x80deb1fe, w13)
            round(c, d, e, &f, g, h, a, &b, 0x9bdc06a7, w14)
            round(b, c, d, &e, f, g, h, &a, 0xc19bf174, w15)
            // Rounds 16-31: W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16], in place.
            round(a, b, c, &d, e, f, g, &h, 0xe49b69c1, expand(&w0, w1, w9, w14))
            round(h, a, b, &c, d, e, f, &g, 0xefbe4786, expand(&w1, w2, w10, w15))
            round(g, h, a, &b, c, d, e, &f, 0x0fc19dc6, expand(&w2, w3, w11, w0))
            round(f, g, h, &a, b, c, d, &e, 0x240ca1cc, expand(&w3, w4, w12, w1))
            round(e, f, g, &h, a, b, c, &d, 0x2de92c6f, expand(&w4, w5, w13, w2))
            round(d, e, f, &g, h, a, b, &c, 0x4a7484aa, expand(&w5, w6, w14, w3))
            round(c, d, e, &f, g, h, a, &b, 0x5cb0a9dc, expand(&w6, w7, w15, w4))
            round(b, c, d, &e, f, g, h, &a, 0x76f988da, expand(&w7, w8, w0, w5))
            round(a, b, c, &d, e, f, g, &h, 0x983e5152, expand(&w8, w9, w1, w6))
            round(h, a, b, &c, d, e, f, &g, 0xa831c66d, expand(&w9, w10, w2, w7))
            round(g, h, a, &b, c, d, e, &f, 0xb00327c8, expand(&w10, w11, w3, w8))
            round(f, g, h, &a, b, c, d, &e, 0xbf597fc7, expand(&w11, w12, w4, w9))
            round(e, f, g, &h, a, b, c, &d, 0xc6e00bf3, expand(&w12, w13, w5, w10))
            round(d, e, f, &g, h, a, b, &c, 0xd5a79147, expand(&w13, w14, w6, w11))
            round(c, d, e, &f, g, h, a, &b, 0x06ca6351, expand(&w14, w15, w7, w12))
            round(b, c, d, &e, f, g, h, &a, 0x14292967, expand(&w15, w0, w8, w13))
            // Rounds 32-47, the same way.
            round(a, b, c, &d, e, f, g, &h, 0x27b70a85, expand(&w0, w1, w9, w14))
            round(h, a, b, &c, d, e, f, &g, 0x2e1b2138, expand(&w1, w2, w10, w15))
            round(g, h, a, &b, c, d, e, &f, 0x4d2c6dfc, expand(&w2, w3, w11, w0))
            round(f, g, h, &a, b, c, d, &e, 0x53380d13, expand(&w3, w4, w12, w1))
            round(e, f, g, &h, a, b, c, &d, 0x650a7354, expand(&w4, w5, w13, w2))
            round(d, e, f, &g, h, a, b, &c, 0x766a0abb, expand(&w5, w6, w14, w3))
            round(c, d, e, &f, g, h, a, &b, 0x81c2c92e, expand(&w6, w7, w15, w4))
            round(b, c, d, &e, f, g, h, &a, 0x92722c85, expand(&w7, w8, w0, w5))
            round(a, b, c, &d, e, f, g, &h, 0xa2bfe8a1, expand(&w8, w9, w1, w6))
            round(h, a, b, &c, d, e, f, &g, 0xa81a664b, expand(&w9, w10, w2, w7))
            round(g, h, a, &b, c, d, e, &f, 0xc24b8b70, expand(&w10, w11, w3, w8))
            round(f, g, h, &a, b, c, d, &e, 0xc76c51a3, expand(&w11, w12, w4, w9))
            round(e, f, g, &h, a, b, c, &d, 0xd192e819, expand(&w12, w13, w5, w10))
            round(d, e, f, &g, h, a, b, &c, 0xd6990624, expand(&w13, w14, w6, w11))
            round(c, d, e, &f, g, h, a, &b, 0xf40e3585, expand(&w14, w15, w7, w12))
            round(b, c, d, &e, f, g, h, &a, 0x106aa070, expand(&w15, w0, w8, w13))
            // Rounds 48-63, the same way.
            round(a, b, c, &d, e, f, g, &h, 0x19a4c116, expand(&w0, w1, w9, w14))
            round(h, a, b, &c, d, e, f, &g, 0x1e376c08, expand(&w1, w2, w10, w15))
            round(g, h, a, &b, c, d, e, &f, 0x2748774c, expand(&w2, w3, w11, w0))
            round(f, g, h, &a, b, c, d, &e, 0x34b0bcb5, expand(&w3, w4, w12, w1))
            round(e, f, g, &h, a, b, c, &d, 0x391c0cb3, expand(&w4, w5, w13, w2))
            round(d, e, f, &g, h, a, b, &c, 0x4ed8aa4a, expand(&w5, w6, w14, w3))
            round(c, d, e, &f, g, h, a, &b, 0x5b9cca4f, expand(&w6, w7, w15, w4))
            round(b, c, d, &e, f, g, h, &a, 0x682e6ff3, expand(&w7, w8, w0, w5))
            round(a, b, c, &d, e, f, g, &h, 0x748f82ee, expand(&w8, w9, w1, w6))
            round(h, a, b, &c, d, e, f, &g, 0x78a5636f, expand(&w9, w10, w2, w7))
            round(g, h, a, &b, c, d, e, &f, 0x84c87814, expand(&w10, w11, w3, w8))
            round(f, g, h, &a, b, c, d, &e, 0x8cc70208, expand(&w11, w12, w4, w9))
            round(e, f, g, &h, a, b, c, &d, 0x90befffa, expand(&w12, w13, w5, w10))
            round(d, e, f, &g, h, a, b, &c, 0xa4506ceb, expand(&w13, w14, w6, w11))
            round(c, d, e, &f, g, h, a, &b, 0xbef9a3f7, expand(&w14, w15, w7, w12))
            round(b, c, d, &e, f, g, h, &a, 0xc67178f2, expand(&w15, w0, w8, w13))
            h0 &+= a; h1 &+= b; h2 &+= c; h3 &+= d
            h4 &+= e; h5 &+= f; h6 &+= g; h7 &+= h
            block += 64
        }
        state = State(h0: h0, h1: h1, h2: h2, h3: h3, h4: h4, h5: h5, h6: h6, h7: h7)
    }

    /// Word `index` (0…15) of the block at `block`, read as big-endian.
    @inline(__always)
    private static func load(_ block: UnsafeRawPointer, _ index: Int) -> UInt32 {
        UInt32(bigEndian: block.loadUnaligned(fromByteOffset: index &* 4, as: UInt32.self))
    }

    @inline(__always)
    private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 {
        (x &>> n) | (x &<< (32 &- n))
    }

    /// One round: `d` += T1 and `h` becomes T1 + T2 (FIPS 180-4 §6.2.2 step 3, where the
    /// caller's renaming of the variables replaces the shifts b = a, c = b, …).
    @inline(__always)
    private static func round(
        _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
        _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32,
        _ k: UInt32, _ w: UInt32
    ) {
        let sigma1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
        let choice = g ^ (e & (f ^ g))
        let t1 = h &+ sigma1 &+ choice &+ k &+ w
        let sigma0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
        let majority = ((a ^ b) & (b ^ c)) ^ b
        d &+= t1
        h = t1 &+ sigma0 &+ majority
    }

    /// The next schedule word, stored over the one 16 rounds old: `w16` is W[t-16] on entry
    /// and W[t] on return; `w15`, `w7` and `w2` are W[t-15], W[t-7] and W[t-2].
    @inline(__always)
    private static func expand(_ w16: inout UInt32, _ w15: UInt32, _ w7: UInt32, _ w2: UInt32) -> UInt32 {
        let s0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 &>> 3)
        let s1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 &>> 10)
        w16 = w16 &+ s0 &+ w7 &+ s1
        return w16
    }
}
