import ArgumentParser

/// `checkup selfcheck`: the enterprise's side of self-checks.
struct SelfCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "selfcheck",
        abstract: "Make and fill in self-check forms (企业自查表).",
        discussion: """
        A self-check file (docs/selfcheck-format.md, namespace urn:checkup:selfcheck:1) holds an \
        enterprise's own answers to one version of one checklist. The station makes a blank form \
        with `selfcheck template`; the enterprise fills it in with any text editor, or with \
        `selfcheck fill` on its own machine; the station reads the returned files with \
        `checkup import`.
        """,
        subcommands: [SelfCheckTemplate.self, SelfCheckFill.self]
    )
}
