import ArgumentParser
import CheckupCore

/// `checkup record SESSION ITEM pass|fail|na`
struct Record: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Record one answer in an open session (记录答案).",
        discussion: """
        Example:

          checkup record 12 mgmt-02 fail --note "两名焊工证书过期" --evidence photo.jpg

        A fail needs --note. Answering an item again changes the answer and keeps the earlier one \
        in the session's history. Evidence files are copied into the station's evidence store \
        under their SHA-256. Refused (exit 1, nothing written): unknown session or item, an item \
        excluded by the session's profile, a completed session, a missing evidence file.
        """
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var nowOptions: NowOptions

    @Argument(help: ArgumentHelp("Session id.", valueName: "session"))
    var session: Int64
    @Argument(help: ArgumentHelp("Item id.", valueName: "item"))
    var item: String
    @Argument(help: ArgumentHelp("pass, fail or na.", valueName: "result"))
    var result: String

    @Option(help: "What was found (required for fail).")
    var note: String?
    @Flag(help: "The failure is a major hazard (default: the item's own marking).")
    var major = false
    @Flag(name: .customLong("fixed-on-site"), help: "The failure was put right while the inspector was there.")
    var fixedOnSite = false
    @Option(help: ArgumentHelp("Evidence file; repeat for several.", valueName: "path"))
    var evidence: [String] = []
    @Option(help: ArgumentHelp("Who records (default: the session's first inspector).", valueName: "name"))
    var by: String?

    func validate() throws {
        guard ["pass", "fail", "na"].contains(result.lowercased()) else {
            throw ValidationError(SessionText.resultIsNot.text(result))
        }
    }

    func run() throws {
        let station = try station.openStation()
        let opened = try station.open(session)
        let value = ItemResult(rawValue: result.lowercased()) ?? .unchecked
        let itemMajor = opened.checklist.item(item)?.major ?? false
        let answer = Answer(itemID: item, result: value, note: note, major: value == .fail && (major || itemMajor),
                            fixedOnSite: value == .fail && fixedOnSite)
        let change = try station.record(answer, evidencePaths: evidence, session: session,
                                        by: by.map(Names.normalised) ?? opened.session.inspectors.first ?? "", now: nowOptions.date)
        let language = Language.current
        let before = change.oldResult.map { "\($0.name(language)) → " } ?? ""
        Terminal.output(SessionText.recorded.text(session, item, change.newResult.name(language), before) + "\n")
    }
}
