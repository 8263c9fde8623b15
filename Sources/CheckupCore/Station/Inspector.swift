/// One of the station's inspectors as registered (`checkup inspector add`): the name sessions
/// record (`--inspector`, `hazard verify --inspector`) and the certificate number the documents
/// print beside it (检查人员执法证/资格证号), so a notice, a verification opinion or an inspection
/// record names who inspected and under which certificate.
public struct Inspector: Sendable, Hashable, Codable {
    /// Name, as the sessions record it (matched exactly after normalising white space).
    public var name: String
    /// Certificate number.
    public var certificate: String
    /// Telephone, if given.
    public var phone: String?

    /// Creates an inspector.
    public init(name: String, certificate: String, phone: String? = nil) {
        self.name = name
        self.certificate = certificate
        self.phone = phone
    }

    /// The longest name accepted, in characters (one line of a signature block).
    public static let nameLimit = 40
    /// The longest certificate number accepted, in characters.
    public static let certificateLimit = 40

    /// An inspector from the values given on the command line: white space normalised as session
    /// names are (`Names.normalised`: line breaks and control characters become one space); refuses
    /// an empty name or certificate and a value over its limit; the telephone follows the
    /// station telephone's rules (`StationIdentity.cleaned(_:for: .phone)`).
    public static func cleaned(name: String, certificate: String, phone: String?) throws -> Inspector {
        func text(_ value: String, option: String, limit: Int) throws -> String {
            let trimmed = Names.normalised(value)
            if trimmed.isEmpty { throw InspectorError.empty(option) }
            if trimmed.count > limit { throw InspectorError.tooLong(option, length: trimmed.count, limit: limit) }
            return trimmed
        }
        let name = try text(name, option: "--name", limit: nameLimit)
        let certificate = try text(certificate, option: "--certificate", limit: certificateLimit)
        let phone = try phone.flatMap { try StationIdentity.cleaned($0, for: .phone) }
        return Inspector(name: name, certificate: certificate, phone: phone)
    }
}

extension Array where Element == Inspector {
    /// The registered inspector named `name` (white space normalised), if any.
    public func named(_ name: String) -> Inspector? {
        let wanted = Names.normalised(name)
        return first { $0.name == wanted }
    }
}

/// Why an inspector was not registered.
public enum InspectorError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `{0}` the option left empty.
    case empty(String)
    /// The value is longer than allowed.
    case tooLong(String, length: Int, limit: Int)
    /// An inspector of this name is already registered (with this certificate).
    case duplicate(String, certificate: String)

    public var description: String {
        switch self {
        case .empty(let option): InspectorText.empty.text(option)
        case .tooLong(let option, let length, let limit): InspectorText.tooLong.text(option, length, limit)
        case .duplicate(let name, let certificate): InspectorText.duplicate.text(name, certificate)
        }
    }
}
