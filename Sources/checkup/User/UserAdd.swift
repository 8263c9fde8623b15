import ArgumentParser
import CheckupCore
import CheckupServer

extension UserRole: ExpressibleByArgument {}

/// `checkup user add NAME --role township|district|admin [--township T] --password-stdin`
struct UserAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a user of checkup serve (添加网页用户).",
        discussion: """
        Example:

          printf '%s' "$PW" | checkup user add 王芳 --role township
            --township 孝顺镇 --password-stdin

        The name is what the user types at /login and what hazard histories record for their \
        actions. Refused (exit 1, nothing saved): an empty name or one over 40 characters, a \
        name already taken, a township user without --township, --township for another role, \
        a password empty, shorter than 8 characters or over 72 bytes. Creates the station \
        database if it does not exist yet.
        """
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var languageOptions: LanguageOptions
    @OptionGroup var nowOptions: NowOptions
    @OptionGroup var password: PasswordInput

    @Argument(help: ArgumentHelp("User name (sign-in name).", valueName: "name"))
    var name: String
    @Option(help: "township, district or admin.")
    var role: UserRole
    @Option(help: ArgumentHelp("The township of a township user.", valueName: "name"))
    var township: String?

    func run() throws {
        // Checked before the database is opened: a refusal creates no file.
        let user = try User.cleaned(name: name, role: role, township: township, now: nowOptions.date)
        let hash = PasswordHasher.hash(try password.read())
        try station.openStore(creating: true).addUser(user, passwordHash: hash)
        let language = languageOptions.lang
        Terminal.output(UserText.added.text(user.name, user.role.name(language), user.township ?? "—", in: language) + "\n")
    }
}
