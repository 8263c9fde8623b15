import ArgumentParser
import CheckupCore

/// `checkup session update SESSION --place … --present … --present-post …`
struct SessionUpdate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Change an inspection's place and person present (更新检查信息).",
        discussion: HelpText.wrap("""
        Example: checkup session update 12 --place 二号车间 --present 王五 --present-post \
        安全管理员. Only the options given change; an empty value (--place "") clears it, and \
        clearing --present clears the post too. Open and completed inspections alike (the \
        notice prints the place, the inspection record the person present); a self-check is \
        refused (exit 1).
        """)
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var languageOptions: LanguageOptions

    @Argument(help: ArgumentHelp("Session id.", valueName: "session"))
    var session: Int64
    @OptionGroup var people: SessionPeopleOptions

    /// Something to change (a usage error, exit 2, before the station is opened).
    func validate() throws {
        if people.input.isEmpty { throw ValidationError(PeopleText.nothingToUpdate.text()) }
    }

    func run() throws {
        let updated = try station.openStation().updatePeople(session, people.input)
        let none = PeopleText.notRecorded.text()
        Terminal.output(PeopleText.sessionUpdated.text(session, updated.place ?? none,
                                                       updated.present?.text(.current) ?? none) + "\n")
    }
}
