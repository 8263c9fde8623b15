import ArgumentParser

/// `checkup inspector`: the station's inspector register (检查人员登记).
struct InspectorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspector",
        abstract: "Register inspectors and certificates (检查人员登记).",
        discussion: """
        Sessions record inspectors by name (session start --inspector, hazard verify \
        --inspector). The rectification notice, the verification opinion (report verification) \
        and the inspection record (report record) print each name with the certificate number \
        registered under that exact name (white space normalised); a name not registered \
        prints with an empty certificate field to fill in by hand.
        """,
        subcommands: [InspectorAdd.self, InspectorList.self]
    )
}
