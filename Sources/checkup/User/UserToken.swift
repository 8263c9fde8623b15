import ArgumentParser
import CheckupCore
import CheckupServer

/// `checkup user token NAME`
struct UserToken: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Issue a user's API token (生成 API 令牌).",
        discussion: """
        Prints a new token on standard output, once: scripts send it as `Authorization: Bearer \
        TOKEN` to /api/v1/ (docs/api.md). Only its SHA-256 is stored, so it cannot be shown \
        again; a new token replaces the old one, and disabling the user revokes it. Refused \
        (exit 1): an unknown or disabled user.
        """
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var languageOptions: LanguageOptions

    @Argument(help: ArgumentHelp("User name.", valueName: "name"))
    var name: String

    func run() throws {
        let token = APIToken.generate()
        try station.openStore().setToken(of: name, tokenHash: APIToken.hash(token))
        Terminal.error(UserText.tokenIssued.text(Names.normalised(name), in: languageOptions.lang))
        Terminal.output(token + "\n")
    }
}
