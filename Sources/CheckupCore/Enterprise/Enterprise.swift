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
    /// The legal representative (法定代表人), as the business licence names them.
    public var legalRepresentative: String?
    /// False when the code failed the GB 32100 check and was accepted with `--allow-invalid-code`.
    public var codeValid: Bool
    /// Risk tags (风险标签), in `RiskTag` order; nil when never recorded (an empty list: recorded,
    /// none apply). The supervision policy reads them; `tags` is the list either way.
    public var riskTags: [RiskTag]?
    /// 安全生产标准化 level, when known.
    public var standardisation: StandardisationLevel?
    /// Number of employees, when known.
    public var employees: Int?
    /// The grid (网格) the enterprise lies in, for joint defence.
    public var grid: String?
    /// The grid member (网格员) who patrols it.
    public var gridMember: String?

    /// Creates an enterprise.
    public init(creditCode: String, name: String, township: String, industry: String? = nil,
                address: String? = nil, contact: String? = nil, codeValid: Bool = true,
                riskTags: [RiskTag]? = nil, standardisation: StandardisationLevel? = nil, employees: Int? = nil,
                grid: String? = nil, gridMember: String? = nil, legalRepresentative: String? = nil) {
        self.legalRepresentative = legalRepresentative
        self.riskTags = riskTags
        self.standardisation = standardisation
        self.employees = employees
        self.grid = grid
        self.gridMember = gridMember
        self.creditCode = creditCode
        self.name = name
        self.township = township
        self.industry = industry
        self.address = address
        self.contact = contact
        self.codeValid = codeValid
    }

    /// The risk tags, empty when never recorded.
    public var tags: [RiskTag] { riskTags ?? [] }
}
