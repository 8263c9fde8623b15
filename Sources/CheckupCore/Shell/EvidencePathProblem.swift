/// Why an evidence path typed at the inspection shell is refused.
///
/// The shell stays pure: it does not look at files itself. The CLI supplies an
/// `EvidencePathCheck` that inspects the path (without opening anything that could block, such
/// as a FIFO) and the shell re-asks at once, keeping the fail's note, severity and fixed-on-site.
public enum EvidencePathProblem: Sendable, Equatable {
    /// Nothing exists at the path.
    case missing
    /// The path is a directory.
    case directory
    /// The path is a FIFO, device, socket or other file that is not a regular file.
    case notRegularFile
    /// The file exists but may not be read.
    case unreadable
    /// The file is larger than the evidence store accepts.
    case tooLarge(limitMB: Int64)
}

/// Checks one evidence path as it is typed: nil when the file can be taken as evidence, else
/// why not.
public typealias EvidencePathCheck = @Sendable (String) -> EvidencePathProblem?
