import ArgumentParser

/// `checkup sync`: a laptop's offline work pushed to the district's PostgreSQL server.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Push a laptop's station to the district server (同步到区服务器).",
        discussion: """
        A laptop inspects offline with its own SQLite station (--database or CHECKUP_DATABASE) \
        and pushes later: sync push sends what the server lacks, sync status shows what a push \
        would send. Rows are recognised by their global ids, so a second push sends nothing \
        and a push cut off is finished by the next. Conflicts are named, never overwritten. \
        See docs/deployment.md.
        """,
        subcommands: [SyncPush.self, SyncStatus.self]
    )
}
