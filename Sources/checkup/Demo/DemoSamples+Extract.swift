import CheckupSupport
import Foundation

extension DemoSamples {
    /// Writes the built-in samples into a new temporary directory laid out as `samples/` and
    /// returns its path; the caller removes it.
    static func extract() throws -> String {
        let directory = (NSTemporaryDirectory() as NSString)
            .appendingPathComponent("checkup-demo-samples-\(UUID().uuidString)")
        for (path, base64) in files {
            guard let bytes = Data(base64Encoded: base64) else { throw CLIError(DemoText.sampleDamaged.text(path)) }
            let target = (directory as NSString).appendingPathComponent(path)
            try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try bytes.write(to: URL(fileURLWithPath: target))
        }
        return directory
    }
}
