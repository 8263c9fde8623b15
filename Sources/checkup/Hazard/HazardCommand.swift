import ArgumentParser
import CheckupCore

/// `checkup hazard`: follow hazards (隐患) from finding to verification (销号).
struct HazardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hazard",
        abstract: "List, show, rectify and verify hazards (隐患).",
        discussion: HelpText.wrap("""
        Every fail in a completed session is a hazard: open → rectifying → rectified → verified \
        (销号). A major hazard (重大事故隐患) cannot enter rectifying without its five measures \
        (五落实): --responsible, --measures, --funds, --time-limit, --plan, and its remediation \
        plan (治理方案) attached: --remediation-plan FILE. Major hazards are reported \
        (escalate), listed for supervision (supervise, delist after verification) and may have \
        work stopped (stop-work, lifted by verification). Verification may be \
        refused with a reason, which returns the hazard to rectifying. Overdue is derived: not \
        verified and past the deadline (as of --now). Every change is kept in the hazard's history.
        """),
        subcommands: [HazardList.self, HazardShow.self, HazardUpdate.self, HazardVerify.self, HazardEscalate.self,
                      HazardSupervise.self, HazardDelist.self, HazardStopWorkCommand.self]
    )
}

extension HazardStatus: ExpressibleByArgument {}
extension HazardSeverity: ExpressibleByArgument {}
