import ArgumentParser
import CheckupCore
import CheckupReports

/// `checkup user list [--format text|json]`
struct UserList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the users of checkup serve (网页用户列表).",
        discussion: """
        By name. text: name, role, township, state and created time in columns. json: an array \
        of objects with name, role (township, district or admin), township (null unless a \
        township user), disabled, created_at. No hash is ever shown.
        """
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var languageOptions: LanguageOptions
    @OptionGroup var formatOptions: FormatOptions

    func run() throws {
        let users = try station.openStore().users()
        switch formatOptions.format {
        case .json: Terminal.output(try JSONOutput.encode(users.map(UserJSON.init)))
        case .text: Terminal.output(Self.text(users, language: languageOptions.lang))
        }
    }

    /// The text form: a padded table, or how to add one.
    static func text(_ users: [User], language: Language) -> String {
        guard !users.isEmpty else { return UserText.noneRegistered.text(in: language) + "\n" }
        let header = [UserText.name, .role, .township, .state, .created].map { $0.text(in: language) }
        let body = users.map { user in
            [user.name, user.role.name(language), user.township ?? "—",
             (user.disabled ? UserText.inactive : UserText.active).text(in: language),
             Timestamp.iso(user.createdAt)].map(TerminalText.visible)
        }
        let rows = [header] + body
        let widths = (0..<4).map { column in rows.map { TextWidth.of($0[column]) }.max() ?? 0 }
        return rows.map { row in
            (0..<4).map { TextWidth.pad(row[$0], to: widths[$0]) }.joined(separator: "  ") + "  " + row[4]
        }.joined(separator: "\n") + "\n"
    }
}
