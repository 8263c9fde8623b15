/// An optional report field that is always present in JSON: `nil` is written as `null` instead of
/// the key being left out.
///
/// The JSON keys of the reports are a documented, stable interface (docs/*.md): every key is
/// always there, and an undefined figure is `null`. Synthesized `Encodable` writes optionals with
/// `encodeIfPresent`, which drops the key; marking the property `@NullEncoded` keeps synthesized
/// `Codable` (and the memberwise initializer) instead of a hand-written `encode(to:)` per type.
/// Decoding accepts `null`, a missing key (see the `KeyedDecodingContainer` extension below) or
/// a value.
@propertyWrapper
public struct NullEncoded<Value: Codable>: Codable {
    /// The field's value.
    public var wrappedValue: Value?

    /// Wraps `wrappedValue`.
    public init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }

    /// `null` or the value.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        wrappedValue = container.decodeNil() ? nil : try container.decode(Value.self)
    }

    /// Writes `null` when there is no value, so that the key is still present.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue {
            try container.encode(wrappedValue)
        } else {
            try container.encodeNil()
        }
    }
}

extension NullEncoded: Equatable where Value: Equatable {}
extension NullEncoded: Hashable where Value: Hashable {}
extension NullEncoded: Sendable where Value: Sendable {}

extension KeyedDecodingContainer {
    /// A missing key decodes as `nil`, as it would for a plain optional property; synthesized
    /// `Decodable` calls this overload for `@NullEncoded` properties.
    public func decode<Value>(_ type: NullEncoded<Value>.Type, forKey key: Key) throws -> NullEncoded<Value> {
        try decodeIfPresent(type, forKey: key) ?? NullEncoded(wrappedValue: nil)
    }
}
