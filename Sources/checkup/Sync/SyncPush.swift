import ArgumentParser
import CheckupCore
import CheckupReports
import CheckupStore
import Foundation

/// `checkup sync push --to URL`: sends what the server lacks.
struct SyncPush: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "push",
        abstract: "Push this station's work to the server (推送到服务器).",
        discussion: """
        Sends enterprises, sessions with their checklist snapshots, answers and their history, \
        self-check files, notices, hazards with their history, and evidence files (metadata \
        and bytes), in batches of one transaction each; a progress line per batch on stderr. \
        A session or hazard keeps its number on the server unless that number is taken there; \
        the summary lists the new numbers. Conflicts (an enterprise registered differently, a \
        hazard changed on both sides whose histories do not merge by time, an open session of \
        the same enterprise and checklist, a notice number taken) are listed and left alone: \
        exit 1 after everything else is pushed. json keys: docs/cli.md.
        """
    )

    @OptionGroup var options: SyncOptions
    @OptionGroup var languageOptions: LanguageOptions
    @OptionGroup var formatOptions: FormatOptions

    func run() throws {
        let sync = try options.sync()
        let server = sync.url.display
        let language = languageOptions.lang
        let report = try sync.push { progress in
            Terminal.error(SyncText.progress.text(progress.batch, progress.batches, progress.sent, server, in: language))
        }
        try SyncSummary.print(report, server: server, pushed: true, format: formatOptions.format, language: language)
        if !report.conflicts.isEmpty { throw ExitCode(1) }
    }
}
