import ArgumentParser
import CheckupCore
import CheckupStore
import Foundation

/// `checkup sync status --to URL`: what a push would send, changing nothing.
struct SyncStatus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show what a push would send (同步状态).",
        discussion: """
        Counts, by kind, the rows the server lacks, the conflicts a push would name, and the \
        sessions and hazards the server knows by another number. Writes nothing on either \
        side (not even the server's schema). Exit 0 (conflicts included: nothing was \
        refused). json keys: docs/cli.md.
        """
    )

    @OptionGroup var options: SyncOptions
    @OptionGroup var languageOptions: LanguageOptions
    @OptionGroup var formatOptions: FormatOptions

    func run() throws {
        let sync = try options.sync()
        let report = try sync.status()
        try SyncSummary.print(report, server: sync.url.display, pushed: false, format: formatOptions.format,
                              language: languageOptions.lang)
    }
}
