import ArgumentParser
import CheckupCore

/// `checkup session start`
struct SessionStart: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start or resume a session, print its id (开始检查).",
        discussion: """
        Prints only the session id on stdout, for scripts: id=$(checkup session start …). If the \
        enterprise already has an open session on this checklist, that session's id is printed \
        (and a note goes to stderr) instead of starting another: there is at most one open \
        session per enterprise, checklist and kind, also when several start at once.
        """
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var nowOptions: NowOptions

    @OptionGroup var target: SessionTargetOptions

    func run() throws {
        let opened = try target.startOrResume(try station.openStation(), now: nowOptions.date)
        if opened.resumed { Terminal.error(StoreText.resumingOpenSession.text(opened.session.id)) }
        Terminal.output("\(opened.session.id)\n")
    }
}
