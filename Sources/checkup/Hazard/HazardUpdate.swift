import ArgumentParser
import CheckupCore
import CheckupStore

/// `checkup hazard update ID --status rectifying|rectified`
struct HazardUpdate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Record the enterprise's rectification (登记整改).",
        discussion: """
        Example for a major hazard:

          checkup hazard update 7 --status rectifying --responsible 王五
            --measures "更换防爆电气" --funds "2万元" --time-limit 2026-12-20
            --plan "粉尘爆炸专项应急预案"

        The five measures may be given in several updates; a major hazard enters rectifying only \
        when all five are present and its remediation plan (治理方案) is attached with \
        --remediation-plan FILE (kept in the evidence store under its SHA-256, like evidence); \
        the error names what is missing.
        """
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var nowOptions: NowOptions

    @Argument(help: ArgumentHelp("Hazard id.", valueName: "id"))
    var id: Int64
    @Option(help: "New status: rectifying or rectified (verification is `checkup hazard verify`).")
    var status: ReportedStatus
    @Option(help: "Responsible person (责任人).")
    var responsible: String?
    @Option(help: "Rectification measures (整改措施).")
    var measures: String?
    @Option(help: "Funds (整改资金).")
    var funds: String?
    @Option(name: .customLong("time-limit"), help: "Time limit (整改时限).")
    var timeLimit: String?
    @Option(help: "Contingency plan (应急预案).")
    var plan: String?
    @Option(help: "Note for the history.")
    var note: String?
    @Option(help: ArgumentHelp("Evidence file; repeat for several.", valueName: "path"))
    var evidence: [String] = []
    @Option(name: .customLong("remediation-plan"), help: ArgumentHelp(
        "A major hazard's remediation plan (治理方案) file; replaces any before.", valueName: "path"))
    var remediationPlan: String?
    @Option(help: ArgumentHelp("Who reports (default: the enterprise's contact or 'enterprise').", valueName: "name"))
    var by: String?

    func run() throws {
        let station = try station.openStation()
        let now = nowOptions.date
        let measuresGiven = FiveMeasures(responsible: responsible.map(Names.normalised), measures: measures, funds: funds, timeLimit: timeLimit, plan: plan)
        guard let current = try station.store.hazard(id) else { throw HazardError.unknownHazard(id) }
        // Check the transition before copying evidence, so a refusal leaves nothing behind.
        // A plan about to be attached stands in for itself (its hash is not known yet).
        let pending = remediationPlan.map { EvidenceRef(sha256: "", originalName: $0, size: 0) }
        _ = try HazardRules.update(current, to: status.hazardStatus, measures: measuresGiven, note: note,
                                   remediationPlan: pending, by: "", at: now)
        let refs = try evidence.map { try station.evidence.add(file: $0) }
        let plan = try remediationPlan.map { try station.evidence.add(file: $0) }
        let contact = try station.store.enterprise(current.enterpriseCode)?.contact
        let who = by.map(Names.normalised) ?? contact ?? "enterprise"
        let updated = try station.store.changeHazard(id) { hazard in
            try HazardRules.update(hazard, to: status.hazardStatus, measures: measuresGiven, note: note, evidence: refs,
                                   remediationPlan: plan, by: who, at: now)
        }
        Terminal.output(HazardText.moved.text(id, current.status.name(.current), updated.status.name(.current)) + "\n")
        if let plan { Terminal.output(EscalationText.planAttached.text(plan.originalName) + "\n") }
    }
}

/// The statuses an enterprise reports (`hazard update --status`): only these are offered, so a
/// wrong value is answered with the two that are allowed.
enum ReportedStatus: String, CaseIterable, ExpressibleByArgument {
    /// In rectification.
    case rectifying
    /// Rectified, awaiting the station's re-inspection.
    case rectified

    /// The hazard status it sets.
    var hazardStatus: HazardStatus {
        switch self {
        case .rectifying: .rectifying
        case .rectified: .rectified
        }
    }
}
