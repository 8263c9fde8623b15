/// Who the station is: the name, short name and notice-number prefix printed on its papers, and
/// its address, telephone and district. Stored once per station database (`checkup station set`)
/// so that every report names the station without `--station` each time; a field left unset is
/// `nil` and the reports fall back to their built-in default.
public struct StationIdentity: Sendable, Hashable {
    /// Full name, e.g. 金东区安全生产体检站: the notice's heading, seal line and receipt.
    public var name: String?
    /// Short name, e.g. 金东体检站: where a title has little room (the ledger's title).
    public var shortName: String?
    /// The notice number's prefix, e.g. 金东安体 in 金东安体〔2026〕第0012号; unset, it is derived
    /// from the name (`NoticeNumber.abbreviation(of:)`).
    public var noticePrefix: String?
    /// Postal address, printed under the notice's seal line.
    public var address: String?
    /// Telephone, printed under the notice's seal line.
    public var phone: String?
    /// The district (县/区) the station serves.
    public var district: String?

    /// Creates an identity; every field is optional.
    public init(name: String? = nil, shortName: String? = nil, noticePrefix: String? = nil,
                address: String? = nil, phone: String? = nil, district: String? = nil) {
        self.name = name
        self.shortName = shortName
        self.noticePrefix = noticePrefix
        self.address = address
        self.phone = phone
        self.district = district
    }

    /// No field set: the station has not said who it is.
    public var isEmpty: Bool { self == StationIdentity() }

    /// One field, for setting field by field (`checkup station set --phone …`).
    public enum Field: String, Sendable, CaseIterable {
        case name
        case shortName = "short-name"
        case noticePrefix = "notice-prefix"
        case address
        case phone
        case district

        /// The longest value accepted, in characters: names and prefixes are printed on one
        /// line of an A4 page, a prefix inside the notice number.
        public var limit: Int {
            switch self {
            case .name, .district: 60
            case .shortName: 30
            case .noticePrefix: 16
            case .address: 200
            case .phone: 40
            }
        }

        /// The option that sets it, e.g. `--short-name`.
        public var option: String { "--\(rawValue)" }
    }

    /// The value of `field`.
    public subscript(field: Field) -> String? {
        get {
            switch field {
            case .name: name
            case .shortName: shortName
            case .noticePrefix: noticePrefix
            case .address: address
            case .phone: phone
            case .district: district
            }
        }
        set {
            switch field {
            case .name: name = newValue
            case .shortName: shortName = newValue
            case .noticePrefix: noticePrefix = newValue
            case .address: address = newValue
            case .phone: phone = newValue
            case .district: district = newValue
            }
        }
    }

    /// `value` as stored for `field`: trimmed; empty means unset (`nil`). Refuses control
    /// characters (a line break would split the printed line), a value longer than the field's
    /// limit, and a telephone with anything but digits, spaces and `+ - ( ) , / 、 转`.
    public static func cleaned(_ value: String, for field: Field) throws(StationIdentityError) -> String? {
        let trimmed = value.trimmingWhitespace
        if trimmed.isEmpty { return nil }
        if trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control
                || $0.properties.generalCategory == .format || $0.properties.generalCategory == .lineSeparator
                || $0.properties.generalCategory == .paragraphSeparator }) {
            throw .controlCharacter(field.option)
        }
        let length = trimmed.count
        if length > field.limit { throw .tooLong(field.option, length: length, limit: field.limit) }
        if field == .phone {
            let allowed = Set("0123456789 +-(),/、转（），")
            if let bad = trimmed.first(where: { !allowed.contains($0) }) {
                throw .badPhoneCharacter(String(bad))
            }
        }
        return trimmed
    }
}

/// Why `checkup station set` refused a value.
public enum StationIdentityError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The value holds a control character (`{0}` the option).
    case controlCharacter(String)
    /// The value is longer than the field allows.
    case tooLong(String, length: Int, limit: Int)
    /// The telephone holds a character a telephone number does not.
    case badPhoneCharacter(String)

    public var description: String {
        switch self {
        case .controlCharacter(let option): StationText.controlCharacter.text(option)
        case .tooLong(let option, let length, let limit): StationText.tooLong.text(option, length, limit)
        case .badPhoneCharacter(let character): StationText.badPhone.text(character)
        }
    }
}

extension String {
    /// The text without leading and trailing white space (Unicode white space, line breaks too).
    fileprivate var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
