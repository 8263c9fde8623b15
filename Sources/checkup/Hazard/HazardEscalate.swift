import ArgumentParser
import CheckupCore
import CheckupServer
import CheckupStore
import Foundation

/// `checkup hazard escalate ID --to 单位 --reference 文号 --at DATE`: a major hazard reported to a
/// supervising body (Work Safety Law art. 41).
struct HazardEscalate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "escalate",
        abstract: "Record that a major hazard was reported (上报) to a supervising body.",
        discussion: """
        Example:

          checkup hazard escalate 7 --to 金东区应急管理局
            --reference 金东安体报〔2026〕3号 --at 2026-11-12

        Major hazards only. --to, --reference and --at are required (refused with exit 1 \
        without them). Several reports may be recorded (the supervising department, the \
        workers' congress); each is kept in the hazard's history. A major hazard with no report \
        \(EscalationPolicy.standard.reportDays) days after it was found is listed by \
        `hazard list --unreported` and in the township report.
        """
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var languageOptions: LanguageOptions

    @Argument(help: ArgumentHelp("Hazard id.", valueName: "id"))
    var id: Int64
    @Option(help: ArgumentHelp("The body reported to (报送单位).", valueName: "body"))
    var to: String?
    @Option(help: ArgumentHelp("The report's document number (文号).", valueName: "reference"))
    var reference: String?
    @Option(help: ArgumentHelp("When it was reported (yyyy-mm-dd or ISO 8601).", valueName: "date"))
    var at: String?
    @Option(help: ArgumentHelp("Who reported it.", valueName: "name"))
    var by: String?

    func run() throws {
        let body = try EscalationInput.required(to, "--to", hazard: id)
        let reference = try EscalationInput.required(reference, "--reference", hazard: id)
        let date = try EscalationInput.date(at, "--at", hazard: id)
        let who = by.map(Names.normalised)
        let opened = try station.openStation()
        let recorder = try EscalationInput.recorder(by: nil, opened.store)
        _ = try opened.escalateHazard(id, to: body, reference: reference, at: date, by: who, recordedBy: recorder)
        Terminal.output(EscalationText.escalated.text(id, body, reference) + "\n")
    }
}
