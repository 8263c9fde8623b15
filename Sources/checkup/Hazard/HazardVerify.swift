import ArgumentParser
import CheckupCore
import CheckupStore

/// `checkup hazard verify ID --inspector NAME`
struct HazardVerify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Verify a rectified hazard, or refuse it (复查销号).",
        discussion: """
        With --refuse --reason TEXT the hazard goes back to rectifying (继续整改) and
        the reason is kept in its history. --evidence FILE (repeatable) adds the
        re-inspection's photos to the hazard's evidence, copied into the evidence
        store as inspection evidence is.
        """
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var nowOptions: NowOptions

    @Argument(help: ArgumentHelp("Hazard id.", valueName: "id"))
    var id: Int64
    @Option(help: ArgumentHelp("The inspector who re-inspected.", valueName: "name"))
    var inspector: String
    @Flag(help: "The rectification is not acceptable.")
    var refuse = false
    @Option(help: "Why (required with --refuse; a note otherwise).")
    var reason: String?
    @Option(help: ArgumentHelp("A re-inspection photo or file; repeat for each.", valueName: "file"))
    var evidence: [String] = []

    /// A refusal needs its reason (a usage error, exit 2, before the station is opened).
    func validate() throws {
        if refuse && (reason ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError(UsageText.reasonRequired.text())
        }
    }

    func run() throws {
        let updated = try station.openStation().verifyHazard(id, by: inspector, at: nowOptions.date, refuse: refuse,
                                                             reason: reason, evidencePaths: evidence)
        Terminal.output(HazardText.moved.text(id, HazardStatus.rectified.name(.current), updated.status.name(.current)) + "\n")
    }
}
