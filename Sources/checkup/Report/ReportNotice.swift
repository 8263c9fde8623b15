import ArgumentParser
import CheckupCore
import CheckupReports
import CheckupServer
import Foundation

/// Formats of `checkup report notice`.
enum NoticeFormat: String, ExpressibleByArgument, CaseIterable {
    case html
    case md
    case json
}

/// `checkup report notice SESSION`: the rectification notice (安全生产隐患整改通知书).
struct ReportNotice: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notice",
        abstract: "Write the rectification notice (整改通知书).",
        discussion: """
        The notice lists every hazard of the session (item, finding, basis, remedy, deadline, \
        severity; fixes made on site are marked), sets major hazards apart with the five-measures \
        requirement (五落实: responsible person, measures, funds, time limit, contingency plan), \
        shows the session's four-layer scorecard and ends with signature lines and a tear-off \
        receipt (回执). The session must be a completed inspection. The facts name the \
        enterprise's contact, a line for its legal representative (filled in by hand), the \
        inspection's start and end time and each inspector with the certificate number \
        registered under that name (checkup inspector add; empty when not registered). Evidence \
        photos (JPEG or PNG by their first bytes, at most 512 KB) print as thumbnails beside \
        their hazard, embedded as data: URIs; other files and larger images are listed by name. \
        Printed pages are numbered 共 N 页 第 n 页.

        Station: --station NAME, else the identity set by 'checkup station set' (its
        name, notice prefix, address and telephone), else 金东区安全生产体检站 with
        a line on stderr saying how to set it.

        Number: the notice prefix (unset: the station's place name + 安体), the year
        of the notice date and a serial consecutive within that year: the twelfth
        notice of 2026 at 金东区安全生产体检站 is 金东安体〔2026〕第0012号. It is
        assigned when the notice is first issued (the first `report notice` of the
        session, in any format) and kept in the station database: every later copy
        carries it, whatever --station says then. Two processes issuing at once
        never get the same number. The notice date is the completion day; --now
        sets the printed-at line (and the issue time recorded the first time).

        A major hazard's section also shows its remediation plan (治理方案: file
        name and SHA-256, or not yet submitted), its reports (上报) or that none
        was made yet, and its 挂牌督办 listing and stop-work order when there are.

        html (default): one self-contained HTML document (inline CSS, no scripts, no external \
        files) that prints from a browser on A4 pages, as many as the hazards need (3 to 5 for \
        the demo's inspections); sections are numbered over those present, and the further \
        requirements, the signatures and the receipt are kept together on the last page. md: Markdown. --template FILE uses a station's own \
        Mustache layout for html or md (names listed in Templates/README.md and NoticeView); \
        values are always escaped, and a template using {{{…}}}, {{&…}}, {{%…}} or {{=…=}} is \
        refused.

        json keys: number, station, lang, date, generated_at, enterprise{credit_code, name, \
        township, address, contact, legal_representative}, session{id, checklist, \
        checklist_version, inspectors, started_at, completed_at, place}, counts{total, major, general, fixed_on_site}, hazards[]{no, \
        id, item, item_title, layer, severity, finding, basis, remedy, deadline, deadline_days, \
        fixed_on_site, five_measures{responsible, measures, funds, time_limit, plan}, \
        remediation_plan{name, sha256, size} or null, escalations[]{to, reference, at, by}, \
        supervision{number, authority, at, delisted_at} or null, stop_work{scope, at, cleared_at} \
        or null}, \
        five_measures_requirement (null when no major hazard is to be rectified), \
        major_hazards[] (hazard ids), scorecard{level, band, reached_2_0, layers.<layer>{covered, \
        coverage, compliance, score}}, supervision{colour, next_due} (the enterprise's risk colour \
        and next due day by the supervision policy, also printed under the level; docs/supervision.md).

        Refused (exit 1): unknown session, a session not completed ("complete the session \
        first"), a self-check, an unreadable or unsafe template.
        """
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var nowOptions: NowOptions
    @OptionGroup var languageOptions: LanguageOptions
    @OptionGroup var output: ReportOutputOptions

    @Argument(help: ArgumentHelp("Session id of a completed inspection.", valueName: "session"))
    var session: Int64

    @Option(help: "Output format: html (default), md or json.")
    var format: NoticeFormat = .html

    @Option(name: .customLong("station"), help: ArgumentHelp(
        "Issuing station's name (default: the one set by 'checkup station set', else \(RectificationNotice.defaultStation)).",
        valueName: "name"))
    var stationName: String?

    @OptionGroup var policyOptions: PolicyOptions

    @Option(help: ArgumentHelp("A station's own Mustache template for html or md.", valueName: "file"))
    var template: String?

    func validate() throws {
        if template != nil && format == .json {
            throw ValidationError(UsageText.templateNotForJSON.text())
        }
        if let stationName, stationName.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError(UsageText.mustNotBeEmpty.text("--station"))
        }
    }

    func run() throws {
        let opened = try station.openStation()
        let issuer = NoticeIssuer(explicit: stationName, stored: try opened.store.stationIdentity())
        let notice = try opened.notice(session: session, issuer: issuer, now: nowOptions.date, language: languageOptions.lang,
                                       policy: try policyOptions.load())
        switch format {
        case .json:
            try output.emit(try JSONOutput.encode(notice.json()))
        case .html:
            let custom = try template.map { try ReportTemplate.file($0, escaping: .html) }
            try output.emit(Data(try notice.html(template: custom).utf8))
        case .md:
            let custom = try template.map { try ReportTemplate.file($0, escaping: .markdown) }
            try output.emit(Data(try notice.markdown(template: custom).utf8))
        }
        // Once the notice is out (a refused notice says only why): how to stop printing the default.
        if issuer.isDefault {
            Terminal.error(StationText.unsetHint.text(issuer.name, in: languageOptions.lang))
        }
    }
}
