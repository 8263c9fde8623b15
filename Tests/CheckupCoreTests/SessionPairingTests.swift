import CheckupCore
import Foundation
import Testing

/// `SessionPairing`: which inspection and self-check every report uses.
@Suite("Session pairing")
struct SessionPairingTests {
    static func session(_ id: Int64, _ kind: SessionKind = .inspection, checklist: String = "gm-general",
                        status: SessionStatus = .completed, at time: String) -> Session {
        let start = Timestamp.parse(time) ?? Date(timeIntervalSince1970: 0)
        return Session(id: id, kind: kind, enterpriseCode: "91350100M000100Y43", checklistID: checklist,
                       checklistVersion: "1", checklistHash: "h-\(checklist)", profileID: nil, inspectors: ["张三"],
                       status: status, startedAt: start, completedAt: status == .open ? nil : start)
    }

    static let year2026 = ScorePeriod(from: "2026-01-01", to: "2026-12-31") ?? ScorePeriod()

    @Test func theInspectionIsTheLatestCompletedOneInThePeriod() {
        let sessions = [Self.session(1, at: "2026-03-01T09:00:00+08:00"), Self.session(2, at: "2026-06-01T09:00:00+08:00"),
                        Self.session(3, status: .open, at: "2026-07-01T09:00:00+08:00"),
                        Self.session(4, at: "2027-01-02T09:00:00+08:00")]
        #expect(SessionPairing.pair(sessions, in: Self.year2026).inspection?.id == 2)
        #expect(SessionPairing.pair(sessions, in: ScorePeriod()).inspection?.id == 4)
    }

    @Test func equalStartTimesAreSettledByTheLaterId() {
        let sessions = [Self.session(7, at: "2026-03-01T09:00:00+08:00"), Self.session(5, at: "2026-03-01T09:00:00+08:00")]
        #expect(SessionPairing.pair(sessions, in: Self.year2026).inspection?.id == 7)
    }

    @Test func theSelfCheckIsTheLatestOnTheInspectionsChecklist() {
        let sessions = [Self.session(1, at: "2026-06-01T09:00:00+08:00"),
                        Self.session(2, .selfCheck, at: "2026-05-01T09:00:00+08:00"),
                        Self.session(3, .selfCheck, checklist: "hazchem", at: "2026-05-20T09:00:00+08:00"),
                        Self.session(4, .selfCheck, status: .superseded, at: "2026-05-25T09:00:00+08:00")]
        let pair = SessionPairing.pair(sessions, in: Self.year2026)
        #expect(pair.inspection?.id == 1)
        #expect(pair.selfCheck?.id == 2)
    }

    @Test func withoutAnInspectionTheLatestSelfCheckOnAnyChecklistIsShown() {
        let sessions = [Self.session(2, .selfCheck, at: "2026-05-01T09:00:00+08:00"),
                        Self.session(3, .selfCheck, checklist: "hazchem", at: "2026-05-20T09:00:00+08:00")]
        let pair = SessionPairing.pair(sessions, in: Self.year2026)
        #expect(pair.inspection == nil)
        #expect(pair.selfCheck?.id == 3)
    }

    @Test func aSelfCheckOutsideThePeriodIsNotPaired() {
        let sessions = [Self.session(1, at: "2026-06-01T09:00:00+08:00"),
                        Self.session(2, .selfCheck, at: "2025-12-01T09:00:00+08:00")]
        #expect(SessionPairing.pair(sessions, in: Self.year2026).selfCheck == nil)
        #expect(SessionPairing.pair(sessions, in: ScorePeriod()).selfCheck?.id == 2)
    }

    @Test func selfChecksCountAsTheSessionOnlyWhenIncluded() {
        let sessions = [Self.session(1, at: "2026-02-01T09:00:00+08:00"),
                        Self.session(2, .selfCheck, at: "2026-08-01T09:00:00+08:00")]
        #expect(SessionPairing.latestEligible(sessions, in: Self.year2026, includeSelfChecks: false)?.id == 1)
        #expect(SessionPairing.latestEligible(sessions, in: Self.year2026, includeSelfChecks: true)?.id == 2)
    }
}
