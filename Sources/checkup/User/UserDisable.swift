import ArgumentParser
import CheckupCore

/// `checkup user disable NAME`
struct UserDisable: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "disable",
        abstract: "Disable a user of checkup serve (停用网页用户).",
        discussion: """
        The user can no longer sign in; their signed-in sessions stop working at the next \
        request (the server checks the user on every request) and their API token is revoked. \
        The user is kept: the names in hazard histories still refer to them. Refused (exit 1): \
        an unknown name.
        """
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var languageOptions: LanguageOptions

    @Argument(help: ArgumentHelp("User name.", valueName: "name"))
    var name: String

    func run() throws {
        let changed = try station.openStore().disableUser(name)
        let message = changed ? UserText.disabled : UserText.alreadyDisabled
        Terminal.output(message.text(Names.normalised(name), in: languageOptions.lang) + "\n")
    }
}
