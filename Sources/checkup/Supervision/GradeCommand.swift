import ArgumentParser
import CheckupCore
import CheckupReports
import Foundation

/// `checkup grade [--township T]`
struct GradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Risk colours of a township's enterprises (风险分级).",
        discussion: """
        Counts per colour, how many are due today and overdue, each enterprise's colour and next \
        due day, and with --since DATE the enterprises whose colour differs from what it was at \
        that moment (recomputed from the records as they stood then). Without --township every \
        registered enterprise is graded. JSON keys: township, as_of, counts{red,orange,yellow,\
        blue,total,due_today,overdue}, enterprises[] (as enterprise grade), since, \
        changes[]{credit_code,name,from,to}.
        """
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var formatOptions: FormatOptions
    @OptionGroup var languageOptions: LanguageOptions
    @OptionGroup var nowOptions: NowOptions
    @OptionGroup var policyOptions: PolicyOptions

    @Option(help: ArgumentHelp("Township (乡镇/街道); every enterprise when left out.", valueName: "name"))
    var township: String?

    @Option(help: ArgumentHelp("List the colour changes since this date or time (UTC+8).", valueName: "date"))
    var since: String?

    func run() throws {
        let policy = try policyOptions.load()
        let station = try station.openStation()
        let now = nowOptions.date
        let grades = try station.grades(township: township, policy: policy, now: now)
        var changes: [ColourChange] = []
        var sinceDate: Date?
        if let since {
            let date = try DateOption.parse("--since", since)
            sinceDate = date
            changes = ColourChange.between(try station.grades(township: township, policy: policy, now: date), grades)
        }
        switch formatOptions.format {
        case .json:
            Terminal.output(try JSONOutput.encode(TownshipGradeJSON(township: township, now: now, grades: grades,
                                                                     since: sinceDate, changes: changes)))
        case .text:
            Terminal.output(TownshipGradeJSON.text(township: township, now: now, grades: grades, since: sinceDate,
                                                   changes: changes))
        }
    }
}
