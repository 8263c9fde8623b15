import ArgumentParser
import CheckupCore
import CheckupReports
import CheckupStore

/// `checkup hazard list`
struct HazardList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List hazards, oldest first (隐患列表).",
        discussion: """
        JSON: an array of hazards with id, session, item, item_title, enterprise, \
        enterprise_name, township, source, severity, layer, description, basis, remedy, status, \
        found_at, deadline, overdue, overdue_days, responsible, measures, funds, time_limit, plan, \
        rectified_at, verified_at, verified_by, evidence, evidence_count, category (person, thing \
        or management, from the layer), industry, contact, escalations[] {to, reference, at, by}, \
        unreported, and when present supervision {number, authority, at, delisted_at}, stop_work \
        {scope, at, cleared_at}, remediation_plan {name, sha256, size}, verification_note.
        """
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var formatOptions: FormatOptions
    @OptionGroup var languageOptions: LanguageOptions
    @OptionGroup var nowOptions: NowOptions

    @Option(help: "Only this township.")
    var township: String?
    @Option(help: ArgumentHelp("Only this enterprise (credit code).", valueName: "code"))
    var enterprise: String?
    @Option(help: "Only this status: open, rectifying, rectified or verified.")
    var status: HazardStatus?
    @Option(help: "Only this severity: major or general.")
    var severity: HazardSeverity?
    @Flag(help: "Only hazards past their deadline and not verified.")
    var overdue = false
    @Flag(help: ArgumentHelp("Only major hazards not reported (escalate) within \(EscalationPolicy.standard.reportDays) days of being found (as of --now)."))
    var unreported = false
    @Flag(help: "Only hazards listed for supervision (挂牌督办) and not delisted.")
    var supervised = false

    func run() throws {
        let now = nowOptions.date
        let filter = HazardFilter(township: township.map(Names.normalised), enterprise: enterprise.map(CreditCode.normalise),
                                  status: status, severity: severity)
        let listing = try station.openStore().hazardListing(
            HazardListQuery(filter: filter, overdue: overdue, unreported: unreported, supervised: supervised), now: now)
        let hazards = listing.hazards
        let enterprises = listing.enterprises
        switch formatOptions.format {
        case .json:
            Terminal.output(HazardJSONWriter.document(count: hazards.count) { index in
                HazardJSON(hazards[index], enterprise: enterprises[hazards[index].enterpriseCode], now: now)
            })
        case .text:
            Terminal.output(HazardText.list(hazards, enterprises: enterprises, now: now, language: languageOptions.lang))
        }
    }
}
