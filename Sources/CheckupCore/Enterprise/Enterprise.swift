import Foundation

/// An enterprise in the township's register (企业名录), identified by its unified social credit
/// code.
public struct Enterprise: Sendable, Hashable, Codable {
    /// The credit code, normalised (upper case, ASCII).
    public var creditCode: String
    /// Registered name.
    public var name: String
    /// Township (乡镇/街道) the enterprise belongs to.
    public var township: String
    /// Industry (行业), used to select industry-specific items.
    public var industry: String?
    /// Address.
    public var address: String?
    /// Contact person and telephone.
    public var contact: String?
    /// False when the code failed the GB 32100 check and was accepted with `--allow-invalid-code`.
    public var codeValid: Bool

    /// Creates an enterprise.
    public init(creditCode: String, name: String, township: String, industry: String? = nil,
                address: String? = nil, contact: String? = nil, codeValid: Bool = true) {
        self.creditCode = creditCode
        self.name = name
        self.township = township
        self.industry = industry
        self.address = address
        self.contact = contact
        self.codeValid = codeValid
    }
}
