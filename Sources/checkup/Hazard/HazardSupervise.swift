import ArgumentParser
import CheckupCore
import CheckupServer
import CheckupStore
import Foundation

/// `checkup hazard supervise ID --number 编号 --authority 机关 --at DATE`: 挂牌督办.
struct HazardSupervise: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "supervise",
        abstract: "Record that a major hazard was listed for supervision (挂牌督办).",
        discussion: """
        Major hazards not yet verified only; --number, --authority and --at are required. A \
        listed hazard stays listed until `hazard delist`, which is refused before the hazard \
        is verified. `hazard list --supervised` lists the hazards listed now.
        """
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var languageOptions: LanguageOptions

    @Argument(help: ArgumentHelp("Hazard id.", valueName: "id"))
    var id: Int64
    @Option(help: ArgumentHelp("The listing number (督办编号).", valueName: "number"))
    var number: String?
    @Option(help: ArgumentHelp("The listing authority (督办机关).", valueName: "authority"))
    var authority: String?
    @Option(help: ArgumentHelp("When it was listed (yyyy-mm-dd or ISO 8601).", valueName: "date"))
    var at: String?
    @Option(help: ArgumentHelp("Who records it.", valueName: "name"))
    var by: String?

    func run() throws {
        let number = try EscalationInput.required(number, "--number", hazard: id)
        let authority = try EscalationInput.required(authority, "--authority", hazard: id)
        let date = try EscalationInput.date(at, "--at", hazard: id)
        let store = try station.openStore()
        let who = try EscalationInput.recorder(by: by, store)
        _ = try store.changeHazard(id) { hazard in
            try EscalationRules.supervise(hazard, number: number, authority: authority, at: date, by: who)
        }
        Terminal.output(EscalationText.supervised.text(id, authority, number) + "\n")
    }
}

/// `checkup hazard delist ID`: 摘牌, only after verification.
struct HazardDelist: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delist",
        abstract: "Record that a listed hazard was delisted (摘牌); only after its verification.",
        discussion: """
        Delisting is a step of its own, not a side effect of `hazard verify`: the authority \
        that listed the hazard delists it on the station's verification, on a day of its own. \
        Refused (exit 1) for a hazard not listed or not yet verified. --at defaults to --now.
        """
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var languageOptions: LanguageOptions
    @OptionGroup var nowOptions: NowOptions

    @Argument(help: ArgumentHelp("Hazard id.", valueName: "id"))
    var id: Int64
    @Option(help: ArgumentHelp("When it was delisted (default: now).", valueName: "date"))
    var at: String?
    @Option(help: ArgumentHelp("Who records it.", valueName: "name"))
    var by: String?
    @Option(help: "Note for the history (e.g. the delisting document).")
    var note: String?

    func run() throws {
        let date = try at.map { text throws(EscalationError) in try EscalationInput.date(text, "--at", hazard: id) }
            ?? nowOptions.date
        let store = try station.openStore()
        let who = try EscalationInput.recorder(by: by, store)
        _ = try store.changeHazard(id) { hazard in
            try EscalationRules.delist(hazard, at: date, by: who, note: note)
        }
        Terminal.output(EscalationText.delisted.text(id) + "\n")
    }
}

/// `checkup hazard stop-work ID --scope … --at DATE`: 局部停产停业 / 撤出人员.
struct HazardStopWorkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stop-work",
        abstract: "Record a stop-work order (停产停业/撤出人员).",
        discussion: """
        Major hazards not yet verified only; --scope and --at are required. The order stays in \
        force until the hazard is verified (`hazard verify`), which lifts it and says so in the \
        history; nothing else clears it.
        """
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var languageOptions: LanguageOptions

    @Argument(help: ArgumentHelp("Hazard id.", valueName: "id"))
    var id: Int64
    @Option(help: ArgumentHelp("What is stopped or evacuated (e.g. 二号车间).", valueName: "scope"))
    var scope: String?
    @Option(help: ArgumentHelp("When it was ordered (yyyy-mm-dd or ISO 8601).", valueName: "date"))
    var at: String?
    @Option(help: ArgumentHelp("Who records it.", valueName: "name"))
    var by: String?

    func run() throws {
        let scope = try EscalationInput.required(scope, "--scope", hazard: id)
        let date = try EscalationInput.date(at, "--at", hazard: id)
        let store = try station.openStore()
        let who = try EscalationInput.recorder(by: by, store)
        _ = try store.changeHazard(id) { hazard in
            try EscalationRules.stopWork(hazard, scope: scope, at: date, by: who)
        }
        Terminal.output(EscalationText.stoppedWork.text(id, scope) + "\n")
    }
}
