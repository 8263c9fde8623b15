import ArgumentParser
import CheckupCore
import CheckupReports
import CheckupServer
import Foundation

/// `checkup report record SESSION`: the on-site inspection record (现场检查记录).
struct ReportRecord: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Write the inspection record (现场检查记录).",
        discussion: HelpText.wrap("""
        Every item answered, in checklist order, with its result (合格/不合格/不适用), the \
        inspector's note, major and fixed-on-site marks and the evidence file names; the counts \
        over the items that apply; the inspectors with the certificate numbers registered under \
        their names (checkup inspector add); the start and end time (an open session prints \
        that it has not ended); the place inspected (the session's, else the enterprise's \
        address) and the legal representative; the enterprise's person present (--present of \
        session start or session update; a line to fill in by hand when not recorded), again \
        under their signature line, and signature lines.

        html (default): one self-contained A4 document (inline CSS, no scripts), its pages \
        numbered 共 N 页 第 n 页 in print. md: Markdown.

        json keys: document ("record"), station, lang, generated_at, enterprise{credit_code, \
        name, township, address, contact, legal_representative}, session{id, status, \
        checklist, checklist_version, started_at, completed_at}, inspectors[]{name, \
        certificate ("" when not registered)}, place, person_present{name, post} (null when \
        not recorded), counts{applicable, pass, fail, na, unchecked}, items[]{no, item, \
        item_title, layer, result, note, major, fixed_on_site, place, evidence[], recorded_by}.

        Refused (exit 1): an unknown session, a self-check.
        """)
    )

    @OptionGroup var station: StationOptions
    @OptionGroup var nowOptions: NowOptions
    @OptionGroup var languageOptions: LanguageOptions
    @OptionGroup var output: ReportOutputOptions

    @Argument(help: ArgumentHelp("Session id of an inspection.", valueName: "session"))
    var session: Int64

    @Option(help: "Output format: html (default), md or json.")
    var format: NoticeFormat = .html

    @Option(name: .customLong("station"), help: ArgumentHelp(
        "Issuing station's name (default: the one set by 'checkup station set').", valueName: "name"))
    var stationName: String?

    func validate() throws {
        if let stationName, stationName.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("--station must not be empty")
        }
    }

    func run() throws {
        let opened = try station.openStation()
        let issuer = NoticeIssuer(explicit: stationName, stored: try opened.store.stationIdentity())
        let record = try InspectionRecord(try opened.sessionData(session), station: issuer.name,
                                          register: try opened.store.inspectors(), generatedAt: nowOptions.date,
                                          language: languageOptions.lang)
        switch format {
        case .json: try output.emit(try JSONOutput.encode(record.json()))
        case .html: try output.emit(Data(try record.html().utf8))
        case .md: try output.emit(Data(try record.markdown().utf8))
        }
    }
}
