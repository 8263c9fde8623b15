import CheckupCore
import Foundation

/// `GET /hazards/{id}`: one hazard with its history (as `checkup hazard show`), its evidence
/// (images shown, other files listed, each linked only when the server gives it a URL), and the
/// two actions when allowed: the re-inspection (复查销号: `note` and `evidence` files, multipart,
/// to `POST /hazards/{id}/verify`) while the hazard awaits it, and the report of a major hazard
/// (上报: `to`, `reference`, `at`, to `POST /hazards/{id}/escalate`). Both forms carry `csrf`.
public struct HazardView: Sendable {
    /// One evidence file as the page shows it.
    public struct Evidence: Sendable, Hashable {
        /// The file.
        public var ref: EvidenceRef
        /// Where an authorised user downloads it (the page's `src`/`href`); nil: listed by
        /// name only.
        public var url: String?
        /// The image type read from the file's first bytes (`EvidenceImage.kind(of:)`), never
        /// from its name: a JPEG or PNG with a URL is shown as an image.
        public var imageKind: EvidenceImage.Kind?

        /// Creates an evidence entry.
        public init(ref: EvidenceRef, url: String?, imageKind: EvidenceImage.Kind? = nil) {
            self.ref = ref
            self.url = url
            self.imageKind = imageKind
        }
    }

    /// The hazard.
    public var hazard: Hazard
    /// Its enterprise, if registered.
    public var enterprise: Enterprise?
    /// Its history, oldest first (`hazardHistory`).
    public var history: [HazardChange]
    /// The evidence recorded with the finding, in the hazard's order.
    public var evidence: [Evidence]
    /// The remediation plan (治理方案) of a major hazard, if attached.
    public var remediationPlan: Evidence?
    /// The moment overdue is judged at.
    public var now: Date
    /// The user may verify: the form shows when this is true and the hazard is rectified
    /// (已整改待复查).
    public var canVerify: Bool
    /// The user may report: the form shows when this is true and the hazard is major.
    public var canEscalate: Bool
    /// The largest upload the server accepts, in bytes (said beside the file field).
    public var uploadLimit: Int

    /// Creates the hazard page.
    public init(hazard: Hazard, enterprise: Enterprise?, history: [HazardChange], evidence: [Evidence] = [],
                remediationPlan: Evidence? = nil, now: Date, canVerify: Bool, canEscalate: Bool,
                uploadLimit: Int = 20 * 1024 * 1024) {
        self.hazard = hazard
        self.enterprise = enterprise
        self.history = history
        self.evidence = evidence
        self.remediationPlan = remediationPlan
        self.now = now
        self.canVerify = canVerify
        self.canEscalate = canEscalate
        self.uploadLimit = uploadLimit
    }

    /// Whether the page shows the verify form.
    public var showsVerify: Bool { canVerify && hazard.status == .rectified }
    /// Whether the page shows the escalate form.
    public var showsEscalate: Bool { canEscalate && hazard.severity == .major }
}
