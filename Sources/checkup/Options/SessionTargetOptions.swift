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

    /// Starts the session, or finds the open one for this enterprise and checklist.
    func startOrResume(_ station: Station, now: Date) throws -> Station.OpenedSession {
        try station.startOrResume(checklist: checklist, enterprise: enterprise, inspectors: inspector.compactMap(Names.normalisedOrNil),
                                  profile: profile, now: now)
    }
}
