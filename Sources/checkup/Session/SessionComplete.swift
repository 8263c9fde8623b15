import ArgumentParser
import CheckupCore

/// `checkup session complete SESSION`
struct SessionComplete: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "complete",
        abstract: "Complete a session; afterwards it is a record that refuses changes.",
        discussion: "Items left unanswered stay unchecked (they count against coverage in the score)."
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var nowOptions: NowOptions

    @Argument(help: ArgumentHelp("Session id.", valueName: "session"))
    var session: Int64

    func run() throws {
        let station = try station.openStation()
        let done = try station.complete(session, now: nowOptions.date)
        Terminal.output("session \(done.id) completed\n")
    }
}
