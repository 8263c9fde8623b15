import CheckupCore

/// An enterprise as every report's JSON names it: credit code, name and township. The township
/// report, whose enterprises all share one township, leaves the township out.
public struct EnterpriseRef: Codable, Equatable, Sendable {
    /// Unified social credit code.
    public var credit_code: String
    /// Registered name.
    public var name: String
    /// Township; absent (not null) where the report leaves it out.
    public var township: String?

    /// The reference to `enterprise`, with its township unless `township` is false.
    public init(_ enterprise: Enterprise, township: Bool = true) {
        credit_code = enterprise.creditCode
        name = enterprise.name
        self.township = township ? enterprise.township : nil
    }
}
