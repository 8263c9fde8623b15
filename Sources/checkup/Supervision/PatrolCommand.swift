import ArgumentParser
import CheckupCore
import CheckupStore
import Foundation

/// `checkup patrol`: grid members' routine patrols (网格巡查, 联防).
struct PatrolCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "patrol",
        abstract: "Grid members' routine patrols (网格巡查, 联防).",
        subcommands: [PatrolRecord.self]
    )
}

/// `checkup patrol record --enterprise CODE --by NAME`
struct PatrolRecord: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Record a grid member's patrol (记录网格巡查).",
        discussion: """
        --evidence FILE (repeatable) copies photos into the evidence store. --refer hands what \
        was seen to the station to verify: the enterprise is due for inspection from that day \
        (plan lists it) until an inspection after the patrol. Patrols in the period appear in the \
        township report's joint-defence section.
        """
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var languageOptions: LanguageOptions
    @OptionGroup var nowOptions: NowOptions

    @Option(help: ArgumentHelp("Credit code of a registered enterprise.", valueName: "code"))
    var enterprise: String
    @Option(help: ArgumentHelp("The grid member (网格员).", valueName: "name"))
    var by: String
    @Option(help: ArgumentHelp("What was seen.", valueName: "text"))
    var note: String?
    @Option(help: ArgumentHelp("Evidence file (photo); repeat for each.", valueName: "file"))
    var evidence: [String] = []
    @Flag(help: "Refer to the station for verification: the enterprise falls due at once.")
    var refer = false

    func run() throws {
        guard let member = Names.normalisedOrNil(by) else { throw SupervisionError.patrolNeedsBy }
        let station = try station.openStation()
        let registered = try station.requireEnterprise(enterprise)
        let text = note.flatMap(Names.normalisedOrNil)
        try TextLimits.check(text, field: "--note", limit: TextLimits.note)
        var refs: [EvidenceRef] = []
        for path in evidence { refs.append(try station.evidence.add(file: path)) }
        let saved = try station.store.savePatrol(Patrol(enterpriseCode: registered.creditCode, patrolledBy: member,
                                                        patrolledAt: nowOptions.date, note: text, evidence: refs,
                                                        referred: refer))
        Terminal.output(SupervisionText.patrolRecorded.text(registered.creditCode, saved.id) + "\n")
        if refer { Terminal.output(SupervisionText.patrolReferredDue.text(registered.creditCode) + "\n") }
    }
}
