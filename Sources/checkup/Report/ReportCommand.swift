import ArgumentParser

/// `checkup report`: the documents that leave the station.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the reports that leave the station (报告).",
        discussion: """
        Every report accepts --now (the moment it is as of: overdue is derived from it), \
        --lang zh|en (Chinese by default) and -o FILE, which is written atomically (temporary \
        file, flush, rename), so a crash or a full disk never leaves half a report behind. \
        Without -o the report goes to stdout; binary formats (xlsx) refuse a terminal.
        """,
        subcommands: [ReportLedger.self, ReportNotice.self, ReportVerification.self, ReportRecord.self, ReportTownship.self]
    )
}
