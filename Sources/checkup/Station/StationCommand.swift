import ArgumentParser

/// `checkup station`: who the station is, as its papers name it.
struct StationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "station",
        abstract: "Set and show the station's identity (体检站信息).",
        discussion: """
        The identity is stored in the station database and used by every report that names the \
        station: the rectification notice prints the name in its heading, seal line and receipt, \
        the number prefix in its number\n(金东安体〔2026〕第0012号), and the address and telephone \
        under the seal line. A notice's --station NAME overrides it for that notice. While no \
        name is set, notices use the built-in 金东区安全生产体检站 and say on stderr how to set it.
        """,
        subcommands: [StationSet.self, StationShow.self]
    )
}
