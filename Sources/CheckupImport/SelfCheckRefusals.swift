import CheckupCore
import CheckupStore
import CheckupXML

/// Turns what the store says of a submission into the outcome a person reads: a refusal
/// becomes located messages in the submitted file.
enum SelfCheckRefusals {
    /// The outcome of a stored (or refused) submission.
    static func outcome(_ stored: SelfCheckStoreOutcome) -> SelfCheckOutcome {
        switch stored {
        case .imported(let session): .imported(session: session)
        case .superseded(let session, let replaced): .superseded(session: session, replaced: replaced)
        case .duplicate(let session): .duplicate(session: session)
        case .refused(let refusal, let submission): .refused(diagnostics(refusal, submission))
        }
    }

    /// Where in the file, and why, the store refused it.
    static func diagnostics(_ refusal: SelfCheckRefusal, _ submission: SelfCheckSubmission) -> [XMLDiagnostic] {
        let document = submission.document
        switch refusal {
        case .unregistered:
            return [SelfCheckRules.unregistered(document)]
        case .notForIndustry(let industry):
            return SelfCheckRules.checkIndustry(document, checklist: submission.index, industry: industry)
        case .notStored(let reason):
            return [XMLDiagnostic(location: document.locations.root, message: "cannot store: \(reason)")]
        }
    }
}
