import ArgumentParser
import CheckupCore
import CheckupStore
import Foundation

/// What a new (or resumed) inspection is about: the checklist, the enterprise, who is present
/// (inspectors, and the enterprise's person present), where, and the profile. Shared by
/// `inspect` and `session start`.
struct SessionTargetOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Checklist id or XML file.", valueName: "id|file"))
    var checklist: String
    @Option(help: ArgumentHelp("Credit code of a registered enterprise.", valueName: "code"))
    var enterprise: String
    @Option(help: ArgumentHelp("Inspector's name; repeat for each inspector present.", valueName: "name"))
    var inspector: [String] = []
    @Option(help: ArgumentHelp("Checklist profile, e.g. no-dust (for a new session).", valueName: "profile"))
    var profile: String?
    @OptionGroup var people: SessionPeopleOptions

    /// At least one inspector named (a usage error, exit 2, before the station is opened).
    func validate() throws {
        guard inspector.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            throw ValidationError(UsageText.inspectorRequired.text())
        }
    }

    /// Starts the session, or finds the open one for this enterprise and checklist. Without
    /// --profile, an enterprise whose risk tags are recorded gets the profile that leaves out the
    /// sections of tags it lacks (`ProfileProposal`), said on stderr.
    func startOrResume(_ station: Station, now: Date) throws -> Station.OpenedSession {
        var chosen = profile
        if chosen == nil, let registered = try? station.requireEnterprise(enterprise),
           let loaded = try? station.catalog.resolve(checklist),
           let proposal = ProfileProposal.propose(loaded.checklist, tags: registered.riskTags),
           try station.store.sessions(enterprise: registered.creditCode, checklistID: loaded.checklist.id,
                                      kind: .inspection, status: .open).isEmpty {
            chosen = proposal.profile.id
            Terminal.error(SupervisionText.profileProposal.text(proposal.absent.map(\.rawValue).joined(separator: ", "),
                                                                proposal.profile.id))
        }
        return try station.startOrResume(checklist: checklist, enterprise: enterprise,
                                         inspectors: inspector.compactMap(Names.normalisedOrNil), profile: chosen,
                                         people: people.input, now: now)
    }
}

/// The place inspected and the enterprise's person present (`inspect`, `session start`,
/// `session update`): each recorded on the session; an empty value clears it.
struct SessionPeopleOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Place inspected (检查场所); default: its address.", valueName: "place"))
    var place: String?
    @Option(help: ArgumentHelp("The enterprise's person present (在场人员).", valueName: "name"))
    var present: String?
    @Option(name: .customLong("present-post"), help: ArgumentHelp("Their post (职务), e.g. 安全员.", valueName: "post"))
    var presentPost: String?

    /// The values given.
    var input: SessionPeopleInput { SessionPeopleInput(place: place, presentName: present, presentPost: presentPost) }
}
