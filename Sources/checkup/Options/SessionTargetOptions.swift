import ArgumentParser
import CheckupCore
import CheckupStore
import Foundation

/// What a new (or resumed) inspection is about: the checklist, the enterprise, who is present
/// and the profile. Shared by `inspect` and `session start`.
struct SessionTargetOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Checklist id or XML file.", valueName: "id|file"))
    var checklist: String
    @Option(help: ArgumentHelp("Credit code of a registered enterprise.", valueName: "code"))
    var enterprise: String
    @Option(help: ArgumentHelp("Inspector's name; repeat for each inspector present.", valueName: "name"))
    var inspector: [String] = []
    @Option(help: ArgumentHelp("Checklist profile, e.g. no-dust (for a new session).", valueName: "profile"))
    var profile: String?

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
                                         inspectors: inspector.compactMap(Names.normalisedOrNil), profile: chosen, now: now)
    }
}
