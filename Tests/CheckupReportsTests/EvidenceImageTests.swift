import CheckupCore
import CheckupReports
import Foundation
import Testing

/// Evidence photos on printed documents: embedded when JPEG/PNG within the limit, else listed.
@Suite("Evidence images")
struct EvidenceImageTests {
    static let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
    static let jpeg = Data([0xFF, 0xD8, 0xFF, 0xE0, 0, 16])

    private func image(_ name: String, _ bytes: Data?) -> EvidenceImage {
        EvidenceImage(EvidenceRef(sha256: "00", originalName: name, size: Int64(bytes?.count ?? 0)), bytes: bytes)
    }

    @Test("a JPEG and a PNG are embedded as data URIs of their type, whatever their name")
    func embedsByMagic() {
        #expect(image("a.dat", Self.jpeg).dataURI == "data:image/jpeg;base64," + Self.jpeg.base64EncodedString())
        #expect(image("b", Self.png).dataURI == "data:image/png;base64," + Self.png.base64EncodedString())
    }

    @Test("a file named .jpg that is not an image is listed by name, not embedded")
    func refusesByMagic() {
        let listed = image("photo.jpg", Data("<svg onload=alert(1)>".utf8))
        #expect(listed.dataURI == nil && listed.name == "photo.jpg")
    }

    @Test("an image over the limit, or one not read, is listed by name")
    func sizeBounded() {
        let big = Self.png + Data(count: EvidenceImage.limit)
        #expect(image("big.png", big).dataURI == nil)
        #expect(image("exact.png", Self.png + Data(count: EvidenceImage.limit - Self.png.count)).dataURI != nil)
        #expect(image("gone.png", nil).dataURI == nil)
    }
}
