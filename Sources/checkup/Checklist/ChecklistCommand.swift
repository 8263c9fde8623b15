import ArgumentParser

/// `checkup checklist`: validate, show and list checklist definitions.
struct ChecklistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklist",
        abstract: "Validate, show and list checklists (检查表).",
        discussion: """
        A checklist is an XML file in the urn:checkup:checklist:1 format (docs/checklist-format.md). \
        The catalog is a directory of such files with the XSD in schema/ below it.
        """,
        subcommands: [ChecklistValidate.self, ChecklistShow.self, ChecklistList.self]
    )
}
