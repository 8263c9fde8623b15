import ArgumentParser

/// `checkup session`: sessions for scripts (the interactive way is `checkup inspect`).
struct SessionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "session",
        abstract: "Start, show, list and complete sessions (检查会话).",
        discussion: """
        A session checks one enterprise against one version of one checklist; it keeps a \
        snapshot of the checklist file, so editing the file later never changes the record. \
        Answers are given with `checkup record` (or interactively with `checkup inspect`) and are \
        saved at once. A completed session is a record that refuses changes.
        """,
        subcommands: [SessionStart.self, SessionShow.self, SessionList.self, SessionComplete.self, SessionUpdate.self]
    )
}
