import Foundation

/// Encodes report values as JSON the same way everywhere: sorted keys (stable for scripts and
/// golden files), pretty printed, Chinese left as is, dates in ISO 8601.
public enum JSONOutput {
    /// The encoded bytes of `value`, ending in a newline.
    public static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }

    /// The encoded text of `value`.
    public static func string(_ value: some Encodable) throws -> String {
        String(decoding: try encode(value), as: UTF8.self)
    }
}
