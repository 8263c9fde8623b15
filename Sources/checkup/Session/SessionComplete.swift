import ArgumentParser
import CheckupCore

/// `checkup session complete SESSION`
struct SessionComplete: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "complete",
        abstract: "Complete a session, creating its hazards (完成检查).",
        discussion: """
        Items left unanswered stay unchecked (they count against coverage in the score). Each         fail becomes a hazard with a deadline from the item (deadline-days), else the         checklist's default for its severity, else 15 days (general) or 60 days (major);         --deadline sets one date for all. Fails fixed on site are recorded as verified.
        """
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var nowOptions: NowOptions

    @Argument(help: ArgumentHelp("Session id.", valueName: "session"))
    var session: Int64

    @Option(help: ArgumentHelp(
        "Rectification deadline for every hazard of this session (ISO 8601 date; from the day of completion to 3 years after).",
        valueName: "date"))
    var deadline: String?

    func validate() throws {
        if let deadline, Timestamp.parse(deadline) == nil {
            throw ValidationError(SessionText.deadlineNotDate.text(deadline))
        }
    }

    func run() throws {
        let now = nowOptions.date
        let date = deadline.flatMap(Timestamp.parse)
        if let deadline, let date,
           let refusal = DateRange.refusal("--deadline", deadline, date: date, range: DateRange.deadlines(completion: now)) {
            throw CLIError(refusal)
        }
        let station = try station.openStation()
        let (done, hazards) = try station.complete(session, now: now, deadline: date)
        let open = hazards.filter { $0.status != .verified }.count
        Terminal.output(SessionText.completed.text(done.id, hazards.count, open) + "\n")
    }
}
