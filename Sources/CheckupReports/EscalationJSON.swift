import CheckupCore
import Foundation

/// JSON of a major hazard's escalation, shared by `hazard list|show`, the ledger and the notice:
/// a report (上报), the 挂牌督办 listing, the stop-work order and the remediation plan. Optional
/// members are left out when absent, as in the rest of a hazard's JSON.
public enum EscalationJSON {
    /// One report to a supervising body.
    public struct Report: Codable, Equatable, Sendable {
        /// The body reported to.
        public var to: String
        /// The reporting document's number (文号).
        public var reference: String
        /// When (ISO 8601, station time).
        public var at: String
        /// Who reported, if named.
        public var by: String?

        /// The JSON of `report`.
        public init(_ report: HazardEscalation) {
            to = report.to
            reference = report.reference
            at = Timestamp.iso(report.at)
            by = report.by
        }
    }

    /// 挂牌督办.
    public struct Supervision: Codable, Equatable, Sendable {
        /// Listing number.
        public var number: String
        /// Listing authority.
        public var authority: String
        /// When listed.
        public var at: String
        /// When delisted (摘牌); absent while listed.
        public var delisted_at: String?

        /// The JSON of `listing`.
        public init(_ listing: HazardSupervision) {
            number = listing.number
            authority = listing.authority
            at = Timestamp.iso(listing.at)
            delisted_at = listing.delistedAt.map(Timestamp.iso)
        }
    }

    /// 局部停产停业 / 撤出人员.
    public struct StopWork: Codable, Equatable, Sendable {
        /// What is stopped.
        public var scope: String
        /// When ordered.
        public var at: String
        /// When verification lifted it; absent while in force.
        public var cleared_at: String?

        /// The JSON of `order`.
        public init(_ order: HazardStopWork) {
            scope = order.scope
            at = Timestamp.iso(order.at)
            cleared_at = order.clearedAt.map(Timestamp.iso)
        }
    }

    /// The remediation plan file (治理方案), as kept in the evidence store.
    public struct Plan: Codable, Equatable, Sendable {
        /// Its file name when given.
        public var name: String
        /// SHA-256 of its content (its name in the evidence store).
        public var sha256: String
        /// Bytes.
        public var size: Int64

        /// The JSON of `plan`.
        public init(_ plan: EvidenceRef) {
            name = plan.originalName
            sha256 = plan.sha256
            size = plan.size
        }
    }
}
