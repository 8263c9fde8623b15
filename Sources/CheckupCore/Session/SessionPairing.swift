import Foundation

/// The one rule for which of an enterprise's sessions a report uses, shared by the scores, the
/// self-check comparison and the township report, so that no two outputs disagree on which
/// inspection is "the latest" or which self-check goes with it.
///
/// - The inspection is the latest completed one started within the period (by start time, then
///   id), on any checklist.
/// - Its self-check is the latest completed self-check started within the period on the same
///   checklist id (answers on different checklists cannot be set side by side). Without an
///   inspection, the latest completed self-check within the period on any checklist.
/// - Open and superseded sessions never count.
public enum SessionPairing {
    /// The session that counts for one enterprise: its latest completed session started within
    /// `period` — inspections only, or self-checks as well when `includeSelfChecks`.
    public static func latestEligible(_ sessions: [Session], in period: ScorePeriod,
                                      includeSelfChecks: Bool) -> Session? {
        latest(sessions, in: period) { session in
            session.kind == .inspection || (includeSelfChecks && session.kind == .selfCheck)
        }
    }

    /// The inspection and the self-check to compare with it, from one enterprise's sessions.
    public static func pair(_ sessions: [Session], in period: ScorePeriod) -> (inspection: Session?, selfCheck: Session?) {
        let inspection = latestEligible(sessions, in: period, includeSelfChecks: false)
        let selfCheck = latest(sessions, in: period) { session in
            session.kind == .selfCheck && (inspection == nil || session.checklistID == inspection?.checklistID)
        }
        return (inspection, selfCheck)
    }

    /// The latest completed session in `period` that `matches`, by start time, then id.
    private static func latest(_ sessions: [Session], in period: ScorePeriod,
                               where matches: (Session) -> Bool) -> Session? {
        sessions.filter { session in
            session.status == .completed && matches(session) && period.contains(session.startedAt)
        }.max { lhs, rhs in
            if lhs.startedAt != rhs.startedAt { return lhs.startedAt < rhs.startedAt }
            return lhs.id < rhs.id
        }
    }
}
