import CheckupCore
import Foundation

extension Station {
    /// What replaying a script did.
    public struct ReplayResult: Sendable {
        /// The session.
        public var session: Session
        /// Answers saved.
        public var answers: Int
        /// Answers the store refused, with the reason (the shell re-asked, as at a terminal).
        public var refusals: [String]
        /// Hazards created when the session was completed.
        public var hazards: [Hazard]
    }

    /// Runs a scripted inspection through the same state machine as `checkup inspect`, saving
    /// each answer as it is given (one minute apart from `started`) and completing the session
    /// at `completed` when the script says so.
    public func replay(_ script: InspectionScript) throws -> ReplayResult {
        let opened = try startOrResume(checklist: script.checklist, enterprise: script.enterprise,
                                       inspectors: script.inspectors, profile: script.profile, now: script.started)
        let id = opened.session.id
        var shell = InspectionShell(checklist: opened.checklist, items: opened.items,
                                    findings: try store.findings(session: id), enterpriseName: opened.enterprise.name,
                                    sessionID: id)
        var clock = script.started
        var answers = 0
        var refusals: [String] = []
        var completeRequested = false
        var output = shell.start()
        var lines = script.lines[...]
        loop: while true {
            var next: ShellOutput?
            for event in output.events {
                switch event {
                case .record(let answer, let paths):
                    clock = clock.addingTimeInterval(60)
                    do {
                        try record(answer, evidencePaths: paths, in: opened, by: script.inspectors.first ?? "", now: clock)
                        answers += 1
                        next = shell.saved()
                    } catch {
                        refusals.append("\(answer.itemID): \(error)")
                        next = shell.rejected("\(error)")
                    }
                case .leave:
                    break loop
                case .complete:
                    completeRequested = true
                    break loop
                }
            }
            if let next {
                output = next
                continue
            }
            guard !shell.isFinished, let line = lines.popFirst() else { break }
            output = shell.handle(line)
        }
        var hazards: [Hazard] = []
        var session = try store.session(id) ?? opened.session
        if completeRequested || script.completed != nil, session.status == .open {
            (session, hazards) = try complete(opened, now: script.completed ?? clock.addingTimeInterval(60))
        }
        return ReplayResult(session: session, answers: answers, refusals: refusals, hazards: hazards)
    }
}
