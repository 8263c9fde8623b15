import Crypto
import Foundation

/// SHA-256 fingerprints as 64 lowercase hex digits (the form `sha256sum` prints), from
/// swift-crypto: self-check files, evidence and checklist snapshots are recognised by them, so
/// the text must never change form.
public enum ContentHash {
    /// The SHA-256 of `bytes`.
    public static func sha256(_ bytes: [UInt8]) -> String {
        hex(SHA256.hash(data: bytes))
    }

    /// The SHA-256 of `data`.
    public static func sha256(_ data: Data) -> String {
        hex(SHA256.hash(data: data))
    }

    /// A digest as lowercase hex.
    static func hex(_ digest: SHA256.Digest) -> String {
        digest.withUnsafeBytes { raw in
            String(unsafeUninitializedCapacity: raw.count * 2) { out in
                var index = 0
                for byte in raw {
                    out[index] = digits[Int(byte >> 4)]
                    out[index + 1] = digits[Int(byte & 0x0F)]
                    index += 2
                }
                return index
            }
        }
    }

    private static let digits: [UInt8] = Array("0123456789abcdef".utf8)
}
