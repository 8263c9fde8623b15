import ArgumentParser
import CheckupCore
import CheckupReports
import CheckupServer
import CheckupStore
import Foundation

/// Formats of `checkup report ledger`.
enum LedgerFormat: String, ExpressibleByArgument, CaseIterable {
    case csv
    case xlsx
    case json
}

/// `checkup report ledger`: the hazard ledger (隐患台账).
struct ReportLedger: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ledger",
        abstract: "Write the hazard ledger: CSV, XLSX, JSON (隐患台账).",
        discussion: """
        One row per hazard, oldest found first, in these columns (Chinese headers by default, \
        English with --lang en):

          序号 No.           发现日期 Found        企业名称 Enterprise
          统一社会信用代码 Credit code             乡镇 Township
          检查项 Item (id and title)              防控层级 Layer
          隐患级别 Severity  隐患描述 Description  依据 Basis
          整改要求 Remedy    整改期限 Deadline     状态 Status
          责任人 Responsible 销号日期 Verified     来源 Source
          逾期天数 Overdue days (as of --now; 0 when not overdue)
          then, added by issue 18 (the first seventeen keep their places):
          隐患编号 Hazard ID  通知书编号 Notice No.  检查人员 Inspectors
          隐患部位 Place (from the finding, f PLACE, or hazard update --place)
          隐患类别 Category (人的不安全行为 / 物的不安全状态 / 管理缺陷, from the
            layer: 人防 → 人, 物防 and 技防 → 物, 联防 → 管理)
          行业 Industry  联系人 Contact  整改措施 Measures  整改资金 Funds
          整改时限 Time limit  应急预案 Contingency plan  治理方案 Remediation plan
          整改完成日期 Rectified  复查人 Verified by  复查意见 Verification opinion
          证据数 Evidence  已上报 Reported  挂牌督办 Listed (the last two for major
            hazards only)

        状态 shows a fail fixed on site during the inspection as 现场整改
        (fixed on site) and a hazard verified after rectification as 复查销号\n(verified).

        --from and --to select by found date in station time (UTC+8) and take whole days: \
        --to 2026-11-30 includes everything found on 30 November. A time given to either counts \
        as its day.

        csv: UTF-8 with a BOM (Excel opens it with the Chinese intact), CRLF line ends, RFC 4180 \
        quoting, dates as yyyy-mm-dd.

        xlsx: sheet 隐患台账 (Hazard ledger) with a bold, frozen header row and
        an autofilter, found/deadline/verified as real dates and numbers as
        numbers, the long texts wrapped with rows as tall as their text; it
        prints on A4 landscape, every column on the page width, the header row
        repeated on each page. Sheet 汇总 (Totals), on one A4 page, counts
        hazards by township and 状态 with 合计 (total) and 逾期 (overdue)
        columns and a grand-total line, as the township report counts them.
        Text cells are plain strings, never formulas. Written to stdout only
        when stdout is not a terminal.

        In csv and xlsx a cell starting with = + - @ (or tab) is prefixed with ' so that no \
        spreadsheet runs it; line breaks in text become LF and control characters are dropped, \
        so both formats hold the same cells.

        json: an object {"generated_at": the --now moment, "query": {township, from, to, \
        status as given}, "rows": [hazards as in `hazard list --format json` plus \
        notice_number, inspectors and place, oldest first]} — \
        an object rather than a bare array so that an archived ledger says when it was made, \
        which its overdue fields depend on.
        """
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var nowOptions: NowOptions
    @OptionGroup var languageOptions: LanguageOptions
    @OptionGroup var output: ReportOutputOptions

    @Option(help: "Only this township.")
    var township: String?
    @Option(help: ArgumentHelp("Only hazards found on or after this day (station time).", valueName: "date"))
    var from: String?
    @Option(help: ArgumentHelp("Only hazards found on or before this day, the whole day (station time).",
                               valueName: "date"))
    var to: String?
    @Option(help: "Only this status: open, rectifying, rectified or verified.")
    var status: HazardStatus?
    @Option(help: "csv, xlsx or json.")
    var format: LedgerFormat

    func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, StationDay(parsing: value) == nil {
                throw ValidationError(UsageText.notADay.text(name, value))
            }
        }
        if let fromDay = from.flatMap(StationDay.init(parsing:)), let toDay = to.flatMap(StationDay.init(parsing:)),
           fromDay > toDay {
            throw ValidationError(UsageText.fromAfterTo.text(fromDay, toDay))
        }
    }

    func run() throws {
        let query = LedgerQuery(township: township.map(Names.normalised), from: from.flatMap(StationDay.init(parsing:)),
                                to: to.flatMap(StationDay.init(parsing:)), status: status)
        let ledger = try station.openStore().ledger(query, now: nowOptions.date, language: languageOptions.lang)
        switch format {
        case .csv: try output.emit(streaming: ledger.writeCSV)
        case .xlsx: try output.emit(try ledger.xlsx(), binary: true)
        case .json: try output.emit(streaming: ledger.writeJSON)
        }
    }
}
