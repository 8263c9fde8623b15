import Foundation
import Testing
@testable import CheckupCore

/// Specification of the pure-Swift SHA-256: NIST test vectors and chunked hashing.
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
}
