import Foundation

/// Paths of the files in Tests/CheckupXMLTests/Fixtures.
enum Fixture {
    static func path(_ name: String) -> String {
        guard let url = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil) else {
            fatalError("missing fixture \(name)")
        }
        return url.path
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path(name))))
    }
}
