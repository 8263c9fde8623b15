import CheckupCore
import Foundation

/// One evidence file as a printed document shows it: a JPEG or PNG no larger than
/// `EvidenceImage.limit` is embedded as a `data:` URI thumbnail; any other file — another type,
/// an image over the limit, or one whose bytes could not be read — is listed by name. The type is
/// read from the file's first bytes (magic numbers), never from its name.
public struct EvidenceImage: Sendable, Equatable {
    /// The name the file had when given.
    public var name: String
    /// `data:image/jpeg;base64,…` or `data:image/png;base64,…`; nil when listed by name only.
    public var dataURI: String?

    /// The largest image embedded, in bytes (512 KB): a notice with a dozen photos stays a few MB.
    public static let limit = 512 * 1024

    /// Image types embedded.
    public enum Kind: String, Sendable, Equatable {
        case jpeg = "image/jpeg"
        case png = "image/png"
    }

    /// The image type `bytes` start with, if JPEG (`FF D8 FF`) or PNG (`89 50 4E 47 0D 0A 1A 0A`).
    public static func kind(of bytes: Data) -> Kind? {
        let head = [UInt8](bytes.prefix(8))
        if head.count >= 3, head[0] == 0xFF, head[1] == 0xD8, head[2] == 0xFF { return .jpeg }
        if head == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] { return .png }
        return nil
    }

    /// The evidence file `reference` with its content `bytes` (nil when not read: too large or
    /// unreadable).
    public init(_ reference: EvidenceRef, bytes: Data?) {
        name = reference.originalName
        if let bytes, bytes.count <= Self.limit, let kind = Self.kind(of: bytes) {
            dataURI = "data:\(kind.rawValue);base64," + bytes.base64EncodedString()
        } else {
            dataURI = nil
        }
    }
}

/// The evidence files of a session, by SHA-256, as read by the command that prints a document
/// (Reports never read files): `EvidenceImage`s keyed by `EvidenceRef.sha256`.
public typealias EvidenceImages = [String: EvidenceImage]
