import ArgumentParser

/// `checkup selfcheck`: the enterprise's side of self-checks.
struct SelfCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "selfcheck",
        abstract: "Make and fill in self-check forms (企业自查表).",
        discussion: """
        A self-check file (docs/selfcheck-format.md, namespace urn:checkup:selfcheck:1) holds an \
        enterprise's own answers to one version of one checklist. The station makes a blank form \
        with `selfcheck template` — the XML file itself, an Excel form (--format xlsx) or a \
        browser form (--format html); the enterprise fills it in with Excel or WPS, a browser, \
        any text editor, or `selfcheck fill` on its own machine; the station reads the returned \
        files (.xml and .xlsx) with `checkup import`, and `selfcheck convert` shows the \
        self-check file an Excel form stands for.
        """,
        subcommands: [SelfCheckTemplate.self, SelfCheckFill.self, SelfCheckConvert.self]
    )
}
