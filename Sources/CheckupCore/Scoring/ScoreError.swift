/// Why a township's scores or reports could not be made.
public enum ScoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No enterprise is registered in the township.
    case noEnterprisesInTownship(String)

    public var description: String {
        switch self {
        case .noEnterprisesInTownship(let township):
            EnterpriseText.noEnterprisesInTownship.text(township)
        }
    }
}
