import Foundation
import Testing
@testable import CheckupCore

/// Specification of SHA-256: NIST test vectors and chunked hashing. The tests through
/// `SHA256` use the CPU's SHA instructions where this machine has them; the "portable" tests
/// hold the Swift compression to the same digests, so both are checked on such a machine.
@Suite("SHA-256")
struct SHA256Tests {
    @Test func emptyInputMatchesTheNISTVector() {
        #expect(SHA256.hex(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func abcMatchesTheNISTVector() {
        #expect(SHA256.hex(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func the448BitMessageMatchesTheNISTVector() {
        let message = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        #expect(SHA256.hex(Data(message.utf8)) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func the896BitMessageMatchesTheNISTVector() {
        let message = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
        #expect(SHA256.hex(Data(message.utf8)) == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    }

    @Test func oneMillionLetterAMatchesTheNISTVector() {
        let data = Data(repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hex(data) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func digestsAreThirtyTwoBytes() {
        #expect(SHA256.hash(Data("abc".utf8)).count == SHA256.digestByteCount)
        #expect(SHA256.hash(Data("abc".utf8)).prefix(4) == [0xBA, 0x78, 0x16, 0xBF])
    }

    @Test func byteArraysAndDataHashAlike() {
        let bytes: [UInt8] = Array("abc".utf8)
        #expect(SHA256.hash(bytes) == SHA256.hash(Data(bytes)))
        #expect(SHA256.hex(bytes) == SHA256.hex(Data(bytes)))
    }

    @Test func nonContiguousSequencesHashLikeTheirBytes() {
        let sequence = (0..<10_000).lazy.map { UInt8(truncatingIfNeeded: $0 &* 31) }
        #expect(SHA256.hash(sequence) == SHA256.hash(Array(sequence)))
    }

    /// Lengths around the 55/56/64-byte padding boundaries, checked against `sha256sum`.
    @Test(arguments: [
        (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
        (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
        (65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
    ])
    func paddingBoundariesAreHandled(length: Int, expected: String) {
        #expect(SHA256.hex(Data(repeating: UInt8(ascii: "a"), count: length)) == expected)
    }

    @Test func hashingInOddChunkSizesEqualsHashingAtOnce() {
        let data = Data((0..<100_000).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 8) })
        let oneShot = SHA256.hash(data)
        for chunkSize in [1, 3, 63, 64, 65, 127, 1000, 4099] {
            var hasher = SHA256Hasher()
            var offset = 0
            while offset < data.count {
                let end = min(offset + chunkSize, data.count)
                hasher.update(data[offset..<end])
                offset = end
            }
            #expect(hasher.finalize() == oneShot, "chunk size \(chunkSize)")
        }
    }

    @Test func rawBufferUpdatesEqualDataUpdates() {
        let bytes: [UInt8] = Array(repeating: 0x5A, count: 300)
        var hasher = SHA256Hasher()
        bytes.withUnsafeBytes { raw in
            hasher.update(UnsafeRawBufferPointer(rebasing: raw[0..<100]))
            hasher.update(UnsafeRawBufferPointer(rebasing: raw[100..<300]))
        }
        #expect(hasher.finalize() == SHA256.hash(bytes))
    }

    @Test func emptyUpdatesChangeNothing() {
        var hasher = SHA256Hasher()
        hasher.update(Data())
        hasher.update(Data("abc".utf8))
        hasher.update([UInt8]())
        #expect(hasher.finalize() == SHA256.hash(Data("abc".utf8)))
    }

    @Test func finalizeResetsTheHasherForReuse() {
        var hasher = SHA256Hasher()
        hasher.update(Data("first message".utf8))
        _ = hasher.finalize()
        #expect(hasher == SHA256Hasher())
        hasher.update(Data("abc".utf8))
        #expect(SHA256.hexEncoded(hasher.finalize()) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func hexEncodingIsLowercaseAndZeroPadded() {
        #expect(SHA256.hexEncoded([0x00, 0x0F, 0xAB, 0xFF]) == "000fabff")
    }

    // MARK: Against digests from Python's hashlib (SHA256ReferenceDigests)

    /// Every length from 0 to 300 bytes (0 to 4 whole blocks, every padding case), through
    /// each way of passing bytes in: `[UInt8]`, `Data`, a raw buffer, an `ArraySlice` that
    /// does not start at index 0, and a non-contiguous sequence.
    @Test func everyLengthUpTo300MatchesHashlib() {
        let full = SHA256ReferenceDigests.message(count: 300)
        let shifted = [0xEE] + full
        for count in 0...300 {
            let message = Array(full[0..<count])
            let expected = SHA256ReferenceDigests.prefixes[count]
            #expect(SHA256.hex(message) == expected, "[UInt8] of \(count) bytes")
            #expect(SHA256.hex(Data(message)) == expected, "Data of \(count) bytes")
            #expect(SHA256.hex(shifted[1..<(count + 1)]) == expected, "ArraySlice of \(count) bytes")
            #expect(SHA256.hex((0..<count).lazy.map(SHA256ReferenceDigests.byte(at:))) == expected,
                    "lazy sequence of \(count) bytes")
            var hasher = SHA256Hasher()
            message.withUnsafeBytes { hasher.update($0) }
            #expect(SHA256.hexEncoded(hasher.finalize()) == expected, "raw buffer of \(count) bytes")
        }
    }

    /// The portable Swift compression (the only one on a CPU without SHA instructions) gives
    /// hashlib's digest for every length from 0 to 300 bytes and for the long message.
    @Test func thePortableCompressionMatchesHashlib() {
        let full = SHA256ReferenceDigests.message(count: SHA256ReferenceDigests.longMessageCount)
        for count in 0...300 {
            var hasher = SHA256Hasher(portable: true)
            hasher.update(full[0..<count])
            #expect(SHA256.hexEncoded(hasher.finalize()) == SHA256ReferenceDigests.prefixes[count], "\(count) bytes")
        }
        var hasher = SHA256Hasher(portable: true)
        hasher.update(full)
        #expect(SHA256.hexEncoded(hasher.finalize()) == SHA256ReferenceDigests.longMessage)
    }

    /// Where the CPU has SHA instructions, they and the portable Swift agree on messages of
    /// every length up to 1,000 bytes of varied content, fed at once and in uneven pieces.
    @Test(.enabled(if: SHA256Hasher.hardwareAvailable, "this CPU has no SHA instructions"))
    func theHardwareAndPortableCompressionsAgree() {
        #expect(SHA256Hasher().usesHardware)
        #expect(!SHA256Hasher(portable: true).usesHardware)
        // Varied but reproducible bytes (xorshift), so that a failure can be replayed.
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        let message = (0..<1000).map { _ in
            seed ^= seed << 13
            seed ^= seed >> 7
            seed ^= seed << 17
            return UInt8(truncatingIfNeeded: seed >> 32)
        }
        var mismatches: [Int] = []
        for count in 0...1000 {
            var hardware = SHA256Hasher()
            var portable = SHA256Hasher(portable: true)
            let split = count / 3
            hardware.update(message[0..<split])
            hardware.update(message[split..<count])
            portable.update(message[0..<count])
            if hardware.finalize() != portable.finalize() { mismatches.append(count) }
        }
        #expect(mismatches.isEmpty, "lengths \(mismatches.prefix(10))")
    }

    /// A hasher reset by `finalize` keeps the compression it was made with.
    @Test func aPortableHasherStaysPortableAfterFinalize() {
        var hasher = SHA256Hasher(portable: true)
        _ = hasher.finalize()
        #expect(!hasher.usesHardware)
        hasher.update(Data("abc".utf8))
        #expect(SHA256.hexEncoded(hasher.finalize()) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    /// Over a megabyte with an odd tail, hashed at once and in pieces of the size the
    /// self-check import sees (15 KiB) and of awkward sizes.
    @Test func aLongMessageMatchesHashlibAtOnceAndInPieces() {
        let message = SHA256ReferenceDigests.message(count: SHA256ReferenceDigests.longMessageCount)
        #expect(SHA256.hex(message) == SHA256ReferenceDigests.longMessage)
        for pieceSize in [15 * 1024, 4099, 64 * 1024 + 1] {
            var hasher = SHA256Hasher()
            var offset = 0
            while offset < message.count {
                let end = min(offset + pieceSize, message.count)
                hasher.update(message[offset..<end])
                offset = end
            }
            #expect(SHA256.hexEncoded(hasher.finalize()) == SHA256ReferenceDigests.longMessage,
                    "pieces of \(pieceSize) bytes")
        }
    }

    // MARK: Incremental updates

    /// Two updates split at every offset of a 200-byte message give the one-update digest.
    @Test func splittingAt200EveryOffsetGivesTheSameDigest() {
        let message = SHA256ReferenceDigests.message(count: 200)
        let expected = SHA256ReferenceDigests.prefixes[200]
        #expect(SHA256.hex(message) == expected)
        for split in 0...200 {
            var hasher = SHA256Hasher()
            hasher.update(message[0..<split])
            hasher.update(message[split..<200])
            #expect(SHA256.hexEncoded(hasher.finalize()) == expected, "split at \(split)")
        }
    }

    /// Three updates split at every pair of offsets of a 200-byte message (pieces of every
    /// size from 0 to 200 starting at every alignment) give the one-update digest.
    @Test func splittingInThreeAtEveryPairOfOffsetsGivesTheSameDigest() {
        let message = SHA256ReferenceDigests.message(count: 200)
        let expected = SHA256.hash(message)
        var mismatches: [String] = []
        for first in 0...200 {
            for second in first...200 {
                var hasher = SHA256Hasher()
                message.withUnsafeBytes { raw in
                    hasher.update(UnsafeRawBufferPointer(rebasing: raw[0..<first]))
                    hasher.update(UnsafeRawBufferPointer(rebasing: raw[first..<second]))
                    hasher.update(UnsafeRawBufferPointer(rebasing: raw[second..<200]))
                }
                if hasher.finalize() != expected { mismatches.append("\(first)/\(second)") }
            }
        }
        #expect(mismatches.isEmpty, "splits at \(mismatches.prefix(10))")
    }

    @Test func feedingOneByteAtATimeGivesTheSameDigest() {
        let message = SHA256ReferenceDigests.message(count: 300)
        var hasher = SHA256Hasher()
        for byte in message { hasher.update(CollectionOfOne(byte)) }
        #expect(SHA256.hexEncoded(hasher.finalize()) == SHA256ReferenceDigests.prefixes[300])
    }

    /// Equality compares what the hasher has absorbed, not how the bytes were split.
    @Test func hashersThatAbsorbedTheSameBytesAreEqual() {
        let message = SHA256ReferenceDigests.message(count: 150)
        for split in [0, 1, 10, 63, 64, 65, 100, 128, 149, 150] {
            var whole = SHA256Hasher()
            whole.update(message)
            var pieces = SHA256Hasher()
            pieces.update(message[0..<split])
            pieces.update(message[split...])
            #expect(whole == pieces, "split at \(split)")
        }
        var one = SHA256Hasher()
        one.update(message[0..<70])
        var other = SHA256Hasher()
        other.update(message[0..<69])
        #expect(one != other)
        other.update(message[69..<70])
        #expect(one == other)
        var different = SHA256Hasher()
        different.update(message[1..<71])
        #expect(one != different)
    }
}
