import CheckupCore
import CheckupReports
import CheckupStore

/// Who issues a notice: the name, number prefix, address and telephone it prints. An explicit
/// `--station NAME` wins (its number prefix derived from NAME, no address or telephone lines);
/// else the identity stored by `checkup station set`; else the built-in default name
/// (`RectificationNotice.defaultStation`), which `isDefault` marks so the command can say how to
/// set the identity.
public struct NoticeIssuer: Sendable, Equatable {
    /// Station name.
    public var name: String
    /// Number prefix (nil: derived from `name`).
    public var numberPrefix: String?
    /// Address line, if stored.
    public var address: String?
    /// Telephone line, if stored.
    public var phone: String?
    /// No name given and none stored: the built-in default is printed.
    public var isDefault: Bool

    /// The issuer from an explicit name and the stored identity, in that order of precedence.
    public init(explicit: String?, stored: StationIdentity) {
        if let explicit {
            self.init(name: explicit, numberPrefix: nil, address: nil, phone: nil, isDefault: false)
        } else {
            self.init(name: stored.name ?? RectificationNotice.defaultStation, numberPrefix: stored.noticePrefix,
                      address: stored.address, phone: stored.phone, isDefault: stored.name == nil)
        }
    }

    public init(name: String, numberPrefix: String?, address: String?, phone: String?, isDefault: Bool) {
        self.name = name
        self.numberPrefix = numberPrefix
        self.address = address
        self.phone = phone
        self.isDefault = isDefault
    }
}
