import ArgumentParser
import CheckupCore
import CheckupStore

/// `checkup hazard update ID --status rectifying|rectified`, and `--place` (隐患部位)
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

        --place records where in the enterprise the hazard is (隐患部位, e.g.
        二号车间冲床; the ledger's 隐患部位 column), alone or with --status;
        --place "" clears it. Without --by, a rectification is recorded by the
        enterprise's contact (else 企业), a place alone by the station's name
        (else 体检站).
        """
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var nowOptions: NowOptions

    @Argument(help: ArgumentHelp("Hazard id.", valueName: "id"))
    var id: Int64
    @Option(help: "New status: rectifying or rectified (verification is `checkup hazard verify`).")
    var status: ReportedStatus?
    @Option(help: ArgumentHelp("Where the hazard is (隐患部位), e.g. 二号车间.", valueName: "place"))
    var place: String?
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
    @Option(help: ArgumentHelp("Who reports (default: the enterprise's contact, else 企业).", valueName: "name"))
    var by: String?

    /// A status or a place to record; the rectification's details need a status (usage
    /// errors, exit 2, before the station is opened).
    func validate() throws {
        guard status != nil || place != nil else { throw ValidationError(PeopleText.hazardUpdateNeedsChange.text()) }
        if status == nil, responsible != nil || measures != nil || funds != nil || timeLimit != nil || plan != nil
            || note != nil || !evidence.isEmpty || remediationPlan != nil {
            throw ValidationError(PeopleText.hazardUpdateNeedsChange.text())
        }
    }

    func run() throws {
        let station = try station.openStation()
        let now = nowOptions.date
        let measuresGiven = FiveMeasures(responsible: responsible.map(Names.normalised), measures: measures, funds: funds, timeLimit: timeLimit, plan: plan)
        guard let current = try station.store.hazard(id) else { throw HazardError.unknownHazard(id) }
        // Check the transition and the place before copying evidence, so a refusal leaves
        // nothing behind. A plan about to be attached stands in for itself (its hash is not
        // known yet).
        if let place { _ = try HazardRules.place(current, place, by: "", at: now) }
        if let status {
            let pending = remediationPlan.map { EvidenceRef(sha256: "", originalName: $0, size: 0) }
            _ = try HazardRules.update(current, to: status.hazardStatus, measures: measuresGiven, note: note,
                                       remediationPlan: pending, by: "", at: now)
        }
        let refs = try evidence.map { try station.evidence.add(file: $0) }
        let plan = try remediationPlan.map { try station.evidence.add(file: $0) }
        let who: String
        if let name = Names.normalisedOrNil(by) {
            who = name
        } else if status != nil {
            who = try station.store.enterprise(current.enterpriseCode)?.contact ?? PeopleText.enterpriseActor.text()
        } else {
            who = try station.store.stationIdentity().actor()
        }
        let updated = try station.store.changeHazard(id) { hazard in
            var placed: (Hazard, HazardChange)?
            if let place { placed = try HazardRules.place(hazard, place, by: who, at: now) }
            guard let status else { return placed! }
            let (next, updated) = try HazardRules.update(placed?.0 ?? hazard, to: status.hazardStatus, measures: measuresGiven,
                                                         note: note, evidence: refs, remediationPlan: plan, by: who, at: now)
            var change = updated
            // One history entry for the one update: the place change joins its note.
            if let placeNote = placed?.1.note {
                change.note = [change.note, placeNote].compactMap { $0 }.joined(separator: PeopleText.noteSeparator.text())
            }
            return (next, change)
        }
        if status != nil {
            Terminal.output(HazardText.moved.text(id, current.status.name(.current), updated.status.name(.current)) + "\n")
        }
        if place != nil {
            Terminal.output((updated.place.map { PeopleText.hazardPlaced.text(id, $0) }
                             ?? PeopleText.hazardPlaceCleared.text(id)) + "\n")
        }
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
