import ArgumentParser
import CheckupCore
import CheckupReports
import Foundation

/// `checkup enterprise override CODE --colour C --reason R --expires DATE`
struct EnterpriseOverride: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "override",
        abstract: "Set a colour by hand (人工定级).",
        discussion: """
        The colour wins over the policy's rules from --now until --expires; then the rules decide \
        again. Every override is kept: --history lists them (newest first) instead of setting one. \
        Refused without --reason or --expires, or with an expiry not after now. JSON (--history): \
        overrides[]{id,colour,reason,set_by,set_at,expires_at}.
        """
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var languageOptions: LanguageOptions
    @OptionGroup var nowOptions: NowOptions
    @OptionGroup var formatOptions: FormatOptions

    @Argument(help: ArgumentHelp("Credit code.", valueName: "code"))
    var code: String

    @Option(help: ArgumentHelp("The colour: red, orange, yellow or blue (红/橙/黄/蓝).", valueName: "colour"))
    var colour: String?
    @Option(help: ArgumentHelp("Why (required).", valueName: "text"))
    var reason: String?
    @Option(help: ArgumentHelp("Until when (required; a date means its start, UTC+8).", valueName: "date"))
    var expires: String?
    @Option(help: ArgumentHelp("Who sets it.", valueName: "name"))
    var by: String = "station"
    @Flag(help: "List the enterprise's overrides instead of setting one.")
    var history = false

    /// The stable JSON of one override.
    struct OverrideJSON: Codable {
        var id: Int64
        var colour: String
        var reason: String
        var set_by: String
        var set_at: String
        var expires_at: String
    }

    func run() throws {
        let station = try station.openStation()
        let enterprise = try station.requireEnterprise(code)
        if history {
            let overrides = try station.store.overrides(enterprise: enterprise.creditCode)
            switch formatOptions.format {
            case .json:
                let list = overrides.map {
                    OverrideJSON(id: $0.id, colour: $0.colour.rawValue, reason: $0.reason, set_by: $0.setBy,
                                 set_at: Timestamp.iso($0.setAt), expires_at: Timestamp.iso($0.expiresAt))
                }
                Terminal.output(try JSONOutput.encode(["overrides": list]))
            case .text:
                var lines = [overrides.isEmpty ? SupervisionText.overrideNone.text() : SupervisionText.overrideHistoryTitle.text()]
                for item in overrides {
                    lines.append("  #\(item.id) \(Timestamp.minute(item.setAt)) \(item.colour.name()) → "
                                 + "\(Timestamp.minute(item.expiresAt))  \(item.setBy): \(item.reason)")
                }
                Terminal.output(lines.joined(separator: "\n") + "\n")
            }
            return
        }
        guard let colourText = colour else { throw ValidationError("--colour is required (or --history)") }
        guard let chosen = RiskColour(name: colourText) else { throw SupervisionError.unknownColour(colourText) }
        guard let reason = Names.normalisedOrNil(reason ?? "") else { throw SupervisionError.overrideNeedsReason }
        guard let expires else { throw SupervisionError.overrideNeedsExpiry }
        let expiry = try DateOption.parse("--expires", expires)
        let now = nowOptions.date
        guard expiry > now else {
            throw SupervisionError.overrideExpiryPast(expiry: Timestamp.iso(expiry), now: Timestamp.iso(now))
        }
        try TextLimits.check(reason, field: "--reason", limit: TextLimits.note)
        let saved = try station.store.saveOverride(ColourOverride(
            enterpriseCode: enterprise.creditCode, colour: chosen, reason: reason,
            setBy: Names.normalisedOrNil(by) ?? "station", setAt: now, expiresAt: expiry))
        Terminal.output(SupervisionText.overrideSet.text(enterprise.creditCode, saved.colour.name(),
                                                         Timestamp.minute(saved.expiresAt)) + "\n")
    }
}
