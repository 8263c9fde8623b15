import ArgumentParser
import CheckupCore
import CheckupReports
import Foundation

/// `checkup enterprise grade CODE`
struct EnterpriseGrade: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "An enterprise's risk colour and why (企业风险等级).",
        discussion: """
        Colours 红 red, 橙 orange, 黄 yellow, 蓝 blue come from the supervision policy's rules, the \
        first that matches (docs/supervision.md); a manual override in force wins. JSON keys: \
        credit_code, name, township, colour, rule_colour, reasons[]{rule,colour,detail}, \
        last_inspection, next_due, interval_days, level, open_hazards, open_major_hazards, \
        overdue_hazards, untrue_self_check_items, risk_tags, grid_member, override.
        """
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var formatOptions: FormatOptions
    @OptionGroup var languageOptions: LanguageOptions
    @OptionGroup var nowOptions: NowOptions
    @OptionGroup var policyOptions: PolicyOptions

    @Argument(help: ArgumentHelp("Credit code.", valueName: "code"))
    var code: String

    func run() throws {
        let policy = try policyOptions.load()
        let grade = try station.openStation().grade(enterprise: code, policy: policy, now: nowOptions.date)
        switch formatOptions.format {
        case .json: Terminal.output(try JSONOutput.encode(GradeJSON(grade)))
        case .text: Terminal.output(GradeJSON.text(grade))
        }
    }
}
