import ArgumentParser
import CheckupCore
import CheckupServer

/// `checkup user passwd NAME --password-stdin`
struct UserPasswd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "passwd",
        abstract: "Set a user's password (修改网页用户密码).",
        discussion: """
        The new password is read from standard input (--password-stdin): at least 8 characters, \
        at most 72 bytes. Refused (exit 1, nothing saved): an unknown name, a password too short, \
        too long or empty. Signed-in sessions stay signed in.
        """
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var languageOptions: LanguageOptions
    @OptionGroup var password: PasswordInput

    @Argument(help: ArgumentHelp("User name.", valueName: "name"))
    var name: String

    func run() throws {
        let hash = PasswordHasher.hash(try password.read())
        try station.openStore().setPassword(of: name, passwordHash: hash)
        Terminal.output(UserText.passwordChanged.text(Names.normalised(name), in: languageOptions.lang) + "\n")
    }
}
